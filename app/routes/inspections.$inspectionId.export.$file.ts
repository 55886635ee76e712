import type { LoaderFunctionArgs } from "@remix-run/node";
import { inspectionContext } from "~/inspections/context.server";
import {
  exportInspectionFile,
  isExportFile,
  readExportFilter,
} from "~/summary/inspection-export.server";

/**
 * CSV exports of the suppressed summary and of the comments, of everything or narrowed as the
 * summary or comments page is; each download is audited.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const file = params.file;
  if (!isExportFile(file)) return new Response("Not found", { status: 404 });
  const { body, disposition } = await exportInspectionFile(db, {
    inspectorId: inspector.id,
    inspection,
    file,
    language,
    t,
    narrowed: readExportFilter(new URL(request.url).searchParams),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": disposition,
      "Cache-Control": "no-store",
    },
  });
}

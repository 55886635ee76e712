import type { LoaderFunctionArgs } from "@remix-run/node";
import { inspectionContext } from "~/inspections/context.server";
import { evidencePackDownload } from "~/summary/evidence-pack.server";

/** The evidence pack as a Word document (#18), for the inspection's team only; audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const { body, disposition } = await evidencePackDownload(db, {
    inspectorId: inspector.id,
    inspection,
    language,
    t,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": disposition,
      "Cache-Control": "no-store",
    },
  });
}

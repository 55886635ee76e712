import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { EvidencePack } from "~/components/inspector/EvidencePack";
import { inspectionContext } from "~/inspections/context.server";
import { evidencePackPage } from "~/summary/evidence-pack.server";

/** The evidence pack to print on A4: the same content as the Word document (#18). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const pack = await evidencePackPage(db, { inspectorId: inspector.id, inspection, language, t });
  return { id: inspection.id, area: inspection.areaName, ...pack };
}

export default function EvidencePackPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <div className="evidence-pack-page">
      <PageTitle title={page.title} />
      <p className="caption evidence-pack__actions">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <p className="hint evidence-pack__actions">{t("pack.printHint")}</p>
      <p className="evidence-pack__actions">
        <a href={`/inspections/${page.id}/evidence-pack.docx`} download>
          {t("pack.download")}
        </a>
      </p>
      <EvidencePack blocks={page.blocks} />
    </div>
  );
}

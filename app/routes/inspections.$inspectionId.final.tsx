import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { formatDateTime } from "~/i18n/format";
import { inspectionContext } from "~/inspections/context.server";
import { setSummaryFinal } from "~/inspections/summary-final.server";
import { choiceField } from "~/platform/form-fields";
import { readForm } from "~/platform/forms.server";

/**
 * Marking the summary final asks first (#20): this page says what it does (no more paper
 * forms, late or not) and that the lead can undo it; only its buttons change anything.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { inspectionId, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
    { lead: true },
  );
  return {
    id: inspectionId,
    area: inspection.areaName,
    title: t(inspection.summaryFinalAt ? "final.titleUndo" : "final.title"),
    finalOn: inspection.summaryFinalAt ? formatDateTime(inspection.summaryFinalAt, language) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId } = await inspectionContext(request, params.inspectionId, {
    lead: true,
  });
  // Only the page's own buttons: a post without one has confirmed nothing.
  const intent = choiceField(await readForm(request), "intent", ["final", "undo"]);
  if (!intent) throw data(null, { status: 400 });
  await setSummaryFinal(db, { userId: inspector.id, inspectionId, final: intent === "final" });
  return redirect(`/inspections/${inspectionId}#summary-final`);
}

export default function SummaryFinal() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <InspectionHeading id={page.id} area={page.area} title={page.title} />
      {page.finalOn ? (
        <>
          <p>{t("final.isFinal", { date: page.finalOn })}</p>
          <p>{t("final.undoWhat")}</p>
          <Form method="post">
            <Button name="intent" value="undo" variant="secondary">
              {t("final.undo")}
            </Button>
          </Form>
        </>
      ) : (
        <>
          <p>{t("final.intro")}</p>
          <ul>
            <li>{t("final.noPaper")}</li>
            <li>{t("final.counted")}</li>
            <li>{t("final.reversible")}</li>
          </ul>
          <Form method="post">
            <Button name="intent" value="final" variant="warning">
              {t("final.confirm")}
            </Button>
          </Form>
        </>
      )}
      <p>
        <a href={`/inspections/${page.id}`}>{t("final.cancel")}</a>
      </p>
    </>
  );
}

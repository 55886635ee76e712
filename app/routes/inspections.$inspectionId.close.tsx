import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { readForm } from "~/platform/forms.server";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { formatDateTime } from "~/i18n/format";
import { inspectionContext } from "~/inspections/context.server";
import { setSurveysClosed } from "~/inspections/inspections.server";
import { recordingRetentionDays } from "~/recordings/recordings.server";
import { choiceField } from "~/platform/form-fields";

/**
 * Closing the surveys early asks first (issue #25): this page says what closing does,
 * including what the retention sweep then deletes, and only its button closes them.
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
    title: t("close.title"),
    // Already closed (early, or at their closing time): nothing to confirm.
    alreadyClosed: inspection.closedBecause !== null,
    closes: formatDateTime(inspection.closesAt, language),
    recordingDays: recordingRetentionDays(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId } = await inspectionContext(request, params.inspectionId, {
    lead: true,
  });
  // Only the page's own "Yes, close" closes them: a post without it has confirmed nothing.
  const form = await readForm(request);
  if (!choiceField(form, "intent", ["close"])) throw data(null, { status: 400 });
  await setSurveysClosed(db, inspector.id, inspectionId, true);
  return redirect(`/inspections/${inspectionId}`);
}

export default function CloseSurveys() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <InspectionHeading id={page.id} area={page.area} title={page.title} />
      {page.alreadyClosed ? (
        <>
          <p>{t("close.already")}</p>
          <p>
            <a href={`/inspections/${page.id}`}>{page.area}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t("close.intro", { closes: page.closes })}</p>
          <ul>
            <li>{t("close.noAnswers")}</li>
            <li>{t("close.drafts")}</li>
            <li>{t("close.recordings", { count: page.recordingDays })}</li>
            <li>{t("close.reopen", { closes: page.closes })}</li>
          </ul>
          <Form method="post">
            <Button name="intent" value="close" variant="warning">
              {t("close.confirm")}
            </Button>
          </Form>
          <p>
            <a href={`/inspections/${page.id}`}>{t("close.cancel")}</a>
          </p>
        </>
      )}
    </>
  );
}

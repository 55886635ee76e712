import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, TextField } from "~/components/ui";
import { AttendeeNeeds } from "~/components/webinars/AttendeeNeeds";
import { AttendeeTable } from "~/components/webinars/AttendeeTable";
import { NeedsToArrange } from "~/components/webinars/NeedsToArrange";
import { WebinarFacts } from "~/components/webinars/WebinarFacts";
import { readForm } from "~/platform/forms.server";
import { markArranged, needsToArrange } from "~/webinars/access-needs.server";
import { attendeesPage } from "~/webinars/attendees-page.server";
import { changeCapacity, markAttendance, requireTeamWebinar } from "~/webinars/manage.server";
import { choiceField, idField, textField } from "~/platform/form-fields";

export const handle = { i18n: ["inspector", "webinars"] };

/** Who is coming and what they need. Seeing names and emails is audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspectionId, webinar, language } = await requireTeamWebinar(
    request,
    params.inspectionId,
    params.webinarId,
  );
  const work = { inspectorId: inspector.id, inspectionId, webinarId: webinar.id };
  const saved = new URL(request.url).searchParams.get("saved");
  return { inspectionId, saved, ...(await attendeesPage(db, work, webinar, language)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, inspection, webinar, t } = await requireTeamWebinar(
    request,
    params.inspectionId,
    params.webinarId,
  );
  const form = await readForm(request);
  const here = `/inspections/${inspectionId}/webinars/${webinar.id}`;
  const work = { inspectorId: inspector.id, inspectionId, webinarId: webinar.id };
  const intent = choiceField(form, "intent", ["attendance", "capacity", "arranged"]);
  if (intent === "attendance") {
    const came = form.getAll("came").filter((v): v is string => typeof v === "string");
    await markAttendance(db, work, came);
    return redirect(`${here}?saved=attendance`);
  }
  const need = choiceField(form, "need", needsToArrange);
  const signupId = idField(form, "signupId");
  if (intent === "arranged" && need && signupId) {
    const arranging = { ...work, webinar, areaName: inspection.areaName };
    await markArranged(db, arranging, signupId, need);
    return redirect(`${here}?saved=arranged`);
  }
  if (intent === "capacity") {
    const typed = textField(form, "capacity", 10).trim();
    const result = await changeCapacity(db, work, typed);
    if (!result.ok)
      return data(
        {
          capacityError: t("webinars.detail.capacityTooLow", { count: Math.max(1, result.taken) }),
          typed,
        },
        { status: 400 },
      );
    return redirect(here);
  }
  throw data(null, { status: 400 });
}

export default function WebinarDetail() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["inspector", "webinars"]);
  const { webinar } = page;
  return (
    <>
      <PageTitle title={webinar.title} hasErrors={Boolean(result?.capacityError)} />
      <ErrorSummary
        problems={
          result?.capacityError ? [{ fieldId: "capacity", message: result.capacityError }] : []
        }
      />
      <p className="caption">{t("webinars.detail.caption")}</p>
      <h1 className="page-heading" dir="auto">
        {webinar.title}
      </h1>
      <WebinarFacts webinar={webinar} taken={page.taken} />
      {page.saved ? (
        <p className="panel" role="status">
          {t(page.saved === "arranged" ? "arranging.saved" : "webinars.detail.attendanceSaved")}
        </p>
      ) : null}
      <AttendeeNeeds needs={page.needs} />
      <NeedsToArrange rows={page.toArrange} />
      <h2>{t("webinars.detail.people")}</h2>
      <p className="hint">{t("webinars.detail.privacy")}</p>
      <AttendeeTable people={page.people} />
      <p>
        <a href={`/inspections/${page.inspectionId}/webinars/${webinar.id}/attendees.csv`} download>
          {t("webinars.detail.export")}
        </a>
      </p>
      <h2>{t("webinars.detail.capacityTitle")}</h2>
      <Form method="post" noValidate>
        <TextField
          id="capacity"
          name="capacity"
          label={t("webinars.detail.capacity")}
          hint={t("webinars.detail.capacityHint")}
          inputMode="numeric"
          width="short"
          error={result?.capacityError}
          defaultValue={result?.typed ?? String(webinar.capacity)}
        />
        <Button name="intent" value="capacity" variant="secondary">
          {t("webinars.detail.capacityButton")}
        </Button>
      </Form>
    </>
  );
}

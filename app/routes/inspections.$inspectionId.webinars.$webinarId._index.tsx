import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { AttendeeNeeds } from "~/components/webinars/AttendeeNeeds";
import { AttendeeTable } from "~/components/webinars/AttendeeTable";
import { FollowUpLink } from "~/components/webinars/FollowUp";
import { CapacityForm, ChangeWebinar, changeProblems } from "~/components/webinars/ChangeWebinar";
import { NeedsToArrange } from "~/components/webinars/NeedsToArrange";
import { WebinarFacts } from "~/components/webinars/WebinarFacts";
import { readForm } from "~/platform/forms.server";
import { markArranged, needsToArrange } from "~/webinars/access-needs.server";
import { attendeesPage } from "~/webinars/attendees-page.server";
import { changeFormValues, mayChangeWebinar, submitWebinarChange } from "~/webinars/changes.server";
import { changeCapacity, markAttendance, requireTeamWebinar } from "~/webinars/manage.server";
import { choiceField, idField, textField } from "~/platform/form-fields";

export const handle = { i18n: ["inspector", "webinars"] };

/** Who is coming and what they need. Seeing names and emails is audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const team = await requireTeamWebinar(request, params.inspectionId, params.webinarId);
  const { db, inspector, inspectionId, webinar, language } = team;
  const work = { inspectorId: inspector.id, inspectionId, webinarId: webinar.id };
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    inspectionId,
    saved,
    cancelled: Boolean(webinar.cancelledAt),
    // Changing: the lead, or the forum's organiser (#22); not once it is cancelled.
    current: mayChangeWebinar(team.teamRole) ? changeFormValues(webinar) : undefined,
    ...(await attendeesPage(db, work, webinar, language)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const team = await requireTeamWebinar(request, params.inspectionId, params.webinarId);
  const { db, inspector, inspectionId, inspection, webinar, t } = team;
  const form = await readForm(request);
  const here = `/inspections/${inspectionId}/webinars/${webinar.id}`;
  const work = { inspectorId: inspector.id, inspectionId, webinarId: webinar.id };
  const intent = choiceField(form, "intent", ["attendance", "capacity", "arranged", "change"]);
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
  if (intent === "change") {
    if (!mayChangeWebinar(team.teamRole)) throw data(null, { status: 403 });
    const result = await submitWebinarChange(db, team, work, webinar, form);
    if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
    return redirect(`${here}?saved=changed`);
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
  const errors = result && "errors" in result ? result.errors : {};
  const capacityError = result && "capacityError" in result ? result.capacityError : undefined;
  const problems = capacityError
    ? [{ fieldId: "capacity", message: capacityError }]
    : changeProblems(errors);
  const savedKey = {
    arranged: "arranging.saved",
    changed: "webinars.change.saved",
    cancelled: "webinars.cancel.done",
  }[page.saved!];
  return (
    <>
      <PageTitle title={webinar.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <p className="caption">{t("webinars.detail.caption")}</p>
      <h1 className="page-heading" dir="auto">
        {webinar.title}
      </h1>
      {page.cancelled ? <p className="panel">{t("webinars.detail.cancelled")}</p> : null}
      <WebinarFacts webinar={webinar} taken={page.taken} />
      {page.saved ? (
        <p className="panel" role="status">
          {t(savedKey ?? "webinars.detail.attendanceSaved")}
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
      {page.cancelled ? null : (
        <FollowUpLink href={`/inspections/${page.inspectionId}/webinars/${webinar.id}/follow-up`} />
      )}
      {page.cancelled ? null : page.current ? (
        <ChangeWebinar
          errors={errors}
          values={result && "values" in result ? result.values : page.current}
          cancelHref={`/inspections/${page.inspectionId}/webinars/${webinar.id}/cancel`}
        />
      ) : (
        <CapacityForm
          error={capacityError}
          value={result && "typed" in result ? result.typed : String(webinar.capacity)}
        />
      )}
    </>
  );
}

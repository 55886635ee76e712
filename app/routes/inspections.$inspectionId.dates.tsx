import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { fieldProblems } from "~/components/ErrorSummary";
import { Button, TextField } from "~/components/ui";
import { DateInput, toDateParts } from "~/components/ui/DateInput";
import { readDateParts } from "~/components/ui/DateInput.server";
import type { DateParts } from "~/components/ui/DateInput";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { formatDate, formatDateTime } from "~/i18n/format";
import { inspectionContext } from "~/inspections/context.server";
import { updateDates } from "~/inspections/inspections.server";
import { datesSchema } from "~/inspections/timetable.server";
import { readForm } from "~/platform/forms.server";
import { londonDay, londonTimeOfDay } from "~/platform/time";
import { checkFields, choiceField, textField } from "~/platform/form-fields";

const fieldIds = {
  notifiedOn: "notified-day",
  opensOn: "opens-day",
  opensAt: "opens-time",
  closesOn: "closes-day",
  closesAt: "closes-time",
  week2: "week2-day",
  week3: "week3-day",
} as const;

/** The survey window and the week 2 and week 3 dates, as the framework's timeline sets them. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { inspectionId, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
    { lead: true },
  );
  const reopen = new URL(request.url).searchParams.has("reopen") ? inspection.closedBecause : null;
  return {
    id: inspectionId,
    area: inspection.areaName,
    title: t("dates.title"),
    reopen,
    reopenMessage:
      reopen === "closingTimePassed"
        ? t("dates.reopenPassed", { closes: formatDateTime(inspection.closesAt, language) })
        : reopen === "closedEarly"
          ? t("dates.reopenEarly")
          : null,
    current: {
      notifiedOn: toDateParts(inspection.notifiedOn),
      opensOn: toDateParts(londonDay(inspection.opensAt)),
      opensAt: londonTimeOfDay(inspection.opensAt),
      closesOn: toDateParts(londonDay(inspection.closesAt)),
      closesAt: londonTimeOfDay(inspection.closesAt),
      week2: toDateParts(inspection.week2),
      week3: toDateParts(inspection.week3),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
    { lead: true },
  );
  const form = await readForm(request);
  const values = {
    notifiedOn: readDateParts(form, "notified"),
    opensOn: readDateParts(form, "opens"),
    opensAt: textField(form, "opensAt", 10),
    closesOn: readDateParts(form, "closes"),
    closesAt: textField(form, "closesAt", 10),
    week2: readDateParts(form, "week2"),
    week3: readDateParts(form, "week3"),
  };
  const reopen = !!choiceField(form, "reopen", ["1"]) && inspection.closedBecause !== null;
  const schema = datesSchema({ reopen, now: new Date(), stored: inspection });
  const formatDay = (day: string) => formatDate(day, language);
  const checked = checkFields(schema, values, { prefix: "dates.errors", t, formatDay });
  if (!checked.ok) return data({ errors: checked.errors, values }, { status: 400 });
  await updateDates(db, inspector.id, inspectionId, checked.form);
  return redirect(`/inspections/${inspectionId}`);
}

export default function Dates() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  const values: Record<keyof typeof fieldIds, DateParts | string> = result?.values ?? page.current;
  const problems = fieldProblems(errors, fieldIds);
  const dateField = (
    field: "notifiedOn" | "opensOn" | "closesOn" | "week2" | "week3",
    id: string,
    hint?: string,
  ) => (
    <DateInput
      id={id}
      name={id}
      legend={t(`dates.${field}`)}
      hint={hint}
      error={errors[field]}
      defaultValue={values[field] as DateParts}
    />
  );
  const timeField = (field: "opensAt" | "closesAt") => (
    <TextField
      id={fieldIds[field]}
      name={field}
      label={t(`dates.${field}`)}
      hint={t("webinars.new.timeHint")}
      error={errors[field]}
      defaultValue={values[field] as string}
      width="short"
    />
  );
  return (
    <>
      <InspectionHeading id={page.id} area={page.area} title={page.title} problems={problems} />
      <p>{t("dates.intro")}</p>
      {page.reopenMessage ? <p className="panel">{page.reopenMessage}</p> : null}
      <Form method="post" noValidate>
        {page.reopen ? <input type="hidden" name="reopen" value="1" /> : null}
        <h2>{t("dates.week1")}</h2>
        {dateField("notifiedOn", "notified", t("dates.notifiedHint"))}
        {dateField("opensOn", "opens")}
        {timeField("opensAt")}
        {dateField("closesOn", "closes")}
        {timeField("closesAt")}
        <h2>{t("dates.laterWeeks")}</h2>
        {dateField("week2", "week2")}
        {dateField("week3", "week3", t("dates.week3Hint"))}
        <Button>{t(page.reopen ? "dates.buttonReopen" : "dates.button")}</Button>
      </Form>
    </>
  );
}

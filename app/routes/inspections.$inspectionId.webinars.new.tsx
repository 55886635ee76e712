import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, RadioGroup, TextField } from "~/components/ui";
import { DateInput } from "~/components/ui/DateInput";
import { readDateParts } from "~/components/ui/DateInput.server";
import { audit } from "~/auth/audit.server";
import { formatDate } from "~/i18n/format";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { webinarSchema } from "~/webinars/manage.server";
import { createWebinar } from "~/webinars/webinars.server";
import { checkFields, textFields } from "~/platform/form-fields";

export const handle = { i18n: ["inspector", "webinars"] };

const fieldIds: Record<string, string> = {
  title: "title",
  day: "webinar-day",
  starts: "starts",
  ends: "ends",
  capacity: "capacity",
  audience: "audience",
  host: "host",
  joinUrl: "joinUrl",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { inspectionId, t } = await inspectionContext(request, params.inspectionId);
  return { title: t("webinars.new.title"), id: inspectionId };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const form = await readForm(request);
  const text = textFields(
    form,
    ["title", "starts", "ends", "capacity", "audience", "host", "joinUrl"],
    600,
  );
  const values = { ...text, day: readDateParts(form, "webinar") };
  const checked = checkFields(webinarSchema(inspection), values, {
    prefix: "webinars.errors",
    t,
    formatDay: (day) => formatDate(day, language),
  });
  if (!checked.ok) return data({ errors: checked.errors, values }, { status: 400 });
  const { title, startsAt, endsAt, capacity, audience, host, joinUrl } = checked.form;
  const id = await createWebinar(db, {
    inspectionId,
    title,
    startsAt,
    endsAt,
    capacity,
    audience,
    host,
    joinUrl,
  });
  await audit(db, {
    userId: inspector.id,
    inspectionId,
    action: "webinar_created",
    detail: { webinarId: id, title, startsAt: startsAt.toISOString(), capacity },
  });
  return redirect(`/inspections/${inspectionId}/webinars/${id}`);
}

export default function NewWebinar() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["inspector", "webinars"]);
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values = result?.values;
  const problems = Object.keys(fieldIds).flatMap((field) =>
    errors[field] ? [{ fieldId: fieldIds[field]!, message: errors[field]! }] : [],
  );
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{page.title}</h1>
      <Form method="post" noValidate>
        <TextField
          id="title"
          name="title"
          label={t("webinars.new.name")}
          hint={t("webinars.new.nameHint")}
          error={errors.title}
          defaultValue={values?.title}
        />
        <DateInput
          id="webinar"
          name="webinar"
          legend={t("webinars.new.day")}
          hint={t("webinars.new.dayHint")}
          error={errors.day}
          defaultValue={values?.day}
        />
        <TextField
          id="starts"
          name="starts"
          label={t("webinars.new.starts")}
          hint={t("webinars.new.timeHint")}
          error={errors.starts}
          defaultValue={values?.starts}
          width="short"
        />
        <TextField
          id="ends"
          name="ends"
          label={t("webinars.new.ends")}
          hint={t("webinars.new.timeHint")}
          error={errors.ends}
          defaultValue={values?.ends}
          width="short"
        />
        <TextField
          id="capacity"
          name="capacity"
          label={t("webinars.new.capacity")}
          hint={t("webinars.new.capacityHint")}
          inputMode="numeric"
          error={errors.capacity}
          defaultValue={values?.capacity ?? "30"}
          width="short"
        />
        <RadioGroup
          id="audience"
          name="audience"
          label={t("webinars.new.audience")}
          error={errors.audience}
          defaultValue={values?.audience || "both"}
          options={(["parents", "forum", "both"] as const).map((value) => ({
            value,
            label: t(`webinars:audience.${value}`),
          }))}
        />
        <RadioGroup
          id="host"
          name="host"
          label={t("webinars.new.host")}
          error={errors.host}
          defaultValue={values?.host || "inspectors"}
          options={(["inspectors", "forum"] as const).map((value) => ({
            value,
            label: t(`webinars:host.${value}`),
          }))}
        />
        <TextField
          id="joinUrl"
          name="joinUrl"
          label={t("webinars.new.joinUrl")}
          hint={t("webinars.new.joinUrlHint")}
          error={errors.joinUrl}
          defaultValue={values?.joinUrl}
          spellCheck={false}
        />
        <Button>{t("webinars.new.button")}</Button>
      </Form>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { WebinarFields, webinarFieldIds } from "~/components/webinars/WebinarFields";
import { Button } from "~/components/ui";
import { readDateParts } from "~/components/ui/DateInput.server";
import { formatDate } from "~/i18n/format";
import { readForm } from "~/platform/forms.server";
import {
  scheduleWebinar,
  webinarHostsFor,
  webinarSchema,
  webinarsContext,
} from "~/webinars/manage.server";
import { checkFields, textFields } from "~/platform/form-fields";

export const handle = { i18n: ["inspector", "webinars"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { inspectionId, teamRole, t } = await webinarsContext(request, params.inspectionId);
  return { title: t("webinars.new.title"), id: inspectionId, hosts: webinarHostsFor(teamRole) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, inspection, teamRole, language, t } = await webinarsContext(
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
  const checked = checkFields(webinarSchema(inspection, webinarHostsFor(teamRole)), values, {
    prefix: "webinars.errors",
    t,
    formatDay: (day) => formatDate(day, language),
  });
  if (!checked.ok) return data({ errors: checked.errors, values }, { status: 400 });
  const { title, startsAt, endsAt, capacity, audience, host, joinUrl } = checked.form;
  const id = await scheduleWebinar(db, inspector.id, {
    inspectionId,
    title,
    startsAt,
    endsAt,
    capacity,
    audience,
    host,
    joinUrl,
  });
  return redirect(`/inspections/${inspectionId}/webinars/${id}`);
}

export default function NewWebinar() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["inspector", "webinars"]);
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values = result?.values;
  const problems = Object.keys(webinarFieldIds).flatMap((field) =>
    errors[field] ? [{ fieldId: webinarFieldIds[field]!, message: errors[field]! }] : [],
  );
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{page.title}</h1>
      <Form method="post" noValidate>
        <WebinarFields errors={errors} values={values} hosts={page.hosts} />
        <Button>{t("webinars.new.button")}</Button>
      </Form>
    </>
  );
}

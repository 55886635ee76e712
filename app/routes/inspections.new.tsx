import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, TextField } from "~/components/ui";
import { DateInput } from "~/components/ui/DateInput";
import { readDateParts } from "~/components/ui/DateInput.server";
import { inspectorContext } from "~/auth/context.server";
import { formatDate } from "~/i18n/format";
import { createInspectionFor, newInspectionSchema } from "~/inspections/inspections.server";
import { readForm } from "~/platform/forms.server";
import { checkFields, textFields } from "~/platform/form-fields";

const fieldIds: Record<string, string> = {
  localAreaName: "localAreaName",
  notifiedOn: "notified-day",
  supportName: "supportName",
  supportPhone: "supportPhone",
  supportUrl: "supportUrl",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await inspectorContext(request);
  return { title: t("create.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, inspector, language, t } = await inspectorContext(request);
  const form = await readForm(request);
  const text = textFields(
    form,
    ["localAreaName", "supportName", "supportPhone", "supportUrl"],
    400,
  );
  const values = { ...text, notifiedOn: readDateParts(form, "notified") };
  const checked = checkFields(newInspectionSchema(), values, {
    prefix: "create.errors",
    t,
    formatDay: (day) => formatDate(day, language),
  });
  if (!checked.ok) return data({ errors: checked.errors, values }, { status: 400 });
  const id = await createInspectionFor(db, inspector.id, checked.form);
  return redirect(`/inspections/${id}`);
}

export default function NewInspection() {
  const { title } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values = result?.values;
  const problems = Object.keys(fieldIds).flatMap((field) =>
    errors[field] ? [{ fieldId: fieldIds[field]!, message: errors[field]! }] : [],
  );
  return (
    <>
      <PageTitle title={title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{title}</h1>
      <Form method="post" noValidate>
        <TextField
          id="localAreaName"
          name="localAreaName"
          label={t("create.area")}
          hint={t("create.areaHint")}
          error={errors.localAreaName}
          defaultValue={values?.localAreaName}
        />
        <DateInput
          id="notified"
          name="notified"
          legend={t("create.notified")}
          hint={t("create.notifiedHint")}
          error={errors.notifiedOn}
          defaultValue={values?.notifiedOn}
        />
        <h2>{t("create.supportTitle")}</h2>
        <p>{t("create.supportHint")}</p>
        <TextField
          id="supportName"
          name="supportName"
          label={t("create.supportName")}
          error={errors.supportName}
          defaultValue={values?.supportName}
        />
        <TextField
          id="supportPhone"
          name="supportPhone"
          type="tel"
          label={t("create.supportPhone")}
          error={errors.supportPhone}
          defaultValue={values?.supportPhone}
          width="medium"
        />
        <TextField
          id="supportUrl"
          name="supportUrl"
          label={t("create.supportUrl")}
          hint={t("create.supportUrlHint")}
          error={errors.supportUrl}
          defaultValue={values?.supportUrl}
          spellCheck={false}
        />
        <Button>{t("create.button")}</Button>
      </Form>
    </>
  );
}

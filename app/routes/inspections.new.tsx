import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, FieldErrorText, TextField } from "~/components/ui";
import { requireInspector } from "~/auth/session.server";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";
import { createInspectionFor, newInspectionSchema } from "~/inspections/manage.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";

const fieldIds: Record<string, string> = {
  localAreaName: "localAreaName",
  notifiedOn: "notified-day",
  supportName: "supportName",
  supportPhone: "supportPhone",
  supportUrl: "supportUrl",
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireInspector(await getDb(), request);
  const t = await getFixedT(detectLanguage(request), "inspector");
  return { title: t("create.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb();
  const { inspector } = await requireInspector(db, request);
  const t = await getFixedT(detectLanguage(request), "inspector");
  const form = await readForm(request);
  const text = (name: string) =>
    typeof form.get(name) === "string" ? String(form.get(name)).slice(0, 400) : "";
  const values = {
    localAreaName: text("localAreaName"),
    notifiedOn: {
      day: text("notifiedDay"),
      month: text("notifiedMonth"),
      year: text("notifiedYear"),
    },
    supportName: text("supportName"),
    supportPhone: text("supportPhone"),
    supportUrl: text("supportUrl"),
  };
  const parsed = newInspectionSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0])] ??= t(`create.errors.${issue.message}`);
    return data({ errors, values }, { status: 400 });
  }
  const id = await createInspectionFor(db, inspector.id, parsed.data);
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
        <fieldset
          className={`field date-input${errors.notifiedOn ? " field--invalid" : ""}`}
          aria-describedby={`notified-hint${errors.notifiedOn ? " notified-error" : ""}`}
        >
          <legend className="label">{t("create.notified")}</legend>
          <p className="hint" id="notified-hint">
            {t("create.notifiedHint")}
          </p>
          {errors.notifiedOn ? (
            <FieldErrorText id="notified-error">{errors.notifiedOn}</FieldErrorText>
          ) : null}
          <div className="date-input__fields">
            <TextField
              id="notified-day"
              name="notifiedDay"
              label={t("create.day")}
              inputMode="numeric"
              width="short"
              defaultValue={values?.notifiedOn.day}
            />
            <TextField
              id="notified-month"
              name="notifiedMonth"
              label={t("create.month")}
              inputMode="numeric"
              width="short"
              defaultValue={values?.notifiedOn.month}
            />
            <TextField
              id="notified-year"
              name="notifiedYear"
              label={t("create.year")}
              inputMode="numeric"
              width="short"
              defaultValue={values?.notifiedOn.year}
            />
          </div>
        </fieldset>
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

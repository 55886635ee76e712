import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldProblems } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { NewPasswordFields } from "~/components/inspector/NewPasswordFields";
import { Button, TextField } from "~/components/ui";
import {
  acceptInvitation,
  acceptSchema,
  findInvitation,
} from "~/auth/organiser-invitations.server";
import { minimumPasswordLength } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { pageLanguage } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { maxFormBytes, readForm } from "~/platform/forms.server";
import { checkFields, textFields } from "~/platform/form-fields";

/** A forum organiser's invitation (#22): they choose their name and password, once. */
export const handle = { i18n: ["inspector"], inspectorArea: true };

const fieldIds = { name: "name", password: "password", confirmPassword: "confirm-password" };

/** A link used, expired or made up: the same words, and nothing about any inspection. */
async function notWorking(request: Request) {
  const { t } = await pageLanguage(request, "inspector");
  return data(
    { invalid: true as const, title: t("organisers.accept.invalidTitle") },
    { status: 404 },
  );
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findInvitation(await getDb(), params.token ?? "");
  if (!invitation) return notWorking(request);
  const { t } = await pageLanguage(request, "inspector");
  return {
    invalid: false as const,
    title: t("organisers.accept.title"),
    area: invitation.areaName,
    email: invitation.email,
    minimumLength: minimumPasswordLength,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { t } = await pageLanguage(request, "inspector");
  const form = await readForm(request);
  const values = textFields(form, ["name", "password", "confirmPassword"], maxFormBytes);
  const checked = checkFields(acceptSchema, values, {
    prefix: "organisers.errors",
    t: (key) => t(key, { count: minimumPasswordLength }),
  });
  if (!checked.ok) return data({ errors: checked.errors, name: values.name }, { status: 400 });
  const accepted = await acceptInvitation(await getDb(), params.token ?? "", checked.form);
  if (!accepted.ok && accepted.reason === "unknown") return notWorking(request);
  if (!accepted.ok)
    return data(
      { errors: { name: t("organisers.errors.hasAccount") }, name: values.name },
      { status: 400 },
    );
  return redirect(`/inspections/${accepted.inspectionId}/webinars`, {
    headers: { "Set-Cookie": await startSession(accepted.userId) },
  });
}

export default function AcceptInvitation() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  if (page.invalid || (result && "invalid" in result))
    return (
      <>
        <PageTitle title={page.title} />
        <h1 className="page-heading">{t("organisers.accept.invalidTitle")}</h1>
        <p>{t("organisers.accept.invalid")}</p>
      </>
    );
  const errors: Partial<Record<string, string>> = (result && result.errors) ?? {};
  const problems = fieldProblems(errors, fieldIds);
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("organisers.accept.intro", { area: page.area })}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="username" autoComplete="username" value={page.email} />
        <TextField
          id={fieldIds.name}
          name="name"
          label={t("organisers.accept.name")}
          hint={t("organisers.accept.nameHint")}
          autoComplete="name"
          error={errors.name}
          defaultValue={result?.name}
        />
        <NewPasswordFields
          id={fieldIds.password}
          name="password"
          label={t("organisers.accept.password")}
          minimumLength={page.minimumLength}
          errors={errors}
        />
        <Button>{t("organisers.accept.button")}</Button>
      </Form>
    </>
  );
}

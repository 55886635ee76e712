import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldProblems } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { NewPasswordFields } from "~/components/inspector/NewPasswordFields";
import { TwoFactorSection } from "~/components/inspector/TwoFactor";
import { Button, TextField } from "~/components/ui";
import { changePassword, changePasswordSchema } from "~/auth/password-change.server";
import { minimumPasswordLength } from "~/auth/password.server";
import { inspectorContext } from "~/auth/context.server";
import { startSession } from "~/auth/session.server";
import { twoFactorState } from "~/auth/two-factor.server";
import { maxFormBytes, readForm } from "~/platform/forms.server";
import { checkFields, textFields } from "~/platform/form-fields";

const fieldIds = {
  currentPassword: "current-password",
  newPassword: "new-password",
  confirmPassword: "confirm-password",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, inspector, t } = await inspectorContext(request, { organisers: true });
  const changed = new URL(request.url).searchParams.get("changed");
  return {
    title: t("account.title"),
    email: inspector.email,
    minimumLength: minimumPasswordLength,
    passwordChanged: changed === "password",
    twoFactorOff: changed === "twoFactorOff",
    twoFactor: await twoFactorState(db, inspector.id),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, inspector, t } = await inspectorContext(request, { organisers: true });
  const form = await readForm(request);
  // Not cut: passwords are compared with each other, and the form's size is capped already.
  const values = textFields(
    form,
    ["currentPassword", "newPassword", "confirmPassword"],
    maxFormBytes,
  );
  const checked = checkFields(changePasswordSchema, values, {
    prefix: "account.password.errors",
    t: (key) => t(key, { count: minimumPasswordLength }),
  });
  if (!checked.ok) return data({ errors: checked.errors }, { status: 400 });
  const changed = await changePassword(db, inspector.id, checked.form);
  if (!changed.ok) {
    const message =
      changed.reason === "rate_limited"
        ? t("signIn.rateLimited", { count: Math.ceil((changed.retryAfterSeconds ?? 60) / 60) })
        : t("account.password.errors.currentWrong");
    return data(
      { errors: { currentPassword: message } },
      changed.reason === "rate_limited"
        ? { status: 429, headers: { "Retry-After": String(changed.retryAfterSeconds ?? 60) } }
        : { status: 400 },
    );
  }
  // Every other session has ended; this one goes on as a new session.
  return redirect("/account?changed=password", {
    headers: { "Set-Cookie": await startSession(inspector.id, changed.signedInAt) },
  });
}

export default function Account() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  const problems = fieldProblems(errors, fieldIds);
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      {(page.passwordChanged || page.twoFactorOff) && !problems.length ? (
        <p className="panel" role="status">
          {t(page.passwordChanged ? "account.password.changed" : "account.twoFactor.turnedOff")}
        </p>
      ) : null}
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("account.signedInWith", { email: page.email })}</p>
      <h2>{t("account.password.heading")}</h2>
      <Form method="post" noValidate>
        {/* For password managers: whose password this is. */}
        <input type="hidden" name="username" autoComplete="username" value={page.email} />
        <TextField
          id={fieldIds.currentPassword}
          name="currentPassword"
          type="password"
          label={t("account.password.current")}
          autoComplete="current-password"
          error={errors.currentPassword}
          width="medium"
        />
        <NewPasswordFields
          id={fieldIds.newPassword}
          name="newPassword"
          label={t("account.password.new")}
          minimumLength={page.minimumLength}
          errors={errors}
        />
        <Button>{t("account.password.button")}</Button>
      </Form>
      <TwoFactorSection state={page.twoFactor} />
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldProblems } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { AccountsTable } from "~/components/inspector/AccountsTable";
import { Button, RadioGroup, TextField } from "~/components/ui";
import {
  createAccount,
  listAccounts,
  newAccountSchema,
  resetPassword,
  resetTwoFactor,
  setAccountDisabled,
} from "~/auth/accounts.server";
import { adminContext } from "~/auth/context.server";
import { readForm } from "~/platform/forms.server";
import { checkFields, choiceField, idField, textFields } from "~/platform/form-fields";

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, admin, t } = await adminContext(request);
  return { title: t("accounts.title"), me: admin.id, accounts: await listAccounts(db) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, admin, t } = await adminContext(request);
  const form = await readForm(request);
  const intent = choiceField(form, "intent", [
    "create",
    "disable",
    "enable",
    "resetTwoFactor",
    "reset",
  ]);
  if (intent === "create") {
    const values = textFields(form, ["name", "email", "role"], 300);
    const checked = checkFields(newAccountSchema, values, { prefix: "accounts.errors", t });
    if (!checked.ok) return data({ errors: checked.errors, values }, { status: 400 });
    const created = await createAccount(db, admin.id, checked.form);
    if (!created)
      return data({ errors: { email: t("accounts.errors.exists") }, values }, { status: 400 });
    return { made: { email: checked.form.email, password: created.password } };
  }
  const accountId = idField(form, "accountId");
  if (!accountId) throw data(null, { status: 400 });
  if (intent === "disable" || intent === "enable") {
    await setAccountDisabled(db, admin.id, accountId, intent === "disable");
    return { changed: true };
  }
  if (intent === "resetTwoFactor") {
    if (!(await resetTwoFactor(db, admin.id, accountId))) throw data(null, { status: 404 });
    return { twoFactorReset: true };
  }
  if (intent === "reset") {
    const reset = await resetPassword(db, admin.id, accountId);
    if (!reset) throw data(null, { status: 404 });
    return { made: reset };
  }
  throw data(null, { status: 400 });
}

const fieldIds = { name: "account-name", email: "account-email", role: "account-role" } as const;

export default function Accounts() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const errors: Partial<Record<string, string>> = result && "errors" in result ? result.errors : {};
  const values = result && "values" in result ? result.values : undefined;
  const made = result && "made" in result ? result.made : undefined;
  const twoFactorReset = result && "twoFactorReset" in result;
  const problems = fieldProblems(errors, fieldIds);
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{page.title}</h1>
      {made ? (
        <div className="panel" role="status">
          <p>{t("accounts.password", { email: made.email })}</p>
          <p className="resume-code" lang="en" dir="ltr">
            {made.password}
          </p>
          <p>{t("accounts.passwordHint")}</p>
        </div>
      ) : null}
      {twoFactorReset ? (
        <p className="panel" role="status">
          {t("accounts.twoFactorReset")}
        </p>
      ) : null}
      <AccountsTable title={page.title} me={page.me} accounts={page.accounts} />
      <h2>{t("accounts.add")}</h2>
      <Form method="post" noValidate>
        <TextField
          id={fieldIds.name}
          name="name"
          label={t("accounts.name")}
          error={errors.name}
          defaultValue={values?.name}
          autoComplete="off"
        />
        <TextField
          id={fieldIds.email}
          name="email"
          type="email"
          label={t("accounts.email")}
          error={errors.email}
          defaultValue={values?.email}
          autoComplete="off"
          spellCheck={false}
        />
        <RadioGroup
          id={fieldIds.role}
          name="role"
          label={t("accounts.role")}
          error={errors.role}
          defaultValue={values?.role || "inspector"}
          options={(["inspector", "admin"] as const).map((role) => ({
            value: role,
            label: t(`accounts.roles.${role}`),
            hint: t(`accounts.roleHints.${role}`),
          }))}
        />
        <Button name="intent" value="create">
          {t("accounts.addButton")}
        </Button>
      </Form>
    </>
  );
}

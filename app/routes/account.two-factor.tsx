import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import {
  CodeField,
  RecoveryCodeField,
  RecoveryCodeList,
  SetUpTwoFactor,
} from "~/components/inspector/TwoFactor";
import { Button, TextField } from "~/components/ui";
import { inspectorContext } from "~/auth/context.server";
import { startSession } from "~/auth/session.server";
import { twoFactorAction } from "~/auth/two-factor-page.server";
import { beginSetUp, twoFactorState } from "~/auth/two-factor.server";
import { readForm } from "~/platform/forms.server";

/** Setting two-step sign-in up, or turning it off, for the inspector signed in. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, inspector, t } = await inspectorContext(request, { organisers: true });
  const state = await twoFactorState(db, inspector.id);
  const setUp = state.on || state.exempt ? undefined : await beginSetUp(db, inspector.id);
  return {
    title: t(state.on ? "twoFactor.offTitle" : "twoFactor.setUpTitle"),
    state,
    setUp,
    recovery: new URL(request.url).searchParams.get("use") === "recovery",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { db, inspector, t } = await inspectorContext(request, { organisers: true });
  const result = await twoFactorAction(db, inspector.id, await readForm(request), t, {
    clientKey: context?.clientKey,
  });
  if (result.kind === "invalid")
    return data(result.body, {
      status: result.status,
      headers: result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : {},
    });
  if (result.kind === "on") return { recoveryCodes: result.recoveryCodes };
  // Every other session has ended; this one goes on as a new session.
  return redirect("/account?changed=twoFactorOff", {
    headers: { "Set-Cookie": await startSession(inspector.id, result.signedInAt) },
  });
}

export default function TwoFactorPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  if (result && "recoveryCodes" in result)
    return (
      <>
        <PageTitle title={t("twoFactor.onTitle")} />
        <h1 className="page-heading">{t("twoFactor.onTitle")}</h1>
        <RecoveryCodeList codes={result.recoveryCodes} />
        <p>
          <a href="/account">{t("twoFactor.backToAccount")}</a>
        </p>
      </>
    );
  const errors: Partial<Record<string, string>> = result && "errors" in result ? result.errors : {};
  const recovery = result && "recovery" in result ? result.recovery : page.recovery;
  const problems = (["password", "code"] as const).flatMap((field) =>
    errors[field] ? [{ fieldId: field, message: errors[field]! }] : [],
  );
  const { state } = page;
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{page.title}</h1>
      {state.exempt ? (
        <p>{t("account.twoFactor.exempt")}</p>
      ) : state.on && state.required ? (
        <p>{t("account.twoFactor.required")}</p>
      ) : state.on ? (
        <Form method="post" noValidate>
          <p>{t("twoFactor.offIntro")}</p>
          <input type="hidden" name="intent" value="turnOff" />
          {recovery ? <input type="hidden" name="use" value="recovery" /> : null}
          <TextField
            id="password"
            name="password"
            type="password"
            label={t("signIn.password")}
            autoComplete="current-password"
            error={errors.password}
            width="medium"
          />
          {recovery ? <RecoveryCodeField error={errors.code} /> : <CodeField error={errors.code} />}
          <div className="button-group">
            <Button variant="warning">{t("twoFactor.offButton")}</Button>
            <Button name="show" value={recovery ? "app" : "recovery"} variant="link">
              {t(recovery ? "signIn.second.useApp" : "signIn.second.useRecovery")}
            </Button>
          </div>
        </Form>
      ) : page.setUp ? (
        <Form method="post" noValidate>
          <p>{t("twoFactor.setUpIntro")}</p>
          <input type="hidden" name="intent" value="turnOn" />
          <SetUpTwoFactor setUp={page.setUp} error={errors.code} />
          <Button>{t("twoFactor.turnOnButton")}</Button>
        </Form>
      ) : null}
      <p>
        <a href="/account">{t("twoFactor.backToAccount")}</a>
      </p>
    </>
  );
}

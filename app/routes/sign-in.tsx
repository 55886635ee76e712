import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { ResubmitKept, SignInForm } from "~/components/inspector/SignInForm";
import { RecoveryCodesShown, SecondStep } from "~/components/inspector/SignInSteps";
import { readKeptSubmission } from "~/auth/kept-submission";
import {
  currentInspector,
  idleTimeoutMs,
  maxKeptBytes,
  safeReturnTo,
  signInCookieDropped,
} from "~/auth/session.server";
import { passwordStepAction, pendingStepView, secondStepAction } from "~/auth/sign-in-steps.server";
import { pageLanguage } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";
import { passRetryAfter } from "~/platform/retry-after";
import { choiceField } from "~/platform/form-fields";

export const handle = { i18n: ["inspector"], inspectorArea: true };

/** A 429 says when to try again. */
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
  const db = await getDb();
  if (await currentInspector(db, request)) throw redirect(returnTo);
  const { t } = await pageLanguage(request, "inspector");
  const reason = url.searchParams.get("reason");
  return {
    title: t("signIn.title"),
    returnTo,
    // Half signed in: the second step (a code, or setting two-step sign-in up).
    view: await pendingStepView(db, request, url.searchParams.get("use") === "recovery"),
    signedOut: url.searchParams.has("signedOut"),
    insecure: signInCookieDropped(url),
    // Why the session ended, so a person is not left wondering.
    reason:
      reason === "idle"
        ? t("signIn.reasonIdle", { count: idleTimeoutMs() / 60_000 })
        : reason === "expired"
          ? t("signIn.reasonExpired")
          : undefined,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await pageLanguage(request, "inspector");
  // Room for a kept form (maxKeptBytes) besides the email and password.
  const form = await readForm(request, { maxBytes: maxKeptBytes * 3 });
  const returnTo = safeReturnTo(form.get("returnTo"));
  const kept = readKeptSubmission(form.get("kept"));
  const db = await getDb();
  if (choiceField(form, "step", ["code", "setup"]))
    return secondStepAction(db, request, form, t, { returnTo, kept }, context?.clientKey);
  return passwordStepAction(db, form, t, { returnTo, kept }, context?.clientKey);
}

/** Recovery codes are shown once, by the action: the signed-in page must not replace them. */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  actionResult,
  defaultShouldRevalidate,
}) =>
  actionResult && typeof actionResult === "object" && "recoveryCodes" in actionResult
    ? false
    : defaultShouldRevalidate;

export default function SignIn() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  if (result && "recoveryCodes" in result)
    return (
      <RecoveryCodesShown
        codes={result.recoveryCodes}
        returnTo={result.returnTo}
        resubmit={result.resubmit}
      />
    );
  const errors: Record<string, string | undefined> =
    result && "errors" in result ? result.errors : {};
  const view = result && "view" in result ? result.view : page.view;
  if (view)
    return (
      <SecondStep
        view={view}
        returnTo={result && "returnTo" in result ? result.returnTo : page.returnTo}
        kept={result && "kept" in result ? result.kept : undefined}
        error={errors.code}
      />
    );
  if (result && "resubmit" in result && result.resubmit)
    return <ResubmitKept kept={result.resubmit} />;
  const problems = (["email", "password"] as const).flatMap((field) =>
    errors[field] ? [{ fieldId: field, message: errors[field]! }] : [],
  );
  const kept = result && "kept" in result ? result.kept : undefined;
  const title = kept ? t("signIn.kept.title") : page.title;
  return (
    <>
      <PageTitle title={title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      {page.signedOut && !problems.length ? <p className="panel">{t("signIn.signedOut")}</p> : null}
      {page.reason && !problems.length ? <p className="panel">{page.reason}</p> : null}
      {page.insecure ? <p className="panel">{t("signIn.insecure")}</p> : null}
      <h1 className="page-heading">{title}</h1>
      {kept ? <p>{t("signIn.kept.intro")}</p> : null}
      <SignInForm
        returnTo={page.returnTo}
        email={result && "email" in result ? result.email : undefined}
        errors={errors}
        kept={kept}
      />
    </>
  );
}

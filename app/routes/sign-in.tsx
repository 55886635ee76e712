import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { SendKeptSubmission, SignInForm } from "~/components/inspector/SignInForm";
import { readKeptSubmission } from "~/auth/kept-submission";
import {
  currentInspector,
  idleTimeoutMs,
  maxKeptBytes,
  safeReturnTo,
  secureCookies,
  startSession,
} from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";
import { fieldErrors } from "~/platform/form-errors";
import { passRetryAfter } from "~/platform/retry-after";

export const handle = { i18n: ["inspector"], inspectorArea: true };

const signInSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(320, "emailInvalid").email("emailInvalid"),
  password: z.string().min(1, "passwordRequired").max(1000, "invalid"),
});

/** A 429 says when to try again. */
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
  if (await currentInspector(await getDb(), request)) throw redirect(returnTo);
  const t = await getFixedT(detectLanguage(request), "inspector");
  const reason = url.searchParams.get("reason");
  return {
    title: t("signIn.title"),
    returnTo,
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

/**
 * Whether the browser will drop the sign-in cookie: it is Secure in production, and browsers
 * keep a Secure cookie over plain HTTP only on localhost. Without this, signing in on a real
 * hostname over HTTP fails silently (back to this page, signed out). `url` is the request's as
 * Express saw it: behind a proxy that ends HTTPS, TRUST_PROXY lets it read X-Forwarded-Proto.
 */
function signInCookieDropped(url: URL): boolean {
  if (!secureCookies() || url.protocol !== "http:") return false;
  return (
    !["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) &&
    !url.hostname.endsWith(".localhost")
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const t = await getFixedT(detectLanguage(request), "inspector");
  // Room for a kept form (maxKeptBytes) besides the email and password.
  const form = await readForm(request, { maxBytes: maxKeptBytes * 3 });
  const returnTo = safeReturnTo(form.get("returnTo"));
  const kept = readKeptSubmission(form.get("kept"));
  const parsed = signInSchema.safeParse({
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
  });
  const email =
    typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 320) : "";
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, "signIn", t);
    return data({ errors, email, kept }, { status: 400 });
  }
  const result = await signIn(
    await getDb(),
    parsed.data.email,
    parsed.data.password,
    new Date(),
    context?.clientKey,
  );
  if (!result.ok) {
    const message =
      result.reason === "rate_limited"
        ? t("signIn.rateLimited", { count: Math.ceil((result.retryAfterSeconds ?? 60) / 60) })
        : t("signIn.invalid");
    return data(
      { errors: { email: message }, email, kept },
      result.reason === "rate_limited"
        ? { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds ?? 60) } }
        : { status: 400 },
    );
  }
  const cookie = { "Set-Cookie": await startSession(result.userId) };
  // Signed in again with a form kept from before: offer to send it, rather than lose it;
  // only to the person whose it was (a shared computer: the next person does not send it).
  if (kept?.userId === result.userId) return data({ resubmit: kept }, { headers: cookie });
  return redirect(returnTo, { headers: cookie });
}

export default function SignIn() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  if (result && "resubmit" in result) {
    return (
      <>
        <PageTitle title={t("signIn.resubmit.title")} />
        <h1 className="page-heading">{t("signIn.resubmit.title")}</h1>
        <SendKeptSubmission kept={result.resubmit} />
      </>
    );
  }
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const problems = (["email", "password"] as const).flatMap((field) =>
    errors[field] ? [{ fieldId: field, message: errors[field]! }] : [],
  );
  const kept = result?.kept;
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
      <SignInForm returnTo={page.returnTo} email={result?.email} errors={errors} kept={kept} />
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, TextField } from "~/components/ui";
import { currentInspector, safeReturnTo, startSession } from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";
import { fieldErrors } from "~/platform/form-errors";

export const handle = { i18n: ["inspector"], inspectorArea: true };

const signInSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(320, "emailInvalid").email("emailInvalid"),
  password: z.string().min(1, "passwordRequired").max(1000, "invalid"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
  if (await currentInspector(await getDb(), request)) throw redirect(returnTo);
  const t = await getFixedT(detectLanguage(request), "inspector");
  return { title: t("signIn.title"), returnTo, signedOut: url.searchParams.has("signedOut") };
}

export async function action({ request }: ActionFunctionArgs) {
  const t = await getFixedT(detectLanguage(request), "inspector");
  const form = await readForm(request);
  const returnTo = safeReturnTo(form.get("returnTo"));
  const parsed = signInSchema.safeParse({
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
  });
  const email =
    typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 320) : "";
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, "signIn", t);
    return data({ errors, email }, { status: 400 });
  }
  const result = await signIn(await getDb(), parsed.data.email, parsed.data.password);
  if (!result.ok) {
    const message =
      result.reason === "rate_limited"
        ? t("signIn.rateLimited", { minutes: Math.ceil((result.retryAfterSeconds ?? 60) / 60) })
        : t("signIn.invalid");
    return data(
      { errors: { email: message }, email },
      { status: result.reason === "rate_limited" ? 429 : 400 },
    );
  }
  return redirect(returnTo, { headers: { "Set-Cookie": await startSession(result.userId) } });
}

export default function SignIn() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const problems = (["email", "password"] as const).flatMap((field) =>
    errors[field] ? [{ fieldId: field, message: errors[field]! }] : [],
  );
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      {page.signedOut && !problems.length ? <p className="panel">{t("signIn.signedOut")}</p> : null}
      <h1 className="page-heading">{page.title}</h1>
      <Form method="post" noValidate>
        <input type="hidden" name="returnTo" value={page.returnTo} />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t("signIn.email")}
          autoComplete="username"
          spellCheck={false}
          defaultValue={result?.email}
          error={errors.email}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t("signIn.password")}
          autoComplete="current-password"
          error={errors.password}
          width="medium"
        />
        <Button>{t("signIn.button")}</Button>
      </Form>
    </>
  );
}

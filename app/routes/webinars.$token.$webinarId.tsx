import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, CheckboxGroup, RadioGroup, TextArea, TextField } from "~/components/plain";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { wakeMailWorker } from "~/platform/jobs.server";
import { readForm } from "~/platform/forms.server";
import { hitRateLimit } from "~/platform/rate-limit.server";
import { countFailedGuess, guessingWait } from "~/platform/guessing.server";
import { needOptions, roleOptions } from "~/webinars/needs";
import { checkSignUp, signUpValues, toDetails } from "~/webinars/signup-form.server";
import type { SignUpValues } from "~/webinars/signup-form.server";
import { findOpenWebinar, signUp } from "~/webinars/webinars.server";
import { passRetryAfter } from "~/platform/retry-after";

export const handle = { i18n: ["webinars"] };

/** Where each field's error in the summary takes you. */
const fieldIds = {
  name: "name",
  email: "email",
  role: "role",
  needs: "needs",
  interpreterLanguage: "interpreterLanguage",
  otherNeeds: "otherNeeds",
  question: "question",
  consent: "consent",
} as const;

async function loadWebinar(request: Request, token: string | undefined, webinarId?: string) {
  const db = await getDb();
  const webinar = await findOpenWebinar(db, token ?? "", webinarId ?? "");
  // Unknown, or already started: either way there is nothing to sign up for here.
  if (!webinar) throw data(null, { status: 404 });
  const language = detectLanguage(request);
  return { db, webinar, language, t: await getFixedT(language, "webinars") };
}

/** A 429 says when to try again. */
export const headers = passRetryAfter;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { webinar, language, t } = await loadWebinar(request, params.token, params.webinarId);
  return {
    title: t("signUp.title", { title: webinar.title }),
    caption: t("signUp.caption", { area: webinar.areaName }),
    when: t("signUp.when", {
      when: formatDateTime(webinar.startsAt, language),
      ends: formatEnd(webinar.startsAt, webinar.endsAt, language),
    }),
    full: webinar.placesLeft === 0,
    listHref: `/webinars/${params.token}`,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { db, webinar, language, t } = await loadWebinar(request, params.token, params.webinarId);
  const values = signUpValues(await readForm(request));
  const checked = checkSignUp(values);
  if (!checked.ok) {
    const errors: Record<string, string> = {};
    for (const [field, key] of Object.entries(checked.errors))
      errors[field] = t(`signUp.errors.${key}`);
    return data({ errors, values, notice: undefined }, { status: 400 });
  }
  // One client may sign up only so often (counted in memory, no address kept), and its
  // refused attempts never reach the webinar's own limit, shared by every app process, which
  // stops a script filling a webinar (and emailing strangers) faster than people sign up.
  const client = context?.clientKey ?? "unknown";
  const clientWait = guessingWait("webinar-signup", client);
  if (clientWait > 0)
    return data(
      { errors: {}, values, notice: t("signUp.errors.tooMany") },
      { status: 429, headers: { "Retry-After": String(clientWait) } },
    );
  countFailedGuess("webinar-signup", client);
  const limit = await hitRateLimit(db, `webinar-signup:${webinar.id}`, 30, 60_000);
  if (!limit.allowed)
    return data(
      { errors: {}, values, notice: t("signUp.errors.tooMany") },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  const result = await signUp(db, webinar.id, toDetails(checked.form, language));
  if (result.outcome === "closed")
    return data({ errors: {}, values, notice: t("signUp.closed") }, { status: 409 });
  if (result.outcome === "duplicate")
    return data(
      {
        errors: {},
        values,
        notice: t(result.status === "waiting" ? "signUp.duplicateWaiting" : "signUp.duplicate"),
      },
      { status: 200 },
    );
  wakeMailWorker();
  return redirect(`/booking/${result.token}?new=1`);
}

export default function SignUp() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("webinars");
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  const values: Partial<SignUpValues> = result?.values ?? {};
  const problems = Object.entries(fieldIds).flatMap(([field, fieldId]) =>
    errors[field] ? [{ fieldId, message: errors[field]! }] : [],
  );
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <p className="caption">{page.caption}</p>
      <h1 className="page-heading" dir="auto">
        {page.title}
      </h1>
      <p>{page.when}</p>
      {result?.notice ? (
        <div className="panel" role="status">
          <p>{result.notice}</p>
          <p>
            <a href={page.listHref}>{t("booking.more")}</a>
          </p>
        </div>
      ) : null}
      {page.full ? <p className="panel">{t("signUp.full")}</p> : null}
      <Form method="post" noValidate>
        <TextField
          id={fieldIds.name}
          name="name"
          label={t("signUp.name")}
          autoComplete="name"
          spellCheck={false}
          error={errors.name}
          defaultValue={values.name}
        />
        <TextField
          id={fieldIds.email}
          name="email"
          type="email"
          label={t("signUp.email")}
          hint={t("signUp.emailHint")}
          autoComplete="email"
          spellCheck={false}
          error={errors.email}
          defaultValue={values.email}
        />
        <RadioGroup
          id={fieldIds.role}
          name="role"
          label={t("signUp.role")}
          error={errors.role}
          defaultValue={values.role || undefined}
          options={roleOptions.map((role) => ({ value: role, label: t(`signUp.roles.${role}`) }))}
        />
        <CheckboxGroup
          id={fieldIds.needs}
          name="needs"
          label={t("signUp.needs")}
          hint={t("signUp.needsHint")}
          error={errors.needs}
          defaultValue={values.needs}
          options={needOptions.map((need) => ({
            value: need,
            label: t(`signUp.needsOptions.${need}`),
          }))}
        />
        <TextField
          id={fieldIds.interpreterLanguage}
          name="interpreterLanguage"
          label={t("signUp.interpreterLanguage")}
          error={errors.interpreterLanguage}
          defaultValue={values.interpreterLanguage}
          width="medium"
        />
        <TextArea
          id={fieldIds.otherNeeds}
          name="otherNeeds"
          label={t("signUp.otherNeeds")}
          error={errors.otherNeeds}
          defaultValue={values.otherNeeds}
          rows={3}
        />
        <TextArea
          id={fieldIds.question}
          name="question"
          label={t("signUp.question")}
          hint={t("signUp.questionHint")}
          error={errors.question}
          defaultValue={values.question}
          rows={4}
        />
        {/* The legend is the heading, read once; what it means is its hint. */}
        <CheckboxGroup
          id={fieldIds.consent}
          name="consent"
          label={<span className="heading-m">{t("signUp.consentTitle")}</span>}
          hint={t("signUp.consentBody")}
          error={errors.consent}
          defaultValue={values.consent === "yes" ? ["yes"] : []}
          options={[{ value: "yes", label: t("signUp.consent") }]}
        />
        <Button>{t("signUp.button")}</Button>
      </Form>
    </>
  );
}

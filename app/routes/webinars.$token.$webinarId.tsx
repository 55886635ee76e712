import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { CheckEmail } from "~/components/webinars/CheckEmail";
import { SignUpForm, signUpFieldIds } from "~/components/webinars/SignUpForm";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { pageLanguage } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";
import { passRetryAfter } from "~/platform/retry-after";
import { formShownStamp } from "~/webinars/bot-check.server";
import { answerSignUp, signUpValues } from "~/webinars/signup-form.server";
import { findOpenWebinar } from "~/webinars/webinars.server";

export const handle = { i18n: ["webinars"] };

/** A 429 says when to try again. */
export const headers = passRetryAfter;

async function loadWebinar(request: Request, token: string | undefined, webinarId?: string) {
  const db = await getDb();
  const webinar = await findOpenWebinar(db, token ?? "", webinarId ?? "");
  // Unknown, or already started: either way there is nothing to sign up for here.
  if (!webinar) throw data(null, { status: 404 });
  return { db, webinar, ...(await pageLanguage(request, "webinars")) };
}

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
    cancelled: webinar.cancelled,
    listHref: `/webinars/${params.token}`,
    formShown: formShownStamp(webinar.id),
  };
}

/** Every sign-up that passes the checks is answered alike: see `answerSignUp`. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { db, webinar, language, t } = await loadWebinar(request, params.token, params.webinarId);
  const values = signUpValues(await readForm(request));
  const clientKey = context?.clientKey ?? "unknown";
  const { answer, status, headers } = await answerSignUp(db, webinar.id, values, {
    language,
    clientKey,
    t,
  });
  return data(answer, { status, headers });
}

export default function SignUp() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("webinars");
  if (result?.sent) return <CheckEmail {...result.sent} listHref={page.listHref} />;
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  const problems = Object.entries(signUpFieldIds).flatMap(([field, fieldId]) =>
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
      {page.cancelled ? (
        <p className="panel">{t("signUp.cancelled")}</p>
      ) : (
        <>
          {page.full ? <p className="panel">{t("signUp.full")}</p> : null}
          <SignUpForm
            errors={result?.errors ?? {}}
            values={result?.values ?? {}}
            formShown={result?.values?.formShown || page.formShown}
          />
        </>
      )}
    </>
  );
}

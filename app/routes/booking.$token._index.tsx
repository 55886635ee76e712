import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Button } from "~/components/plain";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";
import { mailIsSent } from "~/mail/transports.server";
import { getDb } from "~/platform/db.server";
import { wakeMailWorker } from "~/platform/jobs.server";
import { readForm } from "~/platform/forms.server";
import { cancelBooking, findBooking } from "~/webinars/webinars.server";
import { needsText } from "~/webinars/needs";

export const handle = { i18n: ["webinars"] };

/**
 * A person's booking, reached from the link in each of their emails. Cancelling needs a button
 * press: mail programs that open links to check them must not cancel anyone's place.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = detectLanguage(request);
  const t = await getFixedT(language, "webinars");
  const booking = await findBooking(await getDb(), params.token ?? "");
  if (!booking)
    return data({ found: false as const, title: t("booking.unknownTitle") }, { status: 404 });
  const { signup, webinar } = booking;
  const hasPlace = signup.status === "confirmed";
  const needs = needsText(signup.accessNeeds, t);
  const titleKey = {
    confirmed: "booking.titleConfirmed",
    waiting: "booking.titleWaiting",
    cancelled: "booking.titleCancelled",
  } as const;
  return {
    found: true as const,
    calendarHref: `/booking/${params.token}/calendar.ics`,
    title: t(titleKey[signup.status]),
    status: signup.status,
    isNew: new URL(request.url).searchParams.has("new"),
    email: signup.email,
    // With no mail service set up, the email waits in the outbox: never say it was sent.
    emailSent: mailIsSent(),
    webinarTitle: webinar.title,
    position: booking.position,
    when: t("booking.when", {
      when: formatDateTime(webinar.startsAt, language),
      ends: formatEnd(webinar.startsAt, webinar.endsAt, language),
    }),
    started: webinar.startsAt <= new Date(),
    joinUrl: hasPlace ? webinar.joinUrl : undefined,
    needs,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (form.get("intent") !== "cancel") throw data(null, { status: 400 });
  const token = params.token ?? "";
  const outcome = await cancelBooking(await getDb(), token);
  if (outcome === "unknown") throw data(null, { status: 404 });
  wakeMailWorker();
  return redirect(`/booking/${token}`);
}

export default function Booking() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("webinars");
  if (!page.found)
    return (
      <>
        <PageTitle title={page.title} />
        <h1 className="page-heading">{page.title}</h1>
        <p>{t("booking.unknown")}</p>
      </>
    );
  const body = {
    confirmed: t("booking.confirmed", { title: page.webinarTitle }),
    waiting: t("booking.waiting", { position: page.position }),
    cancelled: t("booking.cancelled", { title: page.webinarTitle }),
  }[page.status];
  return (
    <>
      <PageTitle title={page.title} />
      <div className={page.status === "cancelled" ? undefined : "confirmation"}>
        <h1 className="page-heading">{page.title}</h1>
        <p dir="auto">{body}</p>
      </div>
      {page.isNew ? (
        <p className={page.emailSent ? undefined : "panel"}>
          {t(page.emailSent ? "booking.emailSent" : "booking.emailWaiting", { email: page.email })}
        </p>
      ) : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("list.when")}</dt>
          <dd className="summary-list__value">{page.when}</dd>
        </div>
        {page.joinUrl ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t("booking.join")}</dt>
            <dd className="summary-list__value break">
              <a href={page.joinUrl} rel="noreferrer">
                {page.joinUrl}
              </a>
              <br />
              <span className="hint">{t("booking.joinHint")}</span>
            </dd>
          </div>
        ) : null}
        {page.status !== "cancelled" ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t("booking.needs")}</dt>
            <dd className="summary-list__value">
              {page.needs.length > 0 ? (
                <ul>
                  {page.needs.map((need) => (
                    <li key={need}>{need}</li>
                  ))}
                </ul>
              ) : (
                t("booking.noNeeds")
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {page.joinUrl ? (
        <p>
          <a href={page.calendarHref} download="webinar.ics">
            {t("booking.calendar")}
          </a>
        </p>
      ) : null}
      {page.status !== "cancelled" && page.started ? <p>{t("booking.started")}</p> : null}
      {page.status !== "cancelled" && !page.started ? (
        <Form method="post">
          <h2>{t("booking.cancelTitle")}</h2>
          <p>
            {t(page.status === "confirmed" ? "booking.cancelHint" : "booking.cancelWaitingHint")}
          </p>
          <Button name="intent" value="cancel" variant="warning">
            {t("booking.cancel")}
          </Button>
        </Form>
      ) : null}
    </>
  );
}

import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Button } from "~/components/plain";

/** What a person told us they need, as a list, or "Nothing". */
function Needs({ needs }: { needs: string[] }) {
  const { t } = useTranslation("webinars");
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{t("booking.needs")}</dt>
      <dd className="summary-list__value">
        {needs.length > 0 ? (
          <ul>
            {needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        ) : (
          t("booking.noNeeds")
        )}
      </dd>
    </div>
  );
}

function When({ when }: { when: string }) {
  const { t } = useTranslation("webinars");
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{t("list.when")}</dt>
      <dd className="summary-list__value">{when}</dd>
    </div>
  );
}

export interface BookingView {
  title: string;
  status: "confirmed" | "waiting" | "cancelled";
  /** The whole webinar was cancelled by its hosts (#22). */
  webinarCancelled?: boolean;
  webinarTitle: string;
  position?: number;
  when: string;
  started: boolean;
  joinUrl?: string;
  calendarHref: string;
  needs: string[];
}

/** A person's booking: their place (or place on the waiting list), and how to cancel it. */
export function Booking({ page }: { page: BookingView }) {
  const { t } = useTranslation("webinars");
  const body = {
    confirmed: t("booking.confirmed", { title: page.webinarTitle }),
    waiting: t("booking.waiting", { position: page.position }),
    cancelled: t("booking.cancelled", { title: page.webinarTitle }),
  }[page.status];
  const said = page.webinarCancelled
    ? t("booking.webinarCancelled", { title: page.webinarTitle })
    : body;
  return (
    <>
      <PageTitle title={page.title} />
      <div className={page.status === "cancelled" ? undefined : "confirmation"}>
        <h1 className="page-heading">{page.title}</h1>
        <p dir="auto">{said}</p>
      </div>
      <dl className="summary-list">
        <When when={page.when} />
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
        {page.status !== "cancelled" ? <Needs needs={page.needs} /> : null}
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

export interface ConfirmView {
  title: string;
  webinarTitle: string;
  name: string;
  when: string;
  full: boolean;
  started: boolean;
  needs: string[];
}

/**
 * Before a sign-up takes a place, the address's owner confirms it here, with a button: mail
 * programs that open links to check them must not take anyone's place.
 */
export function ConfirmPlace({ page }: { page: ConfirmView }) {
  const { t } = useTranslation("webinars");
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p dir="auto">{t("confirm.body", { title: page.webinarTitle })}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("signUp.name")}</dt>
          <dd className="summary-list__value" dir="auto">
            {page.name}
          </dd>
        </div>
        <When when={page.when} />
        <Needs needs={page.needs} />
      </dl>
      {page.started ? (
        <p className="panel">{t("signUp.closed")}</p>
      ) : (
        <Form method="post">
          {page.full ? <p className="panel">{t("confirm.full")}</p> : null}
          <p>{t("confirm.notYou")}</p>
          <Button name="intent" value="confirm">
            {t("confirm.button")}
          </Button>
        </Form>
      )}
    </>
  );
}

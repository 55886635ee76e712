import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { formatDateTime } from "~/i18n/format";
import { pageLanguage } from "~/i18n/i18n.server";
import { activeTransport, devMailbox } from "~/mail/transports.server";
import { settings } from "~/platform/settings.server";

export const handle = { i18n: ["webinars"] };

/**
 * The demo and development only: the emails the development transport "sent". Gone when
 * mail is real, and always in production (the settings refuse the dev transport there too).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  if (settings().mode === "production" || activeTransport()?.name !== "dev")
    throw data(null, { status: 404 });
  const { language, t } = await pageLanguage(request, "webinars");
  return {
    title: t("devMail.title"),
    messages: devMailbox().map((message) => ({
      id: message.id,
      to: message.to,
      subject: message.subject,
      body: message.body,
      calendar: message.calendar,
      sentAt: formatDateTime(message.sentAt, language),
    })),
  };
}

export default function DevMail() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("webinars");
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("devMail.intro")}</p>
      {page.messages.length === 0 ? <p>{t("devMail.none")}</p> : null}
      {page.messages.map((message) => (
        <article className="mail" key={message.id} aria-labelledby={`m-${message.id}`}>
          <h2 id={`m-${message.id}`}>{message.subject}</h2>
          <p className="hint">
            {t("devMail.to")}: {message.to} · {t("devMail.sent")}: {message.sentAt}
            {message.calendar ? ` · ${t("devMail.calendar")}` : ""}
          </p>
          <div className="mail__body">{message.body}</div>
          {message.calendar ? (
            // The file itself, so a developer (and tests/e2e/webinar-changes.spec.ts) can read it.
            <details>
              <summary>{t("devMail.calendar")}</summary>
              <pre className="mail__calendar">{message.calendar}</pre>
            </details>
          ) : null}
        </article>
      ))}
    </>
  );
}

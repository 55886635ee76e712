import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { pageLanguage } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { publicWebinars } from "~/webinars/webinars.server";

export const handle = { i18n: ["webinars"] };

/** The public list of an inspection's webinars, linked from the parent survey and posters. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await publicWebinars(await getDb(), params.token ?? "");
  if (!found) throw data(null, { status: 404 });
  const { language, t } = await pageLanguage(request, "webinars");
  return {
    title: t("list.title", { area: found.areaName }),
    area: found.areaName,
    token: params.token!,
    webinars: found.webinars.map((webinar) => ({
      id: webinar.id,
      title: webinar.title,
      when: formatDateTime(webinar.startsAt, language),
      ends: formatEnd(webinar.startsAt, webinar.endsAt, language),
      audience: webinar.audience,
      host: webinar.host,
      placesLeft: webinar.placesLeft,
      cancelled: webinar.cancelled,
    })),
  };
}

export default function Webinars() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("webinars");
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p className="lead">{t("list.intro", { area: page.area })}</p>
      <p>{t("list.how")}</p>
      {page.webinars.length === 0 ? <p className="panel">{t("list.none")}</p> : null}
      {page.webinars.map((webinar) => (
        <section className="webinar-card" key={webinar.id} aria-labelledby={`w-${webinar.id}`}>
          <h2 id={`w-${webinar.id}`} dir="auto">
            {webinar.title}
          </h2>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("list.when")}</dt>
              <dd className="summary-list__value">{t("signUp.when", webinar)}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("list.for")}</dt>
              <dd className="summary-list__value">{t(`audience.${webinar.audience}`)}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("list.host")}</dt>
              <dd className="summary-list__value">{t(`host.${webinar.host}`)}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("list.places")}</dt>
              <dd className="summary-list__value">
                {webinar.cancelled
                  ? t("list.cancelled")
                  : webinar.placesLeft > 0
                    ? t("list.placesLeft", {
                        count: webinar.placesLeft,
                        places: webinar.placesLeft,
                      })
                    : t("list.full")}
              </dd>
            </div>
          </dl>
          {webinar.cancelled ? null : (
            <p>
              <a className="button button--primary" href={`/webinars/${page.token}/${webinar.id}`}>
                {t("list.signUp")}
                <span className="visually-hidden">
                  {" "}
                  {t("list.signUpHidden", { title: webinar.title, when: webinar.when })}
                </span>
              </a>
            </p>
          )}
        </section>
      ))}
      <h2>{t("signUp.consentTitle")}</h2>
      <p>{t("list.privacy")}</p>
    </>
  );
}

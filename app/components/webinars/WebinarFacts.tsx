import type { Webinar } from "~db/schema";
import { useTranslation } from "react-i18next";

/** A webinar at a glance on its inspectors' page: when, for whom, who hosts, the link, places. */
export function WebinarFacts({
  webinar,
  taken,
}: {
  webinar: Pick<Webinar, "audience" | "host" | "joinUrl" | "capacity"> & { when: string };
  taken: number;
}) {
  const { t } = useTranslation(["inspector", "webinars"]);
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt className="summary-list__key">{t("webinars.when")}</dt>
        <dd className="summary-list__value">{webinar.when}</dd>
      </div>
      <div className="summary-list__row">
        <dt className="summary-list__key">{t("webinars.new.audience")}</dt>
        <dd className="summary-list__value">{t(`webinars:audience.${webinar.audience}`)}</dd>
      </div>
      <div className="summary-list__row">
        <dt className="summary-list__key">{t("webinars.new.host")}</dt>
        <dd className="summary-list__value">{t(`webinars:host.${webinar.host}`)}</dd>
      </div>
      <div className="summary-list__row">
        <dt className="summary-list__key">{t("webinars.new.joinUrl")}</dt>
        <dd className="summary-list__value break">
          <a href={webinar.joinUrl} rel="noreferrer">
            {webinar.joinUrl}
          </a>
        </dd>
      </div>
      <div className="summary-list__row">
        <dt className="summary-list__key">{t("webinars.places")}</dt>
        <dd className="summary-list__value">
          {t("webinars.placesOf", { taken, capacity: webinar.capacity })}
        </dd>
      </div>
    </dl>
  );
}

import { useTranslation } from "react-i18next";

/** On every page of an inspection while a comment that may be a disclosure waits (#19). */
export function ConcernBanner({ inspectionId, count }: { inspectionId: string; count: number }) {
  const { t } = useTranslation("inspector");
  return (
    <section className="concern-banner" aria-labelledby="concern-banner-title">
      <h2 id="concern-banner-title">{t("safeguarding.banner", { count })}</h2>
      <p>
        <a href={`/inspections/${inspectionId}/safeguarding`}>{t("safeguarding.bannerLink")}</a>
      </p>
    </section>
  );
}

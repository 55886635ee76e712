import { useTranslation } from "react-i18next";
import type { NeedCounts } from "~/webinars/manage.server";

/** What the people with a place need, counted, so inspectors can book interpreters in time. */
export function AttendeeNeeds({ needs }: { needs: NeedCounts }) {
  const { t } = useTranslation(["inspector", "webinars"]);
  const lines = [
    needs.bsl ? t("webinars.detail.bsl", { count: needs.bsl }) : null,
    needs.captions ? t("webinars.detail.captions", { count: needs.captions }) : null,
    needs.interpreter
      ? `${t("webinars.detail.interpreter", { count: needs.interpreter })}. ${t(
          "webinars.detail.languages",
          { languages: needs.languages.join(", ") },
        )}`
      : null,
    needs.breaks ? t("webinars.detail.breaks", { count: needs.breaks }) : null,
    needs.other ? t("webinars.detail.other", { count: needs.other }) : null,
  ].filter((line): line is string => line !== null);
  return (
    <>
      <h2>{t("webinars.detail.needsTitle")}</h2>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t("webinars.detail.noNeeds")}</p>
      )}
    </>
  );
}

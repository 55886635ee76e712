import { useTranslation } from "react-i18next";

/**
 * Each audience's responses against the local area's own numbers (#18), as sentences, so a
 * quiet group is seen while the surveys are open; the lead is offered the numbers' page.
 */
export function ResponseRates({
  id,
  sentences,
  entered,
  isLead,
}: {
  id: string;
  sentences: string[];
  /** Whether the lead has entered any of the local area's numbers. */
  entered: boolean;
  isLead: boolean;
}) {
  const { t } = useTranslation("inspector");
  return (
    <section aria-labelledby="response-rates">
      <h2 id="response-rates">{t("areaNumbers.ratesTitle")}</h2>
      {entered ? null : <p>{t("areaNumbers.notEntered")}</p>}
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {isLead ? (
        <p>
          <a href={`/inspections/${id}/area-numbers`}>{t("areaNumbers.link")}</a>
        </p>
      ) : null}
    </section>
  );
}

import { useTranslation } from "react-i18next";
import type { CriterionQuotes } from "~/summary/quotes";
import { criterion, criterionCodes } from "~surveys/framework";

/** What people said, a few quotes under each criterion, with a way to read them all. */
export function Quotes({
  inspectionId,
  audience,
  quotes,
  titles,
}: {
  inspectionId: string;
  audience: string;
  quotes: Record<string, CriterionQuotes>;
  titles: Record<string, string>;
}) {
  const { t } = useTranslation("inspector");
  const codes = Object.keys(quotes).sort(
    (a, b) => criterionCodes.indexOf(a as never) - criterionCodes.indexOf(b as never),
  );
  if (codes.length === 0) return null;
  return (
    <>
      <h3>{t("summary.quotes.title")}</h3>
      {codes.map((code) => (
        <div className="quotes" key={code}>
          <h4>
            <span className="criterion-code">{code}</span>{" "}
            {titles[code] ?? criterion(code as never).title}
          </h4>
          <ul className="comment-list">
            {quotes[code]!.quotes.map((quote) => (
              <li key={quote.id} className="comment">
                <blockquote className="comment__text" dir="auto">
                  {quote.text}
                </blockquote>
              </li>
            ))}
          </ul>
          <p>
            <a
              href={`/inspections/${inspectionId}/comments?criterion=${code}&audience=${audience}`}
            >
              {t("summary.quotes.all", {
                count: quotes[code]!.total,
                code,
                audience: t(`audience.${audience}`),
              })}
            </a>
          </p>
        </div>
      ))}
    </>
  );
}

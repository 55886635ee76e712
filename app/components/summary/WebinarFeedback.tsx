import { useTranslation } from "react-i18next";
import type { ShownCell, ShownRow } from "~/summary/suppression";
import type { WebinarFeedbackSummary } from "~/summary/webinar-feedback.server";
import { heardOptions, usefulOptions } from "~/webinars/feedback-options";

/** One question's answers: each answer with its figure, hidden as survey figures are. */
function AnswerTable({
  question,
  caption,
  options,
  row,
  figure,
}: {
  question: "useful" | "heard";
  caption: string;
  options: readonly string[];
  row: ShownRow;
  figure: (cell: ShownCell) => string;
}) {
  const { t } = useTranslation("inspector");
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("summary.webinarFeedback.answer")}</th>
          <th scope="col">{t("summary.webinarFeedback.people")}</th>
        </tr>
      </thead>
      <tbody>
        {options.map((option, i) => (
          <tr key={option}>
            <th scope="row">{t(`summary.webinarFeedback.${question}Options.${option}`)}</th>
            <td>{figure(row.cells[i]!)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Feedback from the webinars' follow-up forms beside the survey results (#22): the same
 * suppression, and its words quoted only when the number who gave feedback is shown.
 */
export function WebinarFeedback({
  feedback,
  figure,
  count,
  few,
}: {
  feedback: WebinarFeedbackSummary;
  figure: (cell: ShownCell) => string;
  count: (cell: ShownCell) => string;
  few: string;
}) {
  const { t } = useTranslation("inspector");
  const { responses, quotes } = feedback;
  return (
    <section aria-labelledby="summary-webinar-feedback">
      <h2 id="summary-webinar-feedback">
        {t("summary.webinarFeedback.title")}:{" "}
        {responses.suppressed
          ? count(responses)
          : `${responses.count} ${t("inspections.responses").toLowerCase()}`}
      </h2>
      <p className="hint">{t("summary.webinarFeedback.intro")}</p>
      {responses.suppressed ? (
        <p>{t("summary.webinarFeedback.withheld", { few })}</p>
      ) : responses.count === 0 ? (
        <p>{t("summary.webinarFeedback.none")}</p>
      ) : (
        <>
          <AnswerTable
            question="useful"
            caption={t("summary.webinarFeedback.useful")}
            options={usefulOptions}
            row={feedback.useful}
            figure={figure}
          />
          <AnswerTable
            question="heard"
            caption={t("summary.webinarFeedback.heard")}
            options={heardOptions}
            row={feedback.heard}
            figure={figure}
          />
          {quotes.total > 0 ? (
            <>
              <h3>{t("summary.webinarFeedback.quotes")}</h3>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t("summary.webinarFeedback.wrote")}</dt>
                  <dd className="summary-list__value">{quotes.total}</dd>
                </div>
              </dl>
              <ul className="comment-list">
                {quotes.quotes.map((quote, i) => (
                  <li key={i} className="comment">
                    <blockquote className="comment__text" dir="auto">
                      {quote}
                    </blockquote>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

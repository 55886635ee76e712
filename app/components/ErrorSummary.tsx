import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface FieldProblem {
  /** The id of the control to fix; the summary links to it. */
  fieldId: string;
  message: string;
}

/**
 * The problems of a form, in the order of its fields: each field's message (from an action's
 * `errors`, by field name) with the id of its control (`fieldIds`, by field name).
 */
export function fieldProblems(
  errors: Partial<Record<string, string>>,
  fieldIds: Record<string, string>,
): FieldProblem[] {
  return Object.entries(fieldIds).flatMap(([field, fieldId]) =>
    errors[field] ? [{ fieldId, message: errors[field]! }] : [],
  );
}

/**
 * GOV.UK error summary: at the top of main, takes focus when it appears, and links to each
 * control. Without JavaScript it is announced as an alert region on load.
 */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation("common");
  const ref = useRef<HTMLDivElement>(null);
  const messages = problems.map((p) => p.message).join("\n");
  useEffect(() => {
    if (messages) ref.current?.focus();
  }, [messages]);
  if (!problems.length) return null;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 className="error-summary__title" id="error-summary-title">
        {t("error.summaryTitle")}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                const target = document.getElementById(problem.fieldId);
                const control = target?.matches("input,textarea,select")
                  ? target
                  : target?.querySelector<HTMLElement>("input,textarea,select");
                if (control) {
                  event.preventDefault();
                  control.focus();
                  target?.scrollIntoView({ block: "center" });
                }
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

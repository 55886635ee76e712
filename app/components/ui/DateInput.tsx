import { useTranslation } from "react-i18next";
import { FieldErrorText, describedBy } from "./Field";
import { TextField } from "./TextField";

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * The GOV.UK date pattern: day, month and year as three short fields in a fieldset. Fields
 * are named `<name>Day`, `<name>Month`, `<name>Year`; the day field's id (`<id>-day`) is the
 * one an error summary links to.
 */
export function DateInput({
  id,
  name,
  legend,
  hint,
  error,
  defaultValue,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  defaultValue?: DateParts;
}) {
  const { t } = useTranslation("inspector");
  return (
    <fieldset
      className={`field date-input${error ? " field--invalid" : ""}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="label">{legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? <FieldErrorText id={`${id}-error`}>{error}</FieldErrorText> : null}
      <div className="date-input__fields">
        {(["day", "month", "year"] as const).map((part) => (
          <TextField
            key={part}
            id={`${id}-${part}`}
            name={`${name}${part[0]!.toUpperCase()}${part.slice(1)}`}
            label={t(`create.${part}`)}
            inputMode="numeric"
            width="short"
            defaultValue={defaultValue?.[part]}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** A `YYYY-MM-DD` date as the three fields show it. */
export function toDateParts(day: string): DateParts {
  const [year, month, date] = day.split("-");
  return { day: String(Number(date)), month: String(Number(month)), year: year ?? "" };
}

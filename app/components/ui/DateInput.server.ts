/*
 * What a DateInput (and the time fields beside it) sends, read and checked: the three fields
 * as typed, then a real date (`YYYY-MM-DD`) or a real time of day (`HH:MM`). Messages are
 * translation keys of the form that uses them.
 */
import { z } from "zod";
import { textField } from "~/platform/form-fields";
import type { DateParts } from "./DateInput";

/** Reads a DateInput's three fields from a posted form. */
export function readDateParts(form: FormData, name: string): DateParts {
  const part = (suffix: string) => textField(form, `${name}${suffix}`, 10);
  return { day: part("Day"), month: part("Month"), year: part("Year") };
}

/**
 * Day, month and year as typed into the GOV.UK date pattern, checked as a real date: "31 2",
 * "29 2 2027", "0 1 2027", a two-digit year and words are refused. Gives `YYYY-MM-DD`.
 */
export const realDate = z
  .object({ day: z.string(), month: z.string(), year: z.string() })
  .transform(({ day, month, year }, ctx) => {
    const [d, m, y] = [day, month, year].map((v) => Number(v.trim()));
    const date = new Date(Date.UTC(2000, m! - 1, d!));
    date.setUTCFullYear(y!);
    if (
      !/^\d{1,2}$/.test(day.trim()) ||
      !/^\d{1,2}$/.test(month.trim()) ||
      !/^\d{4}$/.test(year.trim()) ||
      date.getUTCDate() !== d ||
      date.getUTCMonth() !== m! - 1
    ) {
      ctx.addIssue({ code: "custom", message: "notifiedInvalid" });
      return z.NEVER;
    }
    return date.toISOString().slice(0, 10);
  });

/** A 24-hour time as typed ("9:30", "09.30"), checked as a real time of day; gives "09:30". */
export const timeOfDay = (message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const match = /^(\d{1,2})[:.](\d{2})$/.exec(value);
      const [hours, minutes] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
      if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
    });

import { addDays, londonDay } from "~/platform/time";

// Tests take their dates from the clock they run under, never from calendar days that will
// pass: CI runs the whole suite a second time with the clock a year ahead to prove it.

/** Today in London (`YYYY-MM-DD`), by the clock the test runs under. */
export const today = (now: Date = new Date()) => londonDay(now);

/** The London day `days` after today (before it when negative). */
export const daysFromToday = (days: number, now: Date = new Date()) =>
  addDays(londonDay(now), days);

/** A `YYYY-MM-DD` day as the date pattern's three posted fields: `<name>Day`, `Month`, `Year`. */
export function dateFields(name: string, day: string): Record<string, string> {
  const [year, month, date] = day.split("-");
  return {
    [`${name}Day`]: String(Number(date)),
    [`${name}Month`]: String(Number(month)),
    [`${name}Year`]: year!,
  };
}

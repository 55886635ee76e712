/** Dates in the framework's timeline are in England: Europe/London. */
export const inspectionTimeZone = "Europe/London";

/** Offset of Europe/London from UTC at an instant, in minutes (0 or 60). */
function londonOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: inspectionTimeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant of a wall-clock time in London on a given day (`YYYY-MM-DD`, `HH:MM`). */
export function londonDateTime(day: string, time: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const guess = new Date(Date.UTC(y, m - 1, d, hh, mm));
  const offset = londonOffsetMinutes(new Date(guess.getTime() - 60 * 60_000));
  return new Date(guess.getTime() - offset * 60_000);
}

// Made once: building a formatter costs far more than formatting with it.
const londonDayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: inspectionTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

// London's date changes only on a whole minute (its offsets from UTC are whole hours), so
// one formatting serves every instant in the same minute; most calls ask about "now".
let lastMinute = NaN;
let lastDay = "";

/** Today's date in London as `YYYY-MM-DD`. */
export function londonDay(instant: Date = new Date()): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = londonDayFormat.format(instant);
    lastMinute = minute;
  }
  return lastDay;
}

const londonTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: inspectionTimeZone,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The time of day in London as `HH:MM` (24-hour), as a time field shows it. */
export function londonTimeOfDay(instant: Date): string {
  return londonTimeFormat.format(instant);
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The same day `months` calendar months later (`YYYY-MM-DD`); a day the month lacks becomes
 * its last (31 January and one month: 28 or 29 February).
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}

/** Adds working days (Monday to Friday); bank holidays are left to the inspector to edit. */
export function addWorkingDays(day: string, days: number): string {
  let current = day;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    const weekday = new Date(`${current}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return current;
}

import { inspectionTimeZone, londonDay } from "~/platform/time";
import { isLanguageCode, languageNames } from "./languages";

const locales: Record<string, string> = {
  en: "en-GB",
  ur: "ur-PK",
  ar: "ar",
  pl: "pl-PL",
  bn: "bn-BD",
  ro: "ro-RO",
};

/** "Tuesday 1 December 2026 at 9:00am", in the page's language and London time. */
export function formatDateTime(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: inspectionTimeZone,
  }).format(typeof iso === "string" ? new Date(iso) : iso);
}

/**
 * When something ends, said after its start ("… at 6:00pm to 7:30pm"): only the time when it
 * ends on the day it starts in London, so a webinar's date is not said twice; else in full.
 */
export function formatEnd(start: string | Date, end: string | Date, language: string): string {
  const [from, to] = [start, end].map((d) => (typeof d === "string" ? new Date(d) : d)) as [
    Date,
    Date,
  ];
  if (londonDay(from) !== londonDay(to)) return formatDateTime(to, language);
  return new Intl.DateTimeFormat(locales[language] ?? "en-GB", {
    hour: "numeric",
    minute: "2-digit",
    timeZone: inspectionTimeZone,
  }).format(to);
}

/** "Monday 30 November 2026" for a `YYYY-MM-DD` day, in the page's language. */
export function formatDate(day: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * A language's name in the page's language ("Urdu" on an English page), from its code: our own
 * names for the six (app/i18n/languages.ts), the platform's for any other, never the code
 * where a name can be had.
 */
export function languageName(code: string, language: string): string {
  const own =
    isLanguageCode(language) && isLanguageCode(code) ? languageNames[language][code] : undefined;
  if (own) return own;
  try {
    return (
      new Intl.DisplayNames([locales[language] ?? "en-GB"], { type: "language" }).of(code) ?? code
    );
  } catch {
    return code;
  }
}

/** A count written as the page's language writes numbers ("1,204" in English). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locales[language] ?? "en-GB").format(value);
}

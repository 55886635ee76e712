import { inspectionTimeZone } from "../platform/time";

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

/** A language's name in the page's language ("Urdu" on an English page), from its code. */
export function languageName(code: string, language: string): string {
  try {
    return (
      new Intl.DisplayNames([locales[language] ?? "en-GB"], { type: "language" }).of(code) ?? code
    );
  } catch {
    return code;
  }
}

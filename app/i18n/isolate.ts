import type { InterpolationOptions } from "i18next";
import { isLanguageCode, languageDirection } from "./languages";

/*
 * On a right-to-left page, a value put into a sentence (an area's name, a person's name, an
 * email address, a webinar's title) is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, so a Latin name cannot pull the Urdu or Arabic words around it out of order
 * ("Oakwood Academy." would otherwise carry its full stop to the wrong end). Done here, once,
 * for every translation, rather than in each string.
 */
export const firstStrongIsolate = "\u2068";
export const popDirectionalIsolate = "\u2069";

/** Placeholders that hold only numbers or dates and times the page formats in its own language. */
export const numericPlaceholders: ReadonlySet<string> = new Set([
  "capacity",
  "closes",
  "count",
  "date",
  "ends",
  "length",
  "limit",
  "max",
  "mb",
  "min",
  "minutes",
  "n",
  "number",
  "opens",
  "places",
  "position",
  "seconds",
  "taken",
  "threshold",
  "time",
  "total",
  "week2",
  "week3",
  "when",
]);

/**
 * Web links in plain-text emails: a mail program would take the closing isolate into the link.
 * Each stands at the end of its sentence instead (a test checks it), where it cannot move.
 */
export const emailLinkPlaceholders: ReadonlySet<string> = new Set(["joinUrl", "link"]);

export function isolatesPlaceholder(name: string): boolean {
  return !numericPlaceholders.has(name) && !emailLinkPlaceholders.has(name);
}

export function isolateValue(value: unknown, name: string | undefined, language: string): unknown {
  if (typeof value !== "string" || value === "" || name === undefined) return value;
  if (!isLanguageCode(language) || languageDirection(language) !== "rtl") return value;
  return isolatesPlaceholder(name)
    ? `${firstStrongIsolate}${value}${popDirectionalIsolate}`
    : value;
}

/** i18next's interpolation settings, the same on the server and in the browser (hydration). */
export const interpolation: InterpolationOptions = {
  // React escapes what it renders; emails are plain text.
  escapeValue: false,
  alwaysFormat: true,
  // Other values pass through as they came (i18next turns numbers into text, and handles a
  // missing value itself), hence the cast.
  format: (value, _format, language, options) =>
    isolateValue(value, options?.interpolationkey as string | undefined, language ?? "") as string,
};

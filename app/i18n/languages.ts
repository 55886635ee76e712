export interface Language {
  code: string;
  /** The language's name in itself, as a speaker would look for it. */
  name: string;
  dir: "ltr" | "rtl";
}

export const languages = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "ur", name: "اردو", dir: "rtl" },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]["code"];
export const defaultLanguage: LanguageCode = "en";
export const languageCodes = languages.map((l) => l.code) as LanguageCode[];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && (languageCodes as string[]).includes(value);
}

export function languageDirection(code: LanguageCode): "ltr" | "rtl" {
  return languages.find((l) => l.code === code)?.dir ?? "ltr";
}

export const languageCookieName = "lng";

export interface Language {
  code: string;
  /** The language's name in itself, as a speaker would look for it. */
  name: string;
  dir: "ltr" | "rtl";
}

/*
 * English and five community languages, the set issue #6 proposes: all five are among the ten
 * most common main languages other than English in the 2021 Census of England and Wales, and
 * two are right to left. Panjabi and Portuguese are as common and would come next. Every
 * translation is a draft until a native speaker signs it off (see the README, "Translations").
 */
export const languages = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "pl", name: "Polski", dir: "ltr" },
  { code: "ro", name: "Română", dir: "ltr" },
  { code: "ur", name: "اردو", dir: "rtl" },
  { code: "bn", name: "বাংলা", dir: "ltr" },
  { code: "ar", name: "العربية", dir: "rtl" },
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

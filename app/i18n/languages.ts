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

/**
 * Each language's name in each of the six, for inspectors reading which language people
 * answered in ("Urdu" on an English page, "urdu" on a Polish one), the same on the server and in
 * every browser (Intl.DisplayNames differs between ICU versions, and says "Bangla" where people
 * in England say "Bengali"). Written with the translations: drafts until a native speaker checks.
 */
export const languageNames: Record<LanguageCode, Record<LanguageCode, string>> = {
  en: {
    en: "English",
    pl: "Polish",
    ro: "Romanian",
    ur: "Urdu",
    bn: "Bengali",
    ar: "Arabic",
  },
  pl: {
    en: "angielski",
    pl: "polski",
    ro: "rumuński",
    ur: "urdu",
    bn: "bengalski",
    ar: "arabski",
  },
  ro: {
    en: "engleză",
    pl: "poloneză",
    ro: "română",
    ur: "urdu",
    bn: "bengaleză",
    ar: "arabă",
  },
  ur: {
    en: "انگریزی",
    pl: "پولش",
    ro: "رومانوی",
    ur: "اردو",
    bn: "بنگالی",
    ar: "عربی",
  },
  bn: {
    en: "ইংরেজি",
    pl: "পোলিশ",
    ro: "রোমানীয়",
    ur: "উর্দু",
    bn: "বাংলা",
    ar: "আরবি",
  },
  ar: {
    en: "الإنجليزية",
    pl: "البولندية",
    ro: "الرومانية",
    ur: "الأردية",
    bn: "البنغالية",
    ar: "العربية",
  },
};
export const defaultLanguage: LanguageCode = "en";
export const languageCodes = languages.map((l) => l.code) as LanguageCode[];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && (languageCodes as string[]).includes(value);
}

export function languageDirection(code: LanguageCode): "ltr" | "rtl" {
  return languages.find((l) => l.code === code)?.dir ?? "ltr";
}

export const languageCookieName = "lng";

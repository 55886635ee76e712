import { createInstance } from "i18next";
import type { i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { resources, namespaces } from "../../locales";
import type { LanguageCode } from "./languages";
import { defaultLanguage } from "./languages";

/** A fresh i18next instance for one request, with every namespace loaded. */
export async function createServerI18n(lng: LanguageCode): Promise<I18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: Object.keys(resources),
    ns: namespaces,
    defaultNS: "common",
    resources,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

/** A translate function for loaders and actions (page titles, error messages). */
export async function getFixedT(lng: LanguageCode, ns: string = "common") {
  return (await createServerI18n(lng)).getFixedT(lng, ns);
}

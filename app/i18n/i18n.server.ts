import { createInstance } from "i18next";
import type { i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { resources, namespaces } from "~locales";
import type { LanguageCode } from "./languages";
import { defaultLanguage } from "./languages";
import { detectLanguage } from "./detect.server";
import { interpolation } from "./isolate";
import type { Register } from "./register";
import { withRegister } from "./register";

const instances = new Map<LanguageCode, Promise<I18n>>();

/**
 * The i18next instance for one language, with every namespace loaded. Made once a language
 * and shared by all requests: nothing on the server changes an instance's language or
 * resources, and making a fresh one (three a page) cost more CPU than rendering the form.
 */
export function createServerI18n(lng: LanguageCode): Promise<I18n> {
  let instance = instances.get(lng);
  if (!instance) {
    instance = initI18n(lng);
    instances.set(lng, instance);
  }
  return instance;
}

async function initI18n(lng: LanguageCode): Promise<I18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: Object.keys(resources),
    ns: namespaces,
    defaultNS: "common",
    resources,
    interpolation,
    react: { useSuspense: false },
  });
  return instance;
}

/**
 * A translate function for loaders and actions (page titles, error messages); with a register,
 * it finds that register's variants first (app/i18n/register.tsx).
 */
export async function getFixedT(lng: LanguageCode, ns: string = "common", register?: Register) {
  return withRegister(await createServerI18n(lng), register).getFixedT(lng, ns);
}

/**
 * The one way a loader or action learns its page's language (#17): the language the request
 * asks for (detectLanguage) and `t` in the page's namespace. Signed-in pages get it through
 * inspectorContext or inspectionContext, survey pages through loadSurvey; public pages call it.
 */
export async function pageLanguage(request: Request, ns: string = "common", register?: Register) {
  const language = detectLanguage(request);
  return { language, t: await getFixedT(language, ns, register) };
}

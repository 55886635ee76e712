/*
 * Every shipped language and namespace. To add a language: add its folder with the same
 * JSON files as `en/`, import them here, and add it to `app/i18n/languages.ts`.
 */
import enCommon from "./en/common.json";
import urCommon from "./ur/common.json";

export const resources = {
  en: { common: enCommon },
  ur: { common: urCommon },
} as const;

export type Namespace = keyof (typeof resources)["en"];
export const namespaces = Object.keys(resources.en) as Namespace[];

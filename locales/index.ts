/*
 * Every shipped language and namespace. To add a language: add its folder with the same
 * JSON files as `en/`, import them here, and add it to `app/i18n/languages.ts`.
 */
import enCommon from "./en/common.json";
import enInspector from "./en/inspector.json";
import enSurvey from "./en/survey.json";
import enSurveyCommon from "./en/survey-common.json";
import enSurveyChild from "./en/survey-child.json";
import enSurveyParent from "./en/survey-parent.json";
import enSurveyPractitioner from "./en/survey-practitioner.json";
import enWebinars from "./en/webinars.json";
import urCommon from "./ur/common.json";
import urInspector from "./ur/inspector.json";
import urSurvey from "./ur/survey.json";
import urSurveyCommon from "./ur/survey-common.json";
import urSurveyChild from "./ur/survey-child.json";
import urSurveyParent from "./ur/survey-parent.json";
import urSurveyPractitioner from "./ur/survey-practitioner.json";
import urWebinars from "./ur/webinars.json";

export const resources = {
  en: {
    common: enCommon,
    survey: enSurvey,
    "survey-common": enSurveyCommon,
    "survey-child": enSurveyChild,
    "survey-parent": enSurveyParent,
    "survey-practitioner": enSurveyPractitioner,
    inspector: enInspector,
    webinars: enWebinars,
  },
  ur: {
    common: urCommon,
    survey: urSurvey,
    "survey-common": urSurveyCommon,
    "survey-child": urSurveyChild,
    "survey-parent": urSurveyParent,
    "survey-practitioner": urSurveyPractitioner,
    inspector: urInspector,
    webinars: urWebinars,
  },
} as const;

export type Namespace = keyof (typeof resources)["en"];
export const namespaces = Object.keys(resources.en) as Namespace[];

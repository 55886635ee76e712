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
import plCommon from "./pl/common.json";
import plInspector from "./pl/inspector.json";
import plSurvey from "./pl/survey.json";
import plSurveyCommon from "./pl/survey-common.json";
import plSurveyChild from "./pl/survey-child.json";
import plSurveyParent from "./pl/survey-parent.json";
import plSurveyPractitioner from "./pl/survey-practitioner.json";
import plWebinars from "./pl/webinars.json";
import roCommon from "./ro/common.json";
import roInspector from "./ro/inspector.json";
import roSurvey from "./ro/survey.json";
import roSurveyCommon from "./ro/survey-common.json";
import roSurveyChild from "./ro/survey-child.json";
import roSurveyParent from "./ro/survey-parent.json";
import roSurveyPractitioner from "./ro/survey-practitioner.json";
import roWebinars from "./ro/webinars.json";
import urCommon from "./ur/common.json";
import urInspector from "./ur/inspector.json";
import urSurvey from "./ur/survey.json";
import urSurveyCommon from "./ur/survey-common.json";
import urSurveyChild from "./ur/survey-child.json";
import urSurveyParent from "./ur/survey-parent.json";
import urSurveyPractitioner from "./ur/survey-practitioner.json";
import urWebinars from "./ur/webinars.json";
import bnCommon from "./bn/common.json";
import bnInspector from "./bn/inspector.json";
import bnSurvey from "./bn/survey.json";
import bnSurveyCommon from "./bn/survey-common.json";
import bnSurveyChild from "./bn/survey-child.json";
import bnSurveyParent from "./bn/survey-parent.json";
import bnSurveyPractitioner from "./bn/survey-practitioner.json";
import bnWebinars from "./bn/webinars.json";
import arCommon from "./ar/common.json";
import arInspector from "./ar/inspector.json";
import arSurvey from "./ar/survey.json";
import arSurveyCommon from "./ar/survey-common.json";
import arSurveyChild from "./ar/survey-child.json";
import arSurveyParent from "./ar/survey-parent.json";
import arSurveyPractitioner from "./ar/survey-practitioner.json";
import arWebinars from "./ar/webinars.json";

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
  pl: {
    common: plCommon,
    survey: plSurvey,
    "survey-common": plSurveyCommon,
    "survey-child": plSurveyChild,
    "survey-parent": plSurveyParent,
    "survey-practitioner": plSurveyPractitioner,
    inspector: plInspector,
    webinars: plWebinars,
  },
  ro: {
    common: roCommon,
    survey: roSurvey,
    "survey-common": roSurveyCommon,
    "survey-child": roSurveyChild,
    "survey-parent": roSurveyParent,
    "survey-practitioner": roSurveyPractitioner,
    inspector: roInspector,
    webinars: roWebinars,
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
  bn: {
    common: bnCommon,
    survey: bnSurvey,
    "survey-common": bnSurveyCommon,
    "survey-child": bnSurveyChild,
    "survey-parent": bnSurveyParent,
    "survey-practitioner": bnSurveyPractitioner,
    inspector: bnInspector,
    webinars: bnWebinars,
  },
  ar: {
    common: arCommon,
    survey: arSurvey,
    "survey-common": arSurveyCommon,
    "survey-child": arSurveyChild,
    "survey-parent": arSurveyParent,
    "survey-practitioner": arSurveyPractitioner,
    inspector: arInspector,
    webinars: arWebinars,
  },
} as const;

export type Namespace = keyof (typeof resources)["en"];
export const namespaces = Object.keys(resources.en) as Namespace[];

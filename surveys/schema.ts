import { z } from "zod";
import { criterionCodes } from "./framework";

/*
 * A survey definition is data: a discriminated union of question kinds, validated by this
 * schema at start-up and in a test. Text lives in locales/; definitions hold only keys.
 */

import { audiences, polarities, versions } from "./lists";

export { audiences, polarities, versions } from "./lists";
export type { Polarity, SurveyVersion } from "./lists";

/** Pictures in surveys/pictures/<id>.svg. */
export const pictureId = z.string().regex(/^[a-z0-9-]+$/);

const criterionList = z.array(z.enum(criterionCodes)).min(1);

export const optionSchema = z.object({
  value: z.string().regex(/^[a-z0-9_]+$/),
  /** Locale key in the survey's namespace. */
  text: z.string().min(1),
  polarity: z.enum(polarities),
  picture: pictureId.optional(),
});
export type Option = z.infer<typeof optionSchema>;

const base = {
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** Locale key of the question, shown as the page heading. */
  text: z.string().min(1),
  /** Locale key of a hint under the question. */
  help: z.string().min(1).optional(),
  picture: pictureId.optional(),
  /** Criteria this question informs; "about you" questions inform none. */
  criteria: z.array(z.enum(criterionCodes)),
  /** Sub-points (`I1.b`) this question speaks to, for the summary's second level. */
  subPoints: z.array(z.string().regex(/^(I[1-5]|L[1-6]|AP)\.[a-f]$/)).default([]),
  optional: z.literal(true).default(true),
  /** `about` questions describe the person (coarse, for breakdowns only). */
  section: z.enum(["main", "about"]).default("main"),
};

/** Agreement scale. Easy-read shows faces (happy / OK / sad); standard shows five points. */
export const scaleQuestion = z.object({
  ...base,
  kind: z.literal("scale"),
  scale: z.enum(["faces", "agree5"]),
  criteria: criterionList,
  /** An answer for people the statement is not about ("I do not have a plan"), before "don't know". */
  notApplicable: optionSchema.extend({ polarity: z.literal("not_applicable") }).optional(),
});

export const singleQuestion = z.object({
  ...base,
  kind: z.literal("single"),
  options: z.array(optionSchema).min(2),
});

export const multipleQuestion = z.object({
  ...base,
  kind: z.literal("multiple"),
  options: z.array(optionSchema).min(2),
});

export const ownWordsQuestion = z.object({
  ...base,
  kind: z.literal("text"),
  maxLength: z.number().int().max(5000).default(5000),
  criteria: criterionList,
  /**
   * How a comment here is coded (#19): "question" suggests the question's criteria for every
   * answer; "words" (an open question such as "What could be better?") suggests only what
   * the comment's own words speak to, the criteria saying what the question may inform.
   */
  coding: z.enum(["question", "words"]).default("question"),
});

export const questionSchema = z.discriminatedUnion("kind", [
  scaleQuestion,
  singleQuestion,
  multipleQuestion,
  ownWordsQuestion,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question["kind"];

export const surveyDefinitionSchema = z.object({
  audience: z.enum(audiences),
  version: z.enum(versions),
  /** i18next namespace holding this survey's text, e.g. `survey-child`. */
  namespace: z.string().regex(/^survey-(child|parent|practitioner)$/),
  /** Locale key prefix for this version's texts, e.g. `easy` or `standard`. */
  title: z.string().min(1),
  minutes: z.number().int().min(1).max(30),
  questions: z.array(questionSchema).min(1),
});
export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;

// The options and scales need no zod, so pages can use them without shipping zod to browsers.
export { agreeScale, facesScale, questionOptions } from "./options";

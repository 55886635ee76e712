/*
 * The lists every layer shares, defined once (#17): the surveys' content, the database's
 * columns (db/schema.ts) and the app (app/inspections/audiences.ts) all take them from here.
 * Plain values only, so the schema can import them without the surveys' validation.
 */

/** Who a survey is for. */
export const audiences = ["child", "parent", "practitioner"] as const;
export type Audience = (typeof audiences)[number];

/** Each survey's two versions: easy read and standard. */
export const versions = ["easy", "standard"] as const;
export type SurveyVersion = (typeof versions)[number];

/**
 * What an answer says. `not_applicable` says the question is not about the person ("I do not
 * have a plan"): it is stored, but counts under no criterion, so it is neither negative nor
 * "don't know".
 */
export const polarities = [
  "positive",
  "neutral",
  "negative",
  "dont_know",
  "not_applicable",
] as const;
export type Polarity = (typeof polarities)[number];

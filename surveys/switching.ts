import { getSurvey } from "./index";
import type { Audience } from "./index";
import { questionOptions } from "./options";
import type { Question, SurveyVersion } from "./schema";

/*
 * Changing version part way through a survey (#20). An answer given in one version is kept in
 * the other where the question means the same there: the same id and kind, and the same
 * options with the same polarities (own words always do). Decided from the definitions, so a
 * question whose options change in one version is asked again without anyone listing it.
 */

/** The options of a question as a set of `value:polarity`, order aside. */
const optionSet = (question: Question) =>
  questionOptions(question)
    .map((option) => `${option.value}:${option.polarity}`)
    .sort()
    .join(" ");

/** Whether an answer to `questionId` given in `from` means the same in `to`. */
export function meansTheSame(
  audience: Audience,
  questionId: string,
  from: SurveyVersion,
  to: SurveyVersion,
): boolean {
  if (from === to) return true;
  const given = getSurvey(audience, from).questions.find((q) => q.id === questionId);
  const asked = getSurvey(audience, to).questions.find((q) => q.id === questionId);
  if (!given || !asked || given.kind !== asked.kind) return false;
  if (given.kind === "text") return true;
  return optionSet(given) === optionSet(asked);
}

export const otherVersion = (version: SurveyVersion): SurveyVersion =>
  version === "easy" ? "standard" : "easy";

/**
 * Where someone who changes version at a question carries on: the same question, or else the
 * next one (in the order they were answering) that the other version asks; undefined after
 * the last, which is the check page.
 */
export function switchLanding(
  audience: Audience,
  questionId: string,
  from: SurveyVersion,
  to: SurveyVersion,
): string | undefined {
  const asked = new Set(getSurvey(audience, to).questions.map((q) => q.id));
  const order = getSurvey(audience, from).questions.map((q) => q.id);
  const start = Math.max(order.indexOf(questionId), 0);
  return order.slice(start).find((id) => asked.has(id));
}

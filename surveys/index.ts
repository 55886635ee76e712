import { childEasy } from "./definitions/child-easy";
import { childStandard } from "./definitions/child-standard";
import { parentEasy } from "./definitions/parent-easy";
import { parentStandard } from "./definitions/parent-standard";
import { practitionerEasy } from "./definitions/practitioner-easy";
import { practitionerStandard } from "./definitions/practitioner-standard";
import { surveyDefinitionSchema } from "./schema";
import type { Question, SurveyDefinition, SurveyVersion } from "./schema";

export type Audience = SurveyDefinition["audience"];

/** Every definition, parsed (and so checked) when the server starts. */
export const surveyDefinitions: readonly SurveyDefinition[] = [
  childEasy,
  childStandard,
  parentEasy,
  parentStandard,
  practitionerEasy,
  practitionerStandard,
].map((definition) => surveyDefinitionSchema.parse(definition));

export function getSurvey(audience: Audience, version: SurveyVersion): SurveyDefinition {
  const found = surveyDefinitions.find((d) => d.audience === audience && d.version === version);
  if (!found) throw new Error(`No ${version} survey for ${audience}`);
  return found;
}

export type AnswerScale = Extract<Question, { kind: "scale" }>["scale"];

const scales = new Map<string, AnswerScale>(
  surveyDefinitions.flatMap((d) =>
    d.questions.flatMap((q): [string, AnswerScale][] =>
      q.kind === "scale" ? [[`${d.audience}/${d.version}/${q.id}`, q.scale]] : [],
    ),
  ),
);

/**
 * The scale a stored answer was given on (easy read's faces, standard's five-point
 * agreement), or undefined when its question has options of its own.
 */
export function answerScale(
  audience: string,
  version: string,
  questionId: string,
): AnswerScale | undefined {
  return scales.get(`${audience}/${version}/${questionId}`);
}

export function findQuestion(survey: SurveyDefinition, questionId: string): Question | undefined {
  return survey.questions.find((q) => q.id === questionId);
}

/** Namespaces a survey page needs: the journey's words, shared scales, the audience's text. */
export function surveyNamespaces(audience: Audience): string[] {
  return ["survey", "survey-common", `survey-${audience}`];
}

/** The version people see first: easy read for children and young people. */
export function defaultVersion(audience: Audience): SurveyVersion {
  return audience === "child" ? "easy" : "standard";
}

export type { Question, SurveyDefinition, SurveyVersion };
export { agreeScale, facesScale, questionOptions } from "./schema";

import { getSurvey } from "~surveys";
import type { Audience } from "~surveys";
import { isValidDraftAnswer } from "~surveys/answers";
import type { DraftAnswer } from "~surveys/answers";
import { questionOptions } from "~surveys/options";
import type { Question, SurveyDefinition, SurveyVersion } from "~surveys/schema";
import { meansTheSame, otherVersion } from "~surveys/switching";
import { surveyTextKey } from "~surveys/text-key";

/*
 * A draft's answers as the version it is shown in sees them (#20): an answer given in the
 * other version is kept where its question means the same here, and otherwise the question is
 * asked again, showing what was answered before (it is still sent if not answered again).
 */

/** What was answered before, in the other version, to a question asked again. */
export interface AskedAgain {
  version: SurveyVersion;
  /** Locale keys of the answer's words, as that version put them. */
  answerKeys: string[];
}

/** Locale keys of an answer's options, as the version that asked it words them. */
export function answerKeys(definition: SurveyDefinition, question: Question, answer: DraftAnswer) {
  if ("skipped" in answer || "text" in answer) return [];
  const values = "value" in answer ? [answer.value] : answer.values;
  const options = questionOptions(question);
  return values.map((value) =>
    surveyTextKey(definition, options.find((o) => o.value === value)!.text),
  );
}

/** The answer a question page shows, or what was answered before when it is asked again. */
export function keptAnswer(
  audience: Audience,
  definition: SurveyDefinition,
  question: Question,
  answer: DraftAnswer | undefined,
): { answer?: DraftAnswer; askedAgain?: AskedAgain } {
  const given = answer?.version ?? definition.version;
  if (!answer || given === definition.version) return { answer };
  if (meansTheSame(audience, question.id, given, definition.version)) return { answer };
  const asked = getSurvey(audience, given);
  const before = asked.questions.find((q) => q.id === question.id);
  if (!before || !isValidDraftAnswer(before, answer) || "skipped" in answer) return {};
  return { askedAgain: { version: given, answerKeys: answerKeys(asked, before, answer) } };
}

/**
 * Answers given in the other version to questions this version does not ask: they are sent
 * too, so the check page lists them.
 */
export function answersOnlyInOtherVersion(
  audience: Audience,
  definition: SurveyDefinition,
  answers: Record<string, DraftAnswer>,
) {
  const other = getSurvey(audience, otherVersion(definition.version));
  return other.questions.flatMap((question) => {
    const answer = answers[question.id];
    if (definition.questions.some((q) => q.id === question.id)) return [];
    if (!answer || answer.version !== other.version) return [];
    if (!isValidDraftAnswer(question, answer) || "skipped" in answer) return [];
    return [
      {
        id: question.id,
        questionKey: surveyTextKey(other, question.text),
        answerKeys: answerKeys(other, question, answer),
        text: "text" in answer ? answer.text : undefined,
      },
    ];
  });
}

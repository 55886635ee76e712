import type { DraftAnswer } from "~surveys/answers";
import type { SurveyDefinition } from "~surveys/schema";
import type { OfflineSurvey } from "~/offline/protocol";
import { helplineFor } from "~/inspections/audiences";

/** Where a person goes next: the next question in order, or the check page after the last. */
export function nextStep(
  definition: SurveyDefinition,
  questionId: string,
): { questionId: string } | { check: true } {
  const index = definition.questions.findIndex((q) => q.id === questionId);
  const next = definition.questions[index + 1];
  return next ? { questionId: next.id } : { check: true };
}

/** The step before a question: the previous question, or the start page for the first. */
export function previousQuestionId(
  definition: SurveyDefinition,
  questionId: string,
): string | undefined {
  const index = definition.questions.findIndex((q) => q.id === questionId);
  return index > 0 ? definition.questions[index - 1]!.id : undefined;
}

/** Where someone who comes back should carry on: the first question not yet seen. */
export function resumePoint(
  definition: SurveyDefinition,
  answers: Record<string, DraftAnswer>,
): { questionId: string } | { check: true } {
  const unseen = definition.questions.find((q) => !(q.id in answers));
  return unseen ? { questionId: unseen.id } : { check: true };
}

export function stepHref(token: string, step: { questionId: string } | { check: true }): string {
  return "questionId" in step ? `/s/${token}/q/${step.questionId}` : `/s/${token}/check`;
}

/** What a question or check page gives the device: the pages to keep, and the draft's key. */
export function offlineSurvey(
  token: string,
  definition: SurveyDefinition,
  draft: { submissionKey: string },
): OfflineSurvey {
  return {
    token,
    submissionKey: draft.submissionKey,
    pages: [
      ...definition.questions.map((q) => stepHref(token, { questionId: q.id })),
      stepHref(token, { check: true }),
    ],
    easy: definition.version === "easy",
    helpline: helplineFor(definition.audience),
  };
}

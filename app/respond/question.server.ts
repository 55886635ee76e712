import { data, redirect } from "@remix-run/node";
import { findQuestion, getSurvey } from "~surveys";
import { otherVersion, switchLanding } from "~surveys/switching";
import { draftRecordings } from "~/recordings/recordings.server";
import { offlineSurvey, previousQuestionId, stepHref } from "./journey";
import { loadSurvey, requireDraft, requireDraftOrGiveBack, requireOpen } from "./page.server";
import { helpNowFor } from "./help-now.server";
import { keptAnswer } from "./kept-answers.server";
import { questionReadAloud } from "./read-aloud.server";

const returnsToCheck = (request: Request) =>
  new URL(request.url).searchParams.get("return") === "check";

/**
 * What a question page's loader or action starts from: the open survey, this browser's draft
 * and the question asked. An unknown question is 404.
 */
export async function loadQuestion(
  request: Request,
  params: { token?: string; questionId?: string },
  { sending = false } = {},
) {
  const context = await loadSurvey(request, params.token);
  requireOpen(context);
  // Answers sent from a page whose draft has gone (cookies cleared, a long break) are not
  // lost without a word: the person is told, and their own words are given back.
  const { draft, definition } = sending
    ? await requireDraftOrGiveBack(request, context, params.questionId)
    : await requireDraft(request, context.db, context.survey);
  const question = findQuestion(definition, params.questionId ?? "");
  if (!question) {
    // A page of the other version, from before the person changed (Back, an old tab): where
    // they would be in this one.
    const other = otherVersion(definition.version);
    const id = params.questionId ?? "";
    if (!sending && findQuestion(getSurvey(context.survey.audience, other), id)) {
      const landing = switchLanding(context.survey.audience, id, other, definition.version);
      throw redirect(
        stepHref(context.survey.token, landing ? { questionId: landing } : { check: true }),
      );
    }
    throw data(null, { status: 404 });
  }
  return { ...context, draft, definition, question };
}

/** One question page as it is shown: the question, the answer so far, where Back goes. */
export async function questionPage(
  request: Request,
  params: { token?: string; questionId?: string },
) {
  const { db, survey, draft, definition, question, t, language } = await loadQuestion(
    request,
    params,
  );
  const index = definition.questions.indexOf(question);
  const toCheck = returnsToCheck(request);
  const previous = previousQuestionId(definition, question.id);
  const backHref = toCheck
    ? stepHref(survey.token, { check: true })
    : previous
      ? stepHref(survey.token, { questionId: previous })
      : `/s/${survey.token}`;
  const firstAbout = definition.questions.findIndex((q) => q.section === "about");
  return {
    token: survey.token,
    // Only what the page needs: the whole definition would weigh down every question page.
    definition: { namespace: definition.namespace, version: definition.version },
    question,
    // An answer given in the other version shows here only where it means the same (#20).
    ...keptAnswer(survey.audience, definition, question, draft.answers[question.id]),
    switchTo: otherVersion(definition.version),
    readAloud:
      definition.version === "easy"
        ? questionReadAloud(t, language, definition, question)
        : undefined,
    hasRecording:
      question.kind === "text" && (await draftRecordings(db, draft.id)).has(question.id),
    number: index + 1,
    total: definition.questions.length,
    startsAboutYou: index === firstAbout,
    backHref,
    toCheck,
    offline: offlineSurvey(survey.token, definition, draft),
    helpNow: await helpNowFor(db, { draft, audience: survey.audience, t, language, request }),
    title: t("question.progress", { number: index + 1, total: definition.questions.length }),
  };
}

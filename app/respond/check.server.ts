import { redirect } from "@remix-run/node";
import { getSurvey } from "~surveys";
import { isValidDraftAnswer } from "~surveys/answers";
import { surveyTextKey } from "~surveys/text-key";
import { readForm } from "~/platform/forms.server";
import { countSurveyResponse } from "~/platform/metrics.server";
import { draftRecordings } from "~/recordings/recordings.server";
import { findDraft } from "~/responses/drafts.server";
import type { DraftState } from "~/responses/drafts.server";
import { isSubmitted, submitResponse } from "~/responses/submit.server";
import { afterSend, readDraftId } from "./cookies.server";
import { offlineSurvey, stepHref } from "./journey";
import { loadSurvey, requireDraft, requireOpen } from "./page.server";
import { helpNowFor } from "./help-now.server";
import { readAloudFor } from "./read-aloud.server";
import { answerKeys, answersOnlyInOtherVersion, keptAnswer } from "./kept-answers.server";

/** The check page: a row for each question, with the answer given, skipped or not yet given. */
export async function checkPage(request: Request, token: string | undefined) {
  const { db, survey, t, language } = await loadSurvey(request, token);
  requireOpen({ survey, t, language });
  const { draft, definition } = await requireDraft(request, db, survey);
  const recorded = await draftRecordings(db, draft.id);
  const rows = definition.questions.map((question) => {
    // An answer given in the other version shows where it means the same here (#20).
    const { answer, askedAgain } = keptAnswer(
      survey.audience,
      definition,
      question,
      draft.answers[question.id],
    );
    let keys: string[] = askedAgain?.answerKeys ?? [];
    let text: string | undefined;
    let state: "answered" | "skipped" | "unanswered" | "askedAgain" = askedAgain
      ? "askedAgain"
      : "unanswered";
    if (isValidDraftAnswer(question, answer)) {
      if ("skipped" in answer) state = "skipped";
      else {
        state = "answered";
        if ("text" in answer) text = answer.text;
        else keys = answerKeys(definition, question, answer);
      }
    }
    return {
      id: question.id,
      questionKey: surveyTextKey(definition, question.text),
      state,
      askedAgainIn: askedAgain?.version,
      answerKeys: keys,
      text,
      recorded: recorded.has(question.id),
      changeHref: `${stepHref(survey.token, { questionId: question.id })}?return=check`,
    };
  });
  return {
    token: survey.token,
    namespace: definition.namespace,
    easy: definition.version === "easy",
    readAloud: definition.version === "easy" ? readAloudFor(t, language, "check-easy") : undefined,
    submissionKey: draft.submissionKey,
    offline: offlineSurvey(survey.token, definition, draft),
    helpNow: await helpNowFor(db, { draft, audience: survey.audience, t, language, request }),
    backHref: stepHref(survey.token, { questionId: definition.questions.at(-1)!.id }),
    rows,
    // Given in the other version, to questions this one does not ask: sent too (#20).
    otherVersion: answersOnlyInOtherVersion(survey.audience, definition, draft.answers),
    title: t(definition.version === "easy" ? "check.titleEasy" : "check.title"),
  };
}

/**
 * The check page sent: the draft stored as a response, once, then the done page (with the
 * draft's cookie cleared), or in a school session the start page for the next child (with
 * everything of this one cleared). Returns that page's address and headers.
 */
export async function sendCheckedAnswers(
  request: Request,
  token: string | undefined,
): Promise<{ href: string; headers: Headers }> {
  const { db, survey, language, t } = await loadSurvey(request, token);
  const done = afterSend(request, survey.token);
  const key = (await readForm(request)).get("submission");
  const alreadyStored = async () =>
    typeof key === "string" && key.length <= 64 && (await isSubmitted(db, key));
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  // A repeat of a send that already worked (double click, retry, back and send) just
  // confirms: storing deleted the draft, or (a second Send racing the first) the draft's key
  // is already taken and submitting stores nothing. A page sent from an older draft's form
  // confirms that one rather than sending the draft in progress.
  if (key !== draft?.submissionKey && (await alreadyStored())) return done;
  requireOpen({ survey, t, language });
  if (!draft) throw redirect(`/s/${survey.token}`);
  await storeDraft({ db, survey, draft, language });
  return done;
}

/** A draft stored as a response, once under its submission key (a repeat stores nothing). */
export async function storeDraft({
  db,
  survey,
  draft,
  language,
}: Pick<Awaited<ReturnType<typeof loadSurvey>>, "db" | "survey" | "language"> & {
  draft: DraftState;
}) {
  const { stored } = await submitResponse(db, {
    inspectionId: survey.inspectionId,
    audience: survey.audience,
    definition: getSurvey(survey.audience, draft.version),
    draft,
    language,
  });
  if (stored) countSurveyResponse();
}

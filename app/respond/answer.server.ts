import type { TFunction } from "i18next";
import { findQuestion, getSurvey } from "~surveys";
import type { Question, SurveyDefinition } from "~surveys";
import { versions } from "~surveys/lists";
import { otherVersion, switchLanding } from "~surveys/switching";
import { parseAnswer } from "~surveys/answers";
import type { Database } from "~db/client.server";
import { checkRecording } from "~/recordings/audio-length";
import { maxRecordingSeconds, recordingClock } from "~/recordings/audio-type";
import type { AudioType } from "~/recordings/audio-type";
import { deleteDraftRecording, saveDraftRecording } from "~/recordings/recordings.server";
import { createResumeCode, saveDraftAnswer, setDraftVersion } from "~/responses/drafts.server";
import type { DraftState } from "~/responses/drafts.server";
import { choiceField } from "~/platform/form-fields";
import { resumeCodeCookie } from "./cookies.server";
import { nextStep, stepHref } from "./journey";
import type { SurveyContext } from "~/inspections/survey-links.server";

export type QuestionOutcome =
  /** `field`: the page's field the error is about (its id and name). */
  | { problem: { field: "answer" | "recording"; error: string; typedText?: string } }
  | { redirectTo: string; setCookie?: string };

/**
 * The question as the page sent asked it: a page of the other version, left open from before
 * the person changed version (#20), is read, and its answer kept, as that version asked it.
 */
function askedOnPage(
  survey: SurveyContext,
  definition: SurveyDefinition,
  question: Question,
  form: FormData,
) {
  const shownIn = choiceField(form, "version", versions);
  const other =
    shownIn && shownIn !== definition.version
      ? findQuestion(getSurvey(survey.audience, shownIn), question.id)
      : undefined;
  return other
    ? { asked: other, version: shownIn! }
    : { asked: question, version: definition.version };
}

/**
 * One question page sent: its answer (or skip) saved to the draft, redacted, with its
 * recording when there is one, then where the person goes next. A recording is checked before
 * anything is saved, so a refused file changes nothing. "Switch to easy read" (or back, #20)
 * keeps what the page had chosen, and carries on at the same question in the other version.
 */
export async function answerQuestion(input: {
  db: Database;
  survey: SurveyContext;
  draft: DraftState;
  definition: SurveyDefinition;
  question: Question;
  t: TFunction;
  form: FormData;
  /** The recording's bytes, read as they came (app/recordings/upload.server.ts). */
  recording?: Uint8Array;
  /** The page's own address, with ?return=check when it came from the check page. */
  here: URL;
}): Promise<QuestionOutcome> {
  const { db, survey, draft, definition, t, form } = input;
  const { asked: question, version } = askedOnPage(survey, definition, input.question, form);
  const ownWords = question.kind === "text";
  const intent = choiceField(form, "intent", [
    "continue",
    "skip",
    "save",
    "delete-recording",
    "switch",
  ]);
  const parsed =
    intent === "skip"
      ? ({ ok: true, answer: { skipped: true } } as const)
      : parseAnswer(question, form);
  if (!parsed.ok) {
    const error =
      parsed.problem.kind === "tooLong"
        ? `${t("question.tooLong", {
            count: parsed.problem.max,
            max: parsed.problem.max.toLocaleString("en-GB"),
          })} ${t("question.tooLongNow", {
            count: parsed.problem.count,
            length: parsed.problem.count.toLocaleString("en-GB"),
          })}`
        : t("question.invalidOption");
    return { problem: { field: "answer", error, typedText: parsed.text } };
  }
  const typedText = "text" in parsed.answer ? parsed.answer.text : undefined;
  let recording: { audio: Uint8Array; type: AudioType } | undefined;
  if (ownWords && input.recording && intent !== "skip") {
    const checked = checkRecording(input.recording);
    if ("refused" in checked) {
      const easy = definition.version === "easy";
      const error =
        checked.refused === "tooLong"
          ? // Easy read says "too long" and what to do, not minutes.
            t(easy ? "spoken.tooBigEasy" : "spoken.tooLong", {
              limit: recordingClock(maxRecordingSeconds),
            })
          : t(easy ? "spoken.notAudioEasy" : "spoken.notAudio");
      return { problem: { field: "recording", error, typedText } };
    }
    recording = { audio: input.recording, type: checked.type };
  }
  // saveDraftAnswer redacts own words before they are stored.
  const { answer } = parsed;
  if (intent === "skip" && ownWords) {
    // Skip means no answer: a recording made before skipping is not sent either. Together,
    // so a failure between them cannot leave a skipped question with a voice.
    await db.transaction(async (tx) => {
      await saveDraftAnswer(tx, draft.id, question.id, answer, version);
      await deleteDraftRecording(tx, draft.id, question.id);
    });
    // Changing version with nothing chosen is not a skip: an earlier answer stays as it was.
  } else if (!(intent === "switch" && "skipped" in answer))
    await saveDraftAnswer(db, draft.id, question.id, answer, version);
  if (recording)
    await saveDraftRecording(db, {
      inspectionId: survey.inspectionId,
      draftId: draft.id,
      questionId: question.id,
      ...recording,
    });
  if (intent === "delete-recording") {
    await deleteDraftRecording(db, draft.id, question.id);
    return { redirectTo: `${input.here.pathname}${input.here.search}#recording` };
  }
  if (intent === "switch") {
    const to = otherVersion(definition.version);
    await setDraftVersion(db, draft.id, to);
    const landing = switchLanding(survey.audience, question.id, definition.version, to);
    return {
      redirectTo: stepHref(survey.token, landing ? { questionId: landing } : { check: true }),
    };
  }
  if (intent === "save") {
    const code = await createResumeCode(db, draft.id);
    return {
      redirectTo: `/s/${survey.token}/saved`,
      setCookie: resumeCodeCookie(survey.token, code),
    };
  }
  const step =
    input.here.searchParams.get("return") === "check"
      ? ({ check: true } as const)
      : nextStep(definition, question.id);
  return { redirectTo: stepHref(survey.token, step) };
}

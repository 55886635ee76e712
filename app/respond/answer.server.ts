import type { TFunction } from "i18next";
import type { Question, SurveyDefinition } from "~surveys";
import { parseAnswer } from "~surveys/answers";
import type { Database } from "~db/client.server";
import { checkRecording } from "~/recordings/audio-length";
import { maxRecordingSeconds, recordingClock } from "~/recordings/audio-type";
import type { AudioType } from "~/recordings/audio-type";
import { deleteDraftRecording, saveDraftRecording } from "~/recordings/recordings.server";
import { createResumeCode, saveDraftAnswer } from "~/responses/drafts.server";
import type { DraftState } from "~/responses/drafts.server";
import { resumeCodeCookie } from "./cookies.server";
import { nextStep, stepHref } from "./journey";
import type { SurveyContext } from "./survey-links.server";

export type QuestionOutcome =
  /** `field`: the page's field the error is about (its id and name). */
  | { problem: { field: "answer" | "recording"; error: string; typedText?: string } }
  | { redirectTo: string; setCookie?: string };

/**
 * One question page sent: its answer (or skip) saved to the draft, redacted, with its
 * recording when there is one, then where the person goes next. A recording is checked before
 * anything is saved, so a refused file changes nothing.
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
  const { db, survey, draft, definition, question, t, form } = input;
  const ownWords = question.kind === "text";
  const intent = form.get("intent");
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
      await saveDraftAnswer(tx as unknown as Database, draft.id, question.id, answer);
      await deleteDraftRecording(tx as unknown as Database, draft.id, question.id);
    });
  } else await saveDraftAnswer(db, draft.id, question.id, answer);
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

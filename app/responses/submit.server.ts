import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { answers, commentCodes, comments, drafts, responses } from "../../db/schema";
import { codeClosedAnswer, isValidDraftAnswer } from "../../surveys/answers";
import type { CodedAnswer } from "../../surveys/answers";
import type { SurveyDefinition } from "../../surveys/schema";
import { londonDay } from "../platform/time";
import { codeComment } from "../coding/comment-codes";
import type { CommentCode } from "../coding/comment-codes";
import { suggestSentiment } from "../coding/suggest";
import type { Sentiment } from "../coding/suggest";
import { redactFreeText } from "../privacy/redact.server";
import { moveRecordingsToResponse } from "../recordings/recordings.server";
import { countsForResponse } from "../summary/counts";
import { addCounts } from "../summary/counts.server";
import type { DraftState } from "./drafts.server";

export interface PreparedResponse {
  coded: CodedAnswer[];
  comments: { questionId: string; text: string; codes: CommentCode[]; sentiment: Sentiment }[];
  about: Record<string, string>;
}

/**
 * Turns a draft into what will be stored: closed answers coded from the definition, own
 * words redacted (the original never leaves this function), "about you" kept coarse.
 */
export function prepareResponse(
  definition: SurveyDefinition,
  draft: Pick<DraftState, "answers">,
): PreparedResponse {
  const prepared: PreparedResponse = { coded: [], comments: [], about: {} };
  for (const question of definition.questions) {
    const answer = draft.answers[question.id];
    if (!isValidDraftAnswer(question, answer) || "skipped" in answer) continue;
    if (question.section === "about") {
      if ("value" in answer) prepared.about[question.id] = answer.value;
      continue;
    }
    if ("text" in answer) {
      const text = redactFreeText(answer.text).text;
      prepared.comments.push({
        questionId: question.id,
        text,
        codes: codeComment(question.criteria, text),
        sentiment: suggestSentiment(text),
      });
      continue;
    }
    prepared.coded.push(...codeClosedAnswer(question, answer));
  }
  return prepared;
}

/**
 * Stores a response in one transaction, once: the draft's random submission key is unique,
 * so the same submission sent twice (double click, retry, five at once) is stored once.
 * Returns whether this call stored it.
 */
export async function submitResponse(
  db: Database,
  input: {
    inspectionId: string;
    audience: "child" | "parent" | "practitioner";
    definition: SurveyDefinition;
    draft: DraftState;
    language: string;
    now?: Date;
  },
): Promise<{ stored: boolean }> {
  const prepared = prepareResponse(input.definition, input.draft);
  const submittedOn = londonDay(input.now);
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(responses)
      .values({
        inspectionId: input.inspectionId,
        audience: input.audience,
        version: input.definition.version,
        language: input.language,
        channel: input.draft.channel,
        submittedOn,
        about: prepared.about,
        submissionKey: input.draft.submissionKey,
      })
      .onConflictDoNothing({ target: responses.submissionKey })
      .returning({ id: responses.id });
    if (!inserted) return { stored: false };
    const responseId = inserted.id;
    // The summary's counters move in the same transaction: they always agree with the rows.
    await addCounts(
      tx,
      input.inspectionId,
      countsForResponse({
        audience: input.audience,
        version: input.definition.version,
        language: input.language,
        channel: input.draft.channel,
        submittedOn,
        about: prepared.about,
        answers: prepared.coded,
      }),
    );
    if (prepared.coded.length) {
      await tx
        .insert(answers)
        .values(
          prepared.coded.map((a) => ({ ...a, responseId, inspectionId: input.inspectionId })),
        );
    }
    for (const comment of prepared.comments) {
      const [row] = await tx
        .insert(comments)
        .values({
          responseId,
          inspectionId: input.inspectionId,
          questionId: comment.questionId,
          text: comment.text,
          sentiment: comment.sentiment,
        })
        .returning({ id: comments.id });
      if (comment.codes.length) {
        await tx.insert(commentCodes).values(
          comment.codes.map((code) => ({
            commentId: row!.id,
            status: "suggested" as const,
            ...code,
          })),
        );
      }
    }
    // Recordings belong to the draft until now; deleting the draft would delete them.
    await moveRecordingsToResponse(tx as unknown as Database, input.draft.id, responseId);
    await tx.delete(drafts).where(eq(drafts.id, input.draft.id));
    return { stored: true };
  });
}

/** Whether a submission key has already been stored (a repeat send of a finished survey). */
export async function isSubmitted(db: Database, submissionKey: string): Promise<boolean> {
  const [row] = await db
    .select({ id: responses.id })
    .from(responses)
    .where(eq(responses.submissionKey, submissionKey))
    .limit(1);
  return Boolean(row);
}

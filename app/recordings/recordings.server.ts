import { and, eq, isNotNull, lte, sql } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { commentCodes, comments, inspections, recordings, responses } from "../../db/schema";
import { getSurvey } from "../../surveys";
import { audit } from "../auth/audit.server";
import { codeComment } from "../coding/comment-codes";
import { suggestSentiment } from "../coding/suggest";
import type { Audience } from "../inspections/audiences";
import { redactFreeText } from "../privacy/redact.server";
import type { AudioType } from "./audio-type";

/** Days after a survey closes that untranscribed recordings are kept (`RECORDING_DAYS`). */
export function recordingRetentionDays(): number {
  const days = Number(process.env.RECORDING_DAYS ?? 28);
  return Number.isFinite(days) && days >= 1 ? Math.floor(days) : 28;
}

/** A person's recording for one question of their draft; a new one replaces the old. */
export async function saveDraftRecording(
  db: Database,
  input: {
    inspectionId: string;
    draftId: string;
    questionId: string;
    type: AudioType;
    audio: Uint8Array;
  },
) {
  await db
    .insert(recordings)
    .values({
      inspectionId: input.inspectionId,
      draftId: input.draftId,
      questionId: input.questionId,
      contentType: input.type.contentType,
      size: input.audio.byteLength,
      audio: input.audio,
    })
    .onConflictDoUpdate({
      target: [recordings.draftId, recordings.questionId],
      set: {
        contentType: input.type.contentType,
        size: input.audio.byteLength,
        audio: input.audio,
        createdAt: new Date(),
      },
    });
}

export async function deleteDraftRecording(db: Database, draftId: string, questionId: string) {
  await db
    .delete(recordings)
    .where(and(eq(recordings.draftId, draftId), eq(recordings.questionId, questionId)));
}

/** Which questions of a draft have a recording (not the audio). */
export async function draftRecordings(
  db: Database,
  draftId: string,
): Promise<Map<string, { size: number; contentType: string }>> {
  const rows = await db
    .select({
      questionId: recordings.questionId,
      size: recordings.size,
      contentType: recordings.contentType,
    })
    .from(recordings)
    .where(eq(recordings.draftId, draftId));
  return new Map(rows.map(({ questionId, ...rest }) => [questionId, rest]));
}

/** The person's own recording, so they can listen back before sending. */
export async function readDraftRecording(db: Database, draftId: string, questionId: string) {
  const [row] = await db
    .select({ contentType: recordings.contentType, audio: recordings.audio })
    .from(recordings)
    .where(and(eq(recordings.draftId, draftId), eq(recordings.questionId, questionId)));
  return row;
}

/** At send, in the submit transaction: the draft's recordings move to the stored response. */
export async function moveRecordingsToResponse(db: Database, draftId: string, responseId: string) {
  await db
    .update(recordings)
    .set({ responseId, draftId: null })
    .where(eq(recordings.draftId, draftId));
}

export interface RecordingToTranscribe {
  id: string;
  audience: Audience;
  version: "easy" | "standard";
  questionId: string;
  questionKey: string | undefined;
  size: number;
  contentType: string;
  submittedOn: string;
}

/** An inspection's sent recordings waiting for a transcript (no audio, just what they are). */
export async function recordingsToTranscribe(
  db: Database,
  inspectionId: string,
): Promise<RecordingToTranscribe[]> {
  const rows = await db
    .select({
      id: recordings.id,
      audience: responses.audience,
      version: responses.version,
      questionId: recordings.questionId,
      size: recordings.size,
      contentType: recordings.contentType,
      submittedOn: responses.submittedOn,
    })
    .from(recordings)
    .innerJoin(responses, eq(responses.id, recordings.responseId))
    .where(eq(recordings.inspectionId, inspectionId))
    .orderBy(responses.submittedOn, recordings.id)
    .limit(200);
  return rows.map((row) => {
    const definition = getSurvey(row.audience, row.version);
    const question = definition.questions.find((q) => q.id === row.questionId);
    return {
      ...row,
      questionKey: question ? `${definition.namespace}:${question.text}` : undefined,
    };
  });
}

/** Audio bytes that no cache keeps and no browser guesses the type of. */
export function audioResponse(recording: { contentType: string; audio: Uint8Array }) {
  return new Response(Buffer.from(recording.audio), {
    headers: {
      "Content-Type": recording.contentType,
      "Content-Length": String(recording.audio.byteLength),
      "Cache-Control": "no-store",
      "Content-Disposition": "inline",
    },
  });
}

/** A sent recording's audio for the inspection's team; every play is audited. */
export async function playRecording(
  db: Database,
  input: { userId: string; inspectionId: string; recordingId: string },
) {
  const [row] = await db
    .select({ contentType: recordings.contentType, audio: recordings.audio })
    .from(recordings)
    .where(
      and(
        eq(recordings.id, input.recordingId),
        eq(recordings.inspectionId, input.inspectionId),
        isNotNull(recordings.responseId),
      ),
    );
  if (!row) return undefined;
  await audit(db, {
    userId: input.userId,
    inspectionId: input.inspectionId,
    action: "recording_played",
    detail: { recordingId: input.recordingId },
  });
  return row;
}

/**
 * Stores an inspector's transcript as a comment of the same response and question — redacted
 * and coded like typed words — and deletes the audio, in one transaction, audited.
 */
export async function transcribeRecording(
  db: Database,
  input: { userId: string; inspectionId: string; recordingId: string; transcript: string },
): Promise<{ found: boolean; commentId?: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        responseId: recordings.responseId,
        questionId: recordings.questionId,
        audience: responses.audience,
        version: responses.version,
      })
      .from(recordings)
      .innerJoin(responses, eq(responses.id, recordings.responseId))
      .where(
        and(eq(recordings.id, input.recordingId), eq(recordings.inspectionId, input.inspectionId)),
      )
      .for("update", { of: recordings });
    if (!row?.responseId) return { found: false };
    const question = getSurvey(row.audience, row.version).questions.find(
      (q) => q.id === row.questionId,
    );
    const text = redactFreeText(input.transcript).text;
    const [comment] = await tx
      .insert(comments)
      .values({
        responseId: row.responseId,
        inspectionId: input.inspectionId,
        questionId: row.questionId,
        text,
        sentiment: suggestSentiment(text),
        source: "spoken",
      })
      .returning({ id: comments.id });
    const codes = codeComment(question?.criteria ?? [], text);
    if (codes.length) {
      await tx
        .insert(commentCodes)
        .values(
          codes.map((code) => ({ commentId: comment!.id, status: "suggested" as const, ...code })),
        );
    }
    await tx.delete(recordings).where(eq(recordings.id, input.recordingId));
    await audit(tx as unknown as Database, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "recording_deleted",
      detail: { recordingId: input.recordingId, reason: "transcribed", commentId: comment!.id },
    });
    return { found: true, commentId: comment!.id };
  });
}

/** An inspector deletes a recording without a transcript (silent, not speech, sent by mistake). */
export async function discardRecording(
  db: Database,
  input: { userId: string; inspectionId: string; recordingId: string },
): Promise<{ found: boolean }> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(recordings)
      .where(
        and(
          eq(recordings.id, input.recordingId),
          eq(recordings.inspectionId, input.inspectionId),
          isNotNull(recordings.responseId),
        ),
      )
      .returning({ id: recordings.id });
    if (!deleted.length) return { found: false };
    await audit(tx as unknown as Database, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "recording_deleted",
      detail: { recordingId: input.recordingId, reason: "discarded" },
    });
    return { found: true };
  });
}

/**
 * Retention: recordings still untranscribed `days` after their survey closed are deleted, one
 * audit entry each (by nobody: the retention job). Drafts' recordings go with their drafts.
 */
export async function deleteExpiredRecordings(
  db: Database,
  now = new Date(),
  days = recordingRetentionDays(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const expired = tx
      .select({ id: inspections.id })
      .from(inspections)
      .where(lte(inspections.surveysCloseAt, cutoff));
    const deleted = await tx
      .delete(recordings)
      .where(sql`${recordings.inspectionId} in (${expired})`)
      .returning({ id: recordings.id, inspectionId: recordings.inspectionId });
    for (const row of deleted) {
      await audit(tx as unknown as Database, {
        inspectionId: row.inspectionId,
        action: "recording_deleted",
        detail: { recordingId: row.id, reason: "retention", days },
      });
    }
    return deleted.length;
  });
}

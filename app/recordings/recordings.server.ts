import { readTranscript } from "./transcripts";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { checkpointEmbedded } from "~db/client.server";
import type { Database, DbOrTx } from "~db/client.server";
import { commentCodes, comments, inspections, recordings, responses } from "~db/schema";
import { getSurvey } from "~surveys";
import { surveyTextKey } from "~surveys/text-key";
import { commentConcern, detectDisclosure } from "~/safeguarding/detect";
import { audit } from "~/auth/audit.server";
import { codeComment } from "~/coding/comment-codes";
import { suggestSentiment } from "~/coding/suggest";
import type { Audience } from "~/inspections/audiences";
import { surveysClosedAtSql } from "~/inspections/survey-window.server";
import { settings } from "~/platform/settings.server";
import { redactFreeText } from "~/privacy/redact.server";
import type { AudioType } from "./audio-type";
import type { SurveyVersion } from "~surveys/lists";

/** Days after a survey closes that untranscribed recordings are kept (`RECORDING_DAYS`). */
export function recordingRetentionDays(): number {
  return settings().recordingDays;
}

/** The write in progress, if any: recordings are written one at a time (see below). */
let writing: Promise<unknown> = Promise.resolve();
/** The pause before each recording's write, for everything else the server is doing. */
const breathingMs = 100;

/**
 * One recording written at a time in a process. The embedded database answers one query at
 * a time, in turn, on the server's one thread: 10 MB writes queued together kept every page
 * and /healthz waiting behind all of them (#16); one at a time, a page waits for one at most.
 * On PostgreSQL it keeps one write's copies in memory at a time.
 */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  // Requests that arrived during a write reach the database before the next write starts: a
  // write holds the one thread, and a request needs a few turns of it to get that far.
  const next = () => new Promise<void>((resolve) => setTimeout(resolve, breathingMs)).then(work);
  const turn = writing.then(next, next);
  writing = turn.catch(() => {});
  return turn;
}

/**
 * A person's recording for one question of their draft; a new one replaces the old. The
 * audio goes to the database once: one statement, its bytes sent as they are.
 */
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
  await oneAtATime(async () => {
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
        // From the row being inserted: the audio is sent to the database once, not twice.
        set: {
          contentType: sql`excluded.content_type`,
          size: sql`excluded.size`,
          audio: sql`excluded.audio`,
          createdAt: sql`excluded.created_at`,
        },
      });
    // On the embedded database, so its log does not keep a second copy of the audio.
    await checkpointEmbedded(db);
  });
}

export async function deleteDraftRecording(db: DbOrTx, draftId: string, questionId: string) {
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

export interface RecordingToTranscribe {
  id: string;
  audience: Audience;
  version: SurveyVersion;
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
      questionKey: question ? surveyTextKey(definition, question.text) : undefined,
    };
  });
}

/**
 * Audio bytes that no cache keeps and no browser guesses the type of, in the byte ranges
 * media players ask for (Safari and iOS need them to play at all, and to seek).
 */
export function audioResponse(
  request: Request,
  recording: { contentType: string; audio: Uint8Array },
) {
  const total = recording.audio.byteLength;
  const headers = {
    "Content-Type": recording.contentType,
    "Cache-Control": "no-store",
    "Accept-Ranges": "bytes",
    "Content-Disposition": "inline",
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get("Range") ?? "");
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, total - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), total - 1) : total - 1;
    if (start >= total || start > end)
      return new Response(null, {
        status: 416,
        headers: { ...headers, "Content-Range": `bytes */${total}` },
      });
    return new Response(recording.audio.subarray(start, end + 1) as Uint8Array<ArrayBuffer>, {
      status: 206,
      headers: {
        ...headers,
        "Content-Range": `bytes ${start}-${end}/${total}`,
        "Content-Length": String(end - start + 1),
      },
    });
  }
  return new Response(recording.audio as Uint8Array<ArrayBuffer>, {
    headers: { ...headers, "Content-Length": String(total) },
  });
}

/** A player's first request for a recording (not a seek or the rest of the file). */
export function startsPlaying(request: Request): boolean {
  const range = request.headers.get("Range");
  return !range || /^bytes=0-/.test(range);
}

/** One sent recording (not a draft's) of one inspection. */
const sentRecording = (inspectionId: string, recordingId: string) =>
  and(
    eq(recordings.id, recordingId),
    eq(recordings.inspectionId, inspectionId),
    isNotNull(recordings.responseId),
  );

/** A sent recording of this inspection, or undefined. */
async function audibleRecording(db: Database, inspectionId: string, recordingId: string) {
  const [row] = await db
    .select({ id: recordings.id, audience: responses.audience })
    .from(recordings)
    .innerJoin(responses, eq(responses.id, recordings.responseId))
    .where(sentRecording(inspectionId, recordingId));
  return row;
}

/** A sent recording's audio for the inspection's team; every play is audited. */
export async function playRecording(
  db: Database,
  input: { userId: string; inspectionId: string; recordingId: string; audit: boolean },
) {
  if (!(await audibleRecording(db, input.inspectionId, input.recordingId))) return undefined;
  const [row] = await db
    .select({ contentType: recordings.contentType, audio: recordings.audio })
    .from(recordings)
    .where(sentRecording(input.inspectionId, input.recordingId));
  if (!row) return undefined;
  // One entry a play, not one for each range the player asks for while it plays or seeks.
  if (input.audit)
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
  if (!(await audibleRecording(db, input.inspectionId, input.recordingId))) return { found: false };
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
      .where(sentRecording(input.inspectionId, input.recordingId))
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
        // A transcript may be a disclosure too; the words as spoken are read here, not kept.
        ...commentConcern(text, detectDisclosure(input.transcript).flagged),
      })
      .returning({ id: comments.id });
    const codes = codeComment(question ?? { criteria: [] }, text);
    if (codes.length) {
      await tx
        .insert(commentCodes)
        .values(
          codes.map((code) => ({ commentId: comment!.id, status: "suggested" as const, ...code })),
        );
    }
    await tx.delete(recordings).where(eq(recordings.id, input.recordingId));
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "recording_deleted",
      detail: { recordingId: input.recordingId, reason: "transcribed", commentId: comment!.id },
    });
    return { found: true, commentId: comment!.id };
  });
}

/**
 * A transcript as the comments page sends it: read (trimmed, at most maxTranscript
 * characters) and stored as transcribeRecording does, or refused with why and the words kept.
 */
export async function transcribeFromForm(
  db: Database,
  input: { userId: string; inspectionId: string; recordingId: string; transcript: unknown },
): Promise<
  { found: boolean; commentId?: string } | { refused: "empty" | "tooLong"; transcript: string }
> {
  const read = readTranscript(typeof input.transcript === "string" ? input.transcript : null);
  if (!read.ok) return { refused: read.problem, transcript: read.transcript };
  return transcribeRecording(db, { ...input, transcript: read.transcript });
}

/** An inspector deletes a recording without a transcript (silent, not speech, sent by mistake). */
export async function discardRecording(
  db: Database,
  input: { userId: string; inspectionId: string; recordingId: string },
): Promise<{ found: boolean }> {
  if (!(await audibleRecording(db, input.inspectionId, input.recordingId))) return { found: false };
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(recordings)
      .where(sentRecording(input.inspectionId, input.recordingId))
      .returning({ id: recordings.id });
    if (!deleted.length) return { found: false };
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "recording_deleted",
      detail: { recordingId: input.recordingId, reason: "discarded" },
    });
    return { found: true };
  });
}

/**
 * Retention: recordings still untranscribed `days` after their survey closed (early, if it was
 * closed early) are deleted, one audit entry each (by nobody: the retention job). Drafts'
 * recordings go with their drafts.
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
      .where(sql`${surveysClosedAtSql} <= ${cutoff.toISOString()}::timestamptz`);
    const deleted = await tx
      .delete(recordings)
      .where(sql`${recordings.inspectionId} in (${expired})`)
      .returning({ id: recordings.id, inspectionId: recordings.inspectionId });
    for (const row of deleted) {
      await audit(tx, {
        inspectionId: row.inspectionId,
        action: "recording_deleted",
        detail: { recordingId: row.id, reason: "retention", days },
      });
    }
    return deleted.length;
  });
}

import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "~db/client.server";
import { comments, inspections, responses, users, webinarFeedback, webinars } from "~db/schema";
import { surveyTextKey } from "~surveys/text-key";
import { audit } from "~/auth/audit.server";
import type { Audience } from "~/inspections/audiences";
import { getSurvey } from "~/respond/definitions.server";
import { textBoxText } from "~/platform/text";

/*
 * What the team does with comments that may be disclosures (#19). Each flagged comment waits
 * for a decision by a member of the team, recorded with who and when and audited; until then
 * every page of the inspection says how many are waiting, and the inspection's data is not
 * deleted by the retention sweep. The comment itself stays anonymous: nothing here tries to
 * find out who wrote it. Webinar feedback's words (#22) are read the same way and wait here
 * beside the survey's comments: they are no survey answer, so they keep their own table and
 * its own decision columns, and every function here takes both.
 */

export const concernDecisions = ["referred", "not_a_concern"] as const;
export type ConcernDecision = (typeof concernDecisions)[number];

export const isConcernDecision = (value: unknown): value is ConcernDecision =>
  typeof value === "string" && (concernDecisions as readonly string[]).includes(value);

/** Longest note beside a decision, and longest guidance, in characters. */
export const maxConcernNote = 2000;
export const maxGuidance = 5000;

/** Flagged as a possible disclosure, with no decision recorded yet: the one definition. */
export const awaitingDecision = () =>
  and(eq(comments.concern, true), isNull(comments.concernDecision))!;

const open = (inspectionId: string) =>
  and(eq(comments.inspectionId, inspectionId), awaitingDecision());

/** Webinar feedback flagged as a possible disclosure, with no decision yet. */
const feedbackAwaiting = () =>
  and(eq(webinarFeedback.concern, true), isNull(webinarFeedback.concernDecision))!;

/** Each of these inspections' webinar feedback waiting for a decision, counted. */
async function openFeedbackCounts(db: DbOrTx, inspectionIds: string[]) {
  return db
    .select({ inspectionId: webinars.inspectionId, n: sql<number>`count(*)::int` })
    .from(webinarFeedback)
    .innerJoin(webinars, eq(webinars.id, webinarFeedback.webinarId))
    .where(and(inArray(webinars.inspectionId, inspectionIds), feedbackAwaiting()))
    .groupBy(webinars.inspectionId);
}

/** How many of an inspection's comments may be disclosures and wait for a decision. */
export async function openConcernCount(db: DbOrTx, inspectionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .where(open(inspectionId));
  const [feedback] = await openFeedbackCounts(db, [inspectionId]);
  return (row?.n ?? 0) + (feedback?.n ?? 0);
}

/** For each of these inspections, how many of its comments wait for a decision (0 when none). */
export async function openConcernCounts(
  db: DbOrTx,
  inspectionIds: string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(inspectionIds.map((id) => [id, 0]));
  if (!inspectionIds.length) return counts;
  const rows = await db
    .select({ inspectionId: comments.inspectionId, n: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(inArray(comments.inspectionId, inspectionIds), awaitingDecision()))
    .groupBy(comments.inspectionId);
  for (const row of rows) counts[row.inspectionId] = row.n;
  for (const row of await openFeedbackCounts(db, inspectionIds))
    counts[row.inspectionId] = (counts[row.inspectionId] ?? 0) + row.n;
  return counts;
}

/** A flagged comment's words, split so the matched ones can be marked. */
export type TextPiece = { text: string; matched: boolean };

/** Splits `text` at each of `words` (cut from this very text), longest first. */
export function markMatchedWords(text: string, words: readonly string[]): TextPiece[] {
  const wanted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  const pieces: TextPiece[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let word = "";
    for (const candidate of wanted) {
      const found = rest.indexOf(candidate);
      if (found !== -1 && (at === -1 || found < at)) [at, word] = [found, candidate];
    }
    if (at === -1) {
      pieces.push({ text: rest, matched: false });
      break;
    }
    if (at > 0) pieces.push({ text: rest.slice(0, at), matched: false });
    pieces.push({ text: word, matched: true });
    rest = rest.slice(at + word.length);
  }
  return pieces;
}

export interface ConcernToRead {
  id: string;
  /** A survey's comment from an audience, or the words of a webinar's feedback (`webinar`). */
  audience: Audience | null;
  /** The webinar whose feedback it is, by its title, for feedback. */
  webinarTitle?: string;
  questionKey: string | undefined;
  source: "typed" | "spoken";
  pieces: TextPiece[];
  /** False when the words that matched were identifiers and were redacted. */
  wordsShown: boolean;
  decision: ConcernDecision | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
}

/**
 * Every flagged comment and webinar feedback of one inspection, those waiting first, with the
 * words that matched marked. Reading them is audited.
 */
export async function concernsToRead(
  db: Database,
  input: { inspectionId: string; userId: string },
): Promise<ConcernToRead[]> {
  const rows = await db
    .select({
      id: comments.id,
      audience: responses.audience,
      version: responses.version,
      questionId: comments.questionId,
      text: comments.text,
      source: comments.source,
      words: comments.concernWords,
      decision: comments.concernDecision,
      note: comments.concernNote,
      decidedBy: users.name,
      decidedAt: comments.concernDecidedAt,
    })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .leftJoin(users, eq(users.id, comments.concernDecidedBy))
    .where(and(eq(comments.inspectionId, input.inspectionId), eq(comments.concern, true)))
    .orderBy(
      sql`${comments.concernDecision} is not null`,
      desc(comments.concernDecidedAt),
      comments.id,
    )
    .limit(1000);
  const feedback = await flaggedFeedback(db, input.inspectionId);
  const all = [...rows, ...feedback];
  await audit(db, {
    userId: input.userId,
    inspectionId: input.inspectionId,
    action: "concerns_viewed",
    detail: { count: all.length, open: all.filter((r) => !r.decision).length },
  });
  const fromSurveys = rows.map((row): ConcernToRead => {
    const definition = getSurvey(row.audience, row.version);
    const question = definition.questions.find((q) => q.id === row.questionId);
    return {
      id: row.id,
      audience: row.audience,
      questionKey: question ? surveyTextKey(definition, question.text) : undefined,
      source: row.source,
      pieces: markMatchedWords(row.text, row.words),
      wordsShown: row.words.length > 0,
      decision: row.decision,
      note: row.note,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
    };
  });
  const fromWebinars = feedback.map(
    (row): ConcernToRead => ({
      id: row.id,
      audience: null,
      webinarTitle: row.webinarTitle,
      questionKey: "webinars:followUp.form.other",
      source: "typed",
      pieces: markMatchedWords(row.text ?? "", row.words),
      wordsShown: row.words.length > 0,
      decision: row.decision,
      note: row.note,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
    }),
  );
  // Waiting first, then the most recently decided, as the comments alone were ordered.
  const waitingFirst = (a: ConcernToRead, b: ConcernToRead) =>
    Number(a.decision !== null) - Number(b.decision !== null) ||
    (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0);
  return [...fromSurveys, ...fromWebinars].sort(waitingFirst);
}

/** An inspection's webinar feedback flagged as a possible disclosure, with its decision. */
function flaggedFeedback(db: Database, inspectionId: string) {
  return db
    .select({
      id: webinarFeedback.id,
      webinarTitle: webinars.title,
      text: webinarFeedback.other,
      words: webinarFeedback.concernWords,
      decision: webinarFeedback.concernDecision,
      note: webinarFeedback.concernNote,
      decidedBy: users.name,
      decidedAt: webinarFeedback.concernDecidedAt,
    })
    .from(webinarFeedback)
    .innerJoin(webinars, eq(webinars.id, webinarFeedback.webinarId))
    .leftJoin(users, eq(users.id, webinarFeedback.concernDecidedBy))
    .where(and(eq(webinars.inspectionId, inspectionId), eq(webinarFeedback.concern, true)))
    .orderBy(webinarFeedback.id)
    .limit(1000);
}

export type DecisionProblem = "decision" | "noteTooLong";

/** Reads a decision as posted: one of the decisions, and a note (optional, bounded). */
export function readDecision(
  decision: FormDataEntryValue | null,
  note: FormDataEntryValue | null,
):
  | { ok: true; decision: ConcernDecision; note: string | null }
  | { ok: false; problem: DecisionProblem; note: string } {
  const typed = typeof note === "string" ? textBoxText(note) : "";
  if (!isConcernDecision(decision)) return { ok: false, problem: "decision", note: typed };
  if ([...typed].length > maxConcernNote) return { ok: false, problem: "noteTooLong", note: typed };
  return { ok: true, decision, note: typed || null };
}

/**
 * A team member records what they decided about a flagged comment of their inspection:
 * who, when, the decision and a note, on the comment, and audited (the note stays on the
 * comment, out of the log). A later decision replaces an earlier one, and is audited too.
 */
export async function recordConcernDecision(
  db: Database,
  input: {
    userId: string;
    inspectionId: string;
    commentId: string;
    decision: ConcernDecision;
    note: string | null;
  },
): Promise<{ found: boolean }> {
  // The same columns on a comment and on webinar feedback.
  const decided = {
    concernDecision: input.decision,
    concernNote: input.note,
    concernDecidedBy: input.userId,
    concernDecidedAt: new Date(),
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(comments)
      .set(decided)
      .where(
        and(
          eq(comments.id, input.commentId),
          eq(comments.inspectionId, input.inspectionId),
          eq(comments.concern, true),
        ),
      )
      .returning({ id: comments.id });
    // Not a comment: webinar feedback of one of the inspection's webinars, or nothing.
    const [feedback] = row
      ? []
      : await tx
          .update(webinarFeedback)
          .set(decided)
          .where(
            and(
              eq(webinarFeedback.id, input.commentId),
              eq(webinarFeedback.concern, true),
              inArray(
                webinarFeedback.webinarId,
                tx
                  .select({ id: webinars.id })
                  .from(webinars)
                  .where(eq(webinars.inspectionId, input.inspectionId)),
              ),
            ),
          )
          .returning({ id: webinarFeedback.id });
    if (!row && !feedback) return { found: false };
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "concern_decided",
      detail: {
        ...(row ? { commentId: row.id } : { feedbackId: feedback!.id }),
        decision: input.decision,
        note: Boolean(input.note),
      },
    });
    return { found: true };
  });
}

/** The inspection's own guidance for the team, or null for the default words. */
export async function safeguardingGuidance(db: DbOrTx, inspectionId: string) {
  const [row] = await db
    .select({ guidance: inspections.safeguardingGuidance })
    .from(inspections)
    .where(eq(inspections.id, inspectionId));
  return row?.guidance ?? null;
}

/** A lead sets the guidance; empty goes back to the default words. Audited. */
/**
 * Guidance as a lead typed it, kept as a text box's words are (`textBoxText`); refused when
 * too long, with the words given back so the lead loses nothing. Empty is allowed: it means
 * the default's words again.
 */
export function readGuidance(
  raw: FormDataEntryValue | null,
): { ok: true; guidance: string | null } | { ok: false; guidance: string } {
  const typed = typeof raw === "string" ? textBoxText(raw) : "";
  if ([...typed].length > maxGuidance) return { ok: false, guidance: typed };
  return { ok: true, guidance: typed || null };
}

export async function setSafeguardingGuidance(
  db: Database,
  input: { userId: string; inspectionId: string; guidance: string | null },
) {
  const { guidance } = input;
  await db.transaction(async (tx) => {
    await tx
      .update(inspections)
      .set({ safeguardingGuidance: guidance })
      .where(eq(inspections.id, input.inspectionId));
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "safeguarding_guidance_changed",
      detail: { default: guidance === null },
    });
  });
}

/** Whether any of an inspection's flagged comments still waits for a decision (retention). */
export async function hasOpenConcerns(db: DbOrTx, inspectionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(open(inspectionId))
    .limit(1);
  return Boolean(row) || (await openFeedbackCounts(db, [inspectionId])).length > 0;
}

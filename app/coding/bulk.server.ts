import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, not, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database, DbOrTx, Transaction } from "~db/client.server";
import { auditLog, commentCodes, comments, responses, themes } from "~db/schema";
import { audit } from "~/auth/audit.server";
import type { TeamRole } from "~/auth/session.server";
import { awaitingDecision } from "~/safeguarding/concerns.server";
import { isUuid } from "~/platform/ids";
import type { CommentFilter } from "./comment-filter";
import { commentConditions } from "./comments.server";

/*
 * Bulk actions on a filtered set of comments (#19): accept every suggested code, or mark
 * every comment read. The set is fixed when the inspector confirms (its count and a
 * fingerprint of its ids), changed in one transaction, audited once with each comment's
 * previous state, and undone from that record: only what the action changed, and never a
 * comment someone has changed since.
 *
 * A comment flagged as a possible safeguarding concern and not yet decided is left out of
 * both: a person reads it and records a decision first (app/safeguarding/concerns.server.ts).
 */

export const bulkKinds = ["accept", "read"] as const;
export type BulkKind = (typeof bulkKinds)[number];
export const isBulkKind = (value: unknown): value is BulkKind =>
  bulkKinds.includes(value as BulkKind);

const auditAction = { accept: "bulk_accept", read: "bulk_read" } as const;

/** What a bulk action would change: comments with a suggestion to accept, or not yet read. */
const wouldChange = (kind: BulkKind): SQL =>
  kind === "accept"
    ? sql`exists (select 1 from ${commentCodes} cc where cc.comment_id = ${comments.id} and cc.status = 'suggested')`
    : isNull(comments.readAt);

/**
 * A column among these ids, sent as one JSON parameter rather than one each: a set of
 * 100,000 comments stays one parameter (PostgreSQL takes at most 65,535).
 */
const among = (column: AnyPgColumn, ids: readonly string[]) =>
  sql`${column} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/** The same ids always give the same fingerprint, whatever their order. */
export function fingerprintOf(ids: readonly string[]): string {
  return createHash("sha256")
    .update([...ids].sort().join(","))
    .digest("hex")
    .slice(0, 32);
}

async function targetIds(
  db: DbOrTx,
  inspectionId: string,
  kind: BulkKind,
  filter: CommentFilter,
  lock = false,
): Promise<string[]> {
  const query = db
    .select({ id: comments.id })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .where(
      and(...commentConditions(inspectionId, filter), wouldChange(kind), not(awaitingDecision())),
    )
    .orderBy(comments.id);
  const rows = lock ? await query.for("update", { of: comments }) : await query;
  return rows.map((r) => r.id);
}

export interface BulkPlan {
  kind: BulkKind;
  /** How many comments the action would change. */
  count: number;
  fingerprint: string;
  /** For "accept": how many suggested codes would become confirmed. */
  codes: number;
  /** Comments it would otherwise change that wait for a safeguarding decision, left out. */
  leftOut: number;
  /** The filter's theme by its name, to say which comments these are. */
  themeLabel: string | null;
}

/** The name of the filter's theme (one of the inspection's), if it has one. */
async function themeLabelOf(db: DbOrTx, inspectionId: string, filter: CommentFilter) {
  if (!filter.theme) return null;
  const [row] = await db
    .select({ label: themes.label })
    .from(themes)
    .where(and(eq(themes.id, filter.theme), eq(themes.inspectionId, inspectionId)));
  return row?.label ?? null;
}

/** What the confirmation page says: exactly which comments, by count and fingerprint. */
export async function planBulk(
  db: Database,
  input: { inspectionId: string; kind: BulkKind; filter: CommentFilter },
): Promise<BulkPlan> {
  const { inspectionId, kind, filter } = input;
  const ids = await targetIds(db, inspectionId, kind, filter);
  const [codes] = ids.length
    ? await db
        .select({ n: sql<number>`count(*)::int` })
        .from(commentCodes)
        .where(and(among(commentCodes.commentId, ids), eq(commentCodes.status, "suggested")))
    : [{ n: 0 }];
  const [leftOut] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .where(and(...commentConditions(inspectionId, filter), wouldChange(kind), awaitingDecision()));
  return {
    kind,
    count: ids.length,
    fingerprint: fingerprintOf(ids),
    codes: kind === "accept" ? (codes?.n ?? 0) : 0,
    leftOut: leftOut?.n ?? 0,
    themeLabel: await themeLabelOf(db, inspectionId, filter),
  };
}

export type BulkResult =
  | { ok: true; bulkId: string; count: number }
  /** The set under the filter is not the one confirmed: nothing was written. */
  | { ok: false; problem: "changed"; confirmed: number; now: number };

/**
 * Does the confirmed action, if the comments under the filter are still exactly the ones
 * confirmed (locked while it runs). Audited once: who, the filter, the count, and each
 * comment's previous state, which is what undo restores.
 */
export async function applyBulk(
  db: Database,
  input: {
    userId: string;
    inspectionId: string;
    kind: BulkKind;
    filter: CommentFilter;
    count: number;
    fingerprint: string;
  },
): Promise<BulkResult> {
  const { userId, inspectionId, kind, filter } = input;
  return db.transaction(async (tx) => {
    const ids = await targetIds(tx, inspectionId, kind, filter, true);
    if (ids.length !== input.count || fingerprintOf(ids) !== input.fingerprint) {
      return {
        ok: false as const,
        problem: "changed" as const,
        confirmed: input.count,
        now: ids.length,
      };
    }
    let previous: unknown[] = [];
    if (kind === "accept" && ids.length) {
      const changed = await tx
        .update(commentCodes)
        .set({ status: "confirmed", confirmedBy: userId })
        .where(and(among(commentCodes.commentId, ids), eq(commentCodes.status, "suggested")))
        .returning({ commentId: commentCodes.commentId, criterion: commentCodes.criterion });
      // A suggestion has no confirmer: each was "suggested", with nobody, before. Sorted by
      // code unit, not by locale: ids and codes are ASCII, and 10,000 localeCompares are slow.
      const key = (c: { commentId: string; criterion: string }) => `${c.commentId} ${c.criterion}`;
      previous = changed
        .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
        .map((c) => [c.commentId, c.criterion]);
    } else if (kind === "read" && ids.length) {
      // now() is the transaction's time, so the audit entry's `at` is when these were read.
      await tx
        .update(comments)
        .set({ readBy: userId, readAt: sql`now()` })
        .where(and(among(comments.id, ids), isNull(comments.readAt)));
      previous = ids;
    }
    const bulkId = await audit(tx, {
      userId,
      inspectionId,
      action: auditAction[kind],
      detail: { filter, count: ids.length, ids, previous },
    });
    return { ok: true as const, bulkId, count: ids.length };
  });
}

export type UndoResult =
  | { found: false }
  | { found: true; ok: false; problem: "undoneAlready" | "notYours" }
  | { found: true; ok: true; undoId: string; restored: number; kept: number };

interface BulkEntry {
  id: string;
  kind: BulkKind;
  /** Who did it. */
  userId: string | null;
  detail: { filter?: CommentFilter; count?: number; ids?: string[]; previous?: unknown[] };
}

/** One of the inspection's bulk actions, by whoever on its team did it. */
async function bulkEntry(
  db: DbOrTx,
  input: { inspectionId: string; bulkId: string },
  lock = false,
): Promise<BulkEntry | undefined> {
  if (!isUuid(input.bulkId)) return undefined;
  const query = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      userId: auditLog.userId,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.id, input.bulkId),
        eq(auditLog.inspectionId, input.inspectionId),
        inArray(auditLog.action, Object.values(auditAction)),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  if (!row) return undefined;
  return {
    id: row.id,
    kind: row.action === auditAction.accept ? "accept" : "read",
    userId: row.userId,
    detail: row.detail as BulkEntry["detail"],
  };
}

/**
 * Who may undo a bulk action: the person who did it, or the inspection's lead (who answers
 * for the team's coding). Everyone else on the team sees what it did, and cannot undo it.
 */
export function mayUndoBulk(
  entry: { userId: string | null },
  by: { userId: string; teamRole: TeamRole },
): boolean {
  return entry.userId === by.userId || by.teamRole === "lead";
}

async function undoOf(db: DbOrTx, inspectionId: string, bulkId: string) {
  const [row] = await db
    .select({ id: auditLog.id, detail: auditLog.detail })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.inspectionId, inspectionId),
        eq(auditLog.action, "bulk_undo"),
        sql`${auditLog.detail}->>'of' = ${bulkId}`,
      ),
    );
  return row;
}

/** Comments of the set someone changed after the bulk action: their codes recoded since. */
async function recodedSince(
  tx: Transaction,
  inspectionId: string,
  entry: BulkEntry,
  ids: string[],
) {
  if (!ids.length) return new Set<string>();
  const rows = await tx
    .select({ commentId: sql<string>`${auditLog.detail}->>'commentId'` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.inspectionId, inspectionId),
        eq(auditLog.action, "recode"),
        sql`${auditLog.at} > (select a.at from ${auditLog} a where a.id = ${entry.id})`,
        sql`${auditLog.detail}->>'commentId' in (select value from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
      ),
    );
  return new Set(rows.map((r) => r.commentId));
}

/**
 * Puts back exactly what a bulk action changed, on each comment nobody has changed since:
 * a code confirmed by it goes back to suggested, a comment it marked read to unread. Undone
 * once, by whoever `mayUndoBulk` allows. Audited: who undid it, whose action it was, and the
 * comments restored and kept.
 */
export async function undoBulk(
  db: Database,
  input: { userId: string; teamRole: TeamRole; inspectionId: string; bulkId: string },
): Promise<UndoResult> {
  return db.transaction(async (tx) => {
    const entry = await bulkEntry(tx, input, true);
    if (!entry) return { found: false as const };
    if (!mayUndoBulk(entry, input))
      return { found: true as const, ok: false as const, problem: "notYours" as const };
    if (await undoOf(tx, input.inspectionId, entry.id))
      return { found: true as const, ok: false as const, problem: "undoneAlready" as const };
    // What it left is recognised by its doer, whoever undoes it.
    const doneBy = entry.userId;
    const ids = entry.detail.ids ?? [];
    let restored: string[] = [];
    if (entry.kind === "accept") {
      const previous = (entry.detail.previous ?? []) as [string, string][];
      const recoded = await recodedSince(tx, input.inspectionId, entry, ids);
      const current = ids.length
        ? await tx
            .select({
              commentId: commentCodes.commentId,
              criterion: commentCodes.criterion,
              status: commentCodes.status,
              confirmedBy: commentCodes.confirmedBy,
            })
            .from(commentCodes)
            .where(among(commentCodes.commentId, ids))
            .for("update")
        : [];
      // A comment is restored whole or not at all: each code it confirmed still as it left it.
      const asLeft = new Set(
        current
          .filter((c) => c.status === "confirmed" && c.confirmedBy === doneBy)
          .map((c) => `${c.commentId} ${c.criterion}`),
      );
      const changedSince = new Set(recoded);
      for (const [commentId, criterion] of previous)
        if (!asLeft.has(`${commentId} ${criterion}`)) changedSince.add(commentId);
      const untouched = ids.filter((id) => !changedSince.has(id));
      const keep = new Set(untouched);
      const pairs = previous.filter(([commentId]) => keep.has(commentId));
      if (pairs.length)
        await tx
          .update(commentCodes)
          .set({ status: "suggested", confirmedBy: null })
          .where(
            sql`(${commentCodes.commentId}, ${commentCodes.criterion}) in (select (p->>0)::uuid, p->>1 from jsonb_array_elements(${JSON.stringify(pairs)}::jsonb) p)`,
          );
      restored = untouched;
    } else if (ids.length) {
      // Still read by its doer at the action's own time: nobody has changed it since.
      const unmarked = await tx
        .update(comments)
        .set({ readBy: null, readAt: null })
        .where(
          and(
            among(comments.id, ids),
            eq(comments.inspectionId, input.inspectionId),
            doneBy ? eq(comments.readBy, doneBy) : sql`false`,
            sql`${comments.readAt} = (select a.at from ${auditLog} a where a.id = ${entry.id})`,
          ),
        )
        .returning({ id: comments.id });
      restored = unmarked.map((r) => r.id);
    }
    const put = new Set(restored);
    const kept = ids.filter((id) => !put.has(id));
    const undoId = await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "bulk_undo",
      detail: {
        of: entry.id,
        // Whose action was undone (the entry's userId says who undid it).
        doneBy,
        kind: entry.kind,
        restored: [...restored].sort(),
        kept,
      },
    });
    return {
      found: true as const,
      ok: true as const,
      undoId,
      restored: restored.length,
      kept: kept.length,
    };
  });
}

export interface BulkOutcome {
  kind: BulkKind;
  count: number;
  filter: CommentFilter;
  themeLabel: string | null;
  /** Once undone: how many comments were put back, and how many kept as someone left them. */
  undone: { restored: number; kept: number } | null;
  /** Whether the person asking may undo it (mayUndoBulk). */
  mayUndo: boolean;
}

/**
 * What a bulk action did, for the page that says so to anyone on the team (and offers undo,
 * to those who may, until it is used).
 */
export async function bulkOutcome(
  db: Database,
  input: { userId: string; teamRole: TeamRole; inspectionId: string; bulkId: string },
): Promise<BulkOutcome | undefined> {
  const entry = await bulkEntry(db, input);
  if (!entry) return undefined;
  const undo = await undoOf(db, input.inspectionId, entry.id);
  const detail = undo?.detail as { restored?: string[]; kept?: string[] } | undefined;
  return {
    kind: entry.kind,
    count: entry.detail.count ?? 0,
    filter: entry.detail.filter ?? {},
    themeLabel: await themeLabelOf(db, input.inspectionId, entry.detail.filter ?? {}),
    undone: detail
      ? { restored: detail.restored?.length ?? 0, kept: detail.kept?.length ?? 0 }
      : null,
    mayUndo: mayUndoBulk(entry, input),
  };
}

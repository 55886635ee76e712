import { and, eq, ilike, inArray, isNull, not, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { Database, Transaction } from "~db/client.server";
import { commentCodes, commentThemes, comments, responses, themes, users } from "~db/schema";
import { criterionCodes } from "~surveys/framework";
import type { SurveyVersion } from "~surveys/lists";
import type { Audience } from "~/inspections/audiences";
import { audit } from "~/auth/audit.server";
import { addedByInspectorReason } from "./comment-codes";
import type { CommentFilter } from "./comment-filter";

export interface CommentWithCodes {
  id: string;
  audience: Audience;
  version: SurveyVersion;
  /** The language the survey was answered in. */
  language: string;
  questionId: string;
  text: string;
  sentiment: string | null;
  source: "typed" | "spoken";
  /** May be a disclosure (#19): never chosen as a quote (app/summary/quotes.ts). */
  concern?: boolean;
  /** What the team decided about a flagged comment (app/safeguarding/concerns.server.ts). */
  concernDecision?: "referred" | "not_a_concern" | null;
  /** Read by a team member (app/coding/read-state.server.ts). */
  read: boolean;
  codes: {
    criterion: string;
    status: "suggested" | "confirmed" | "removed";
    reason: string | null;
    /** The name of the inspector who confirmed it (none while suggested, or for older rows). */
    confirmedBy?: string | null;
  }[];
}

/** A code that counts: suggested or confirmed, not removed. */
const hasCode = (criterion?: string) =>
  sql`exists (select 1 from ${commentCodes} cc where cc.comment_id = ${comments.id} and cc.status <> 'removed'${criterion ? sql` and cc.criterion = ${criterion}` : sql``})`;

/**
 * The conditions that pick an inspection's comments under a filter, over `comments` joined to
 * their `responses`: the one definition the comments page, the reading queue and bulk actions share.
 */
export function commentConditions(inspectionId: string, filter: CommentFilter): SQL[] {
  const conditions: SQL[] = [eq(comments.inspectionId, inspectionId)];
  if (filter.audience) conditions.push(eq(responses.audience, filter.audience));
  if (filter.language) conditions.push(eq(responses.language, filter.language));
  if (filter.criterion) conditions.push(hasCode(filter.criterion));
  // Only a theme of this inspection: another's id picks nothing.
  if (filter.theme)
    conditions.push(
      sql`exists (select 1 from ${commentThemes} ct join ${themes} th on th.id = ct.theme_id
        where ct.comment_id = ${comments.id} and ct.theme_id = ${filter.theme}
        and th.inspection_id = ${inspectionId})`,
    );
  if (filter.unread) conditions.push(isNull(comments.readAt));
  if (filter.uncoded) conditions.push(not(hasCode()));
  if (filter.search) {
    // The words as typed, not a pattern: % and _ match only themselves.
    const escaped = filter.search.replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push(ilike(comments.text, `%${escaped}%`));
  }
  return conditions;
}

/** The order comments are read in: by audience, then question, then a fixed tie-break. */
export const readingOrder = [responses.audience, comments.questionId, comments.id] as const;

/** A page of a list: how many to skip, and how many at most to take. */
export interface PageOf {
  offset: number;
  limit: number;
}

function listConditions(matching: SQL[], ids?: string[]) {
  const conditions = [...matching];
  if (ids) conditions.push(ids.length ? inArray(comments.id, ids) : sql`false`);
  return conditions;
}

/**
 * An inspection's comments (already redacted) under a filter, in reading order: every one, or
 * one page of them; with `ids`, just those. `matching` replaces the filter's conditions (the
 * near-duplicate groups shown once, app/coding/near-duplicates.server.ts). A page shows how
 * many there are in all with `countComments`, never a page's length as the whole.
 */
export async function listComments(
  db: Database,
  inspectionId: string,
  filter: CommentFilter & { ids?: string[] } = {},
  matching: SQL[] = commentConditions(inspectionId, filter),
  page?: PageOf,
): Promise<CommentWithCodes[]> {
  const conditions = listConditions(matching, filter.ids);
  const query = db
    .select({
      id: comments.id,
      audience: responses.audience,
      version: responses.version,
      language: responses.language,
      questionId: comments.questionId,
      text: comments.text,
      sentiment: comments.sentiment,
      source: comments.source,
      concern: comments.concern,
      concernDecision: comments.concernDecision,
      read: sql<boolean>`${comments.readAt} is not null`,
    })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .where(and(...conditions))
    .orderBy(...readingOrder)
    .$dynamic();
  const rows = await (page ? query.limit(page.limit).offset(page.offset) : query);
  if (!rows.length) return [];
  const codes = await db
    .select({
      commentId: commentCodes.commentId,
      criterion: commentCodes.criterion,
      status: commentCodes.status,
      reason: commentCodes.reason,
      confirmedBy: users.name,
    })
    .from(commentCodes)
    .leftJoin(users, eq(users.id, commentCodes.confirmedBy))
    // The ids as one JSON parameter, not a list of them: the statement's text stays the same
    // however many comments there are, so each connection prepares it once.
    .where(
      sql`${commentCodes.commentId} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(rows.map((r) => r.id))}::jsonb))`,
    );
  return rows.map((row) => ({
    ...row,
    codes: codes
      .filter((c) => c.commentId === row.id)
      .map(({ criterion, status, reason, confirmedBy }) => ({
        criterion,
        status,
        reason,
        confirmedBy,
      }))
      .sort(
        (a, b) =>
          criterionCodes.indexOf(a.criterion as never) -
          criterionCodes.indexOf(b.criterion as never),
      ),
  }));
}

/** How many comments `listComments` would give under the same conditions, unpaged. */
export async function countComments(
  db: Database,
  inspectionId: string,
  filter: CommentFilter = {},
  matching: SQL[] = commentConditions(inspectionId, filter),
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .where(and(...listConditions(matching)));
  return row?.count ?? 0;
}

/** The criterion codes asked for, each once; anything else is dropped. */
const knownCriteria = (criteria: string[]) =>
  [...new Set(criteria)].filter((c) => (criterionCodes as readonly string[]).includes(c));

/** One comment of the inspection, in the transaction, with its codes as they are now. */
async function codesOf(tx: Transaction, input: { inspectionId: string; commentId: string }) {
  const [comment] = await tx
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.id, input.commentId), eq(comments.inspectionId, input.inspectionId)));
  if (!comment) return undefined;
  const before = await tx
    .select({ criterion: commentCodes.criterion, status: commentCodes.status })
    .from(commentCodes)
    .where(eq(commentCodes.commentId, comment.id));
  return { comment, before };
}

/**
 * Sets a comment's codes to exactly `criteria`, as confirmed by an inspector: codes left out
 * are marked removed (kept, so the suggestion is not made again). Audited with before and after.
 */
export async function recodeComment(
  db: Database,
  input: { userId: string; inspectionId: string; commentId: string; criteria: string[] },
) {
  const wanted = knownCriteria(input.criteria);
  return db.transaction(async (tx) => {
    const found = await codesOf(tx, input);
    if (!found) return { found: false as const };
    const { comment, before } = found;
    for (const criterion of new Set([...before.map((b) => b.criterion), ...wanted])) {
      const status = wanted.includes(criterion) ? ("confirmed" as const) : ("removed" as const);
      await tx
        .insert(commentCodes)
        .values({
          commentId: comment.id,
          criterion,
          status,
          confirmedBy: status === "confirmed" ? input.userId : null,
          reason:
            status === "confirmed" && !before.some((b) => b.criterion === criterion)
              ? addedByInspectorReason
              : undefined,
        })
        .onConflictDoUpdate({
          target: [commentCodes.commentId, commentCodes.criterion],
          set: {
            status,
            // Who confirmed it stays with a code confirmed again; a removed code has no confirmer.
            confirmedBy:
              status === "confirmed"
                ? sql`coalesce(${commentCodes.confirmedBy}, ${input.userId}::uuid)`
                : null,
          },
        });
    }
    const active = before.filter((b) => b.status !== "removed").map((b) => b.criterion);
    await auditRecode(tx, input, comment.id, active, wanted);
    return { found: true as const };
  });
}

/** A change to a comment's codes, audited as a recode with its codes before and after. */
function auditRecode(
  tx: Transaction,
  input: { userId: string; inspectionId: string },
  commentId: string,
  before: readonly string[],
  after: readonly string[],
) {
  return audit(tx, {
    userId: input.userId,
    inspectionId: input.inspectionId,
    action: "recode",
    detail: { commentId, before: [...before].sort(), after: [...after].sort() },
  });
}

/**
 * Confirms codes on a comment, leaving its other codes as they are: a suggestion accepted, or
 * a code added by an inspector. Audited as a recode, with before and after.
 */
export async function confirmCodes(
  db: Database,
  input: { userId: string; inspectionId: string; commentId: string; criteria: string[] },
): Promise<{ found: boolean; confirmed: string[] }> {
  const wanted = knownCriteria(input.criteria);
  return db.transaction(async (tx) => {
    const found = await codesOf(tx, input);
    if (!found) return { found: false, confirmed: [] };
    const { comment, before } = found;
    const confirmed = wanted.filter(
      (c) => !before.some((b) => b.criterion === c && b.status === "confirmed"),
    );
    for (const criterion of confirmed) {
      const known = before.find((b) => b.criterion === criterion);
      await tx
        .insert(commentCodes)
        .values({
          commentId: comment.id,
          criterion,
          status: "confirmed",
          confirmedBy: input.userId,
          reason: addedByInspectorReason,
        })
        .onConflictDoUpdate({
          target: [commentCodes.commentId, commentCodes.criterion],
          // A removed code added back is the inspector's own; a suggestion keeps its reason.
          set: {
            status: "confirmed",
            confirmedBy: input.userId,
            ...(known?.status === "removed" ? { reason: addedByInspectorReason } : {}),
          },
        });
    }
    if (confirmed.length) {
      const active = before.filter((b) => b.status !== "removed").map((b) => b.criterion);
      await auditRecode(tx, input, comment.id, active, [...new Set([...active, ...confirmed])]);
    }
    return { found: true, confirmed };
  });
}

import { and, sql } from "drizzle-orm";
import { rowsOf } from "~db/client.server";
import type { Database } from "~db/client.server";
import { comments, responses } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { isUuid } from "~/platform/ids";
import type { CommentFilter } from "./comment-filter";
import { commentConditions, confirmCodes, listComments } from "./comments.server";
import { themeChoices } from "./themes.server";
import { criterionByName } from "./criterion-name";
import { groupSummary } from "./near-duplicates.server";
import type { NearDuplicates } from "./near-duplicates.server";
import { markCommentRead, readingProgressAndGroups } from "./read-state.server";
import type { ReadingProgress } from "./read-state.server";
import { toRead } from "./reading.server";
import type { CommentToRead } from "./reading.server";
import type { GroupSummary } from "./near-duplicates.server";

/**
 * The reading queue (#19): one comment at a time under a filter, in reading order. Where a
 * comment stops matching (marked read under "unread"), the queue goes on to the next that does.
 */
export interface QueueStep {
  /** How many comments match the filter. */
  total: number;
  /** The comment's place among them, from 1 (0 when none match). */
  position: number;
  comment: (CommentToRead & { group: GroupSummary | null }) | null;
  previousId: string | null;
  nextId: string | null;
  progress: ReadingProgress;
  /** The inspection's themes, for the filter (#18). */
  themes: { value: string; label: string }[];
}

/**
 * Where the step stands, worked out in the database so only three rows come back: the
 * comments that match the filter in reading order, each near-duplicate group once (its first
 * matching comment) or, for an opened group, each of its comments; the one at or after `at`
 * (or the last before it), with its neighbours and the count. Reading 8,000 ids out to sort
 * them here took longer than the whole step may.
 */
async function stepRows(
  db: Database,
  input: { inspectionId: string; filter: CommentFilter; at: string | null },
  groups: NearDuplicates,
) {
  const { inspectionId, filter } = input;
  const conditions = commentConditions(inspectionId, filter);
  if (filter.group) {
    const members = groups.groupOf.get(filter.group)?.memberIds ?? [filter.group];
    conditions.push(
      sql`${comments.id} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(members)}::jsonb))`,
    );
  }
  // Each grouped comment's group by number; an opened group's comments each stand alone.
  const grouping = filter.group
    ? []
    : groups.groups.flatMap((g, n) => g.memberIds.map((id) => [id, n]));
  return rowsOf<{ id: string; place: number; total: number; current: number }>(
    await db.execute(sql`
      with ordered as (
        select ${comments.id} as id,
               row_number() over (order by ${responses.audience}, ${comments.questionId}, ${comments.id}) as n,
               coalesce(${and(...conditions)}, false) as matches
        from ${comments} inner join ${responses} on ${responses.id} = ${comments.responseId}
        where ${comments.inspectionId} = ${inspectionId}
      ), grouped as (
        select (value->>0)::uuid as id, (value->>1)::int as g
        from jsonb_array_elements(${JSON.stringify(grouping)}::jsonb)
      ), shown as (
        select o.id, o.n,
               row_number() over (partition by coalesce(g.g::text, o.id::text) order by o.n) as k
        from ordered o left join grouped g on g.id = o.id
        where o.matches
      ), numbered as (
        select id, n, row_number() over (order by n)::int as place, count(*) over ()::int as total
        from shown where k = 1
      ), here as (
        select coalesce(
          (select min(place) from numbered
            where n >= (select n from ordered where id = ${input.at}::uuid)),
          case when (select n from ordered where id = ${input.at}::uuid) is null then 1
               else (select max(place) from numbered) end
        )::int as current
      )
      select numbered.id, numbered.place, numbered.total, here.current from numbered, here
      where numbered.place between here.current - 1 and here.current + 1
      order by numbered.place
    `),
  );
}

export async function queueStep(
  db: Database,
  input: { inspectionId: string; userId: string; filter: CommentFilter; at?: string },
): Promise<QueueStep> {
  const { inspectionId, filter } = input;
  const { progress, groups } = await readingProgressAndGroups(db, inspectionId);
  const themes = await themeChoices(db, inspectionId);
  const at = input.at && isUuid(input.at) ? input.at : null;
  const rows = await stepRows(db, { inspectionId, filter, at }, groups);
  const current = rows.find((r) => r.place === r.current);
  if (!current) {
    return {
      total: 0,
      position: 0,
      comment: null,
      previousId: null,
      nextId: null,
      progress,
      themes,
    };
  }
  const idAt = (place: number) => rows.find((r) => r.place === place)?.id ?? null;
  const [comment] = await listComments(db, inspectionId, { ids: [current.id] });
  await audit(db, {
    userId: input.userId,
    inspectionId,
    action: "comments_viewed",
    detail: { ...filter, queue: true, commentId: current.id },
  });
  return {
    total: current.total,
    position: current.place,
    comment: comment ? { ...toRead(comment), group: groupSummary(groups, comment.id) } : null,
    previousId: idAt(current.place - 1),
    nextId: idAt(current.place + 1),
    progress,
    themes,
  };
}

/** What an inspector does to the comment in front of them (each a plain form post). */
export type QueueCommand =
  | { kind: "read" }
  | { kind: "accept"; criterion: string }
  | { kind: "acceptAll" }
  | { kind: "add"; typed: string };

/** `found: false` when the comment is not the inspection's; `ok: false` when the typed code names none. */
export type QueueResult =
  | { found: boolean; ok: true }
  | { found: true; ok: false; problem: "empty" | "unknown" }
  | { found: true; ok: false; problem: "ambiguous"; matches: string[] };

export async function runQueueCommand(
  db: Database,
  input: { userId: string; inspectionId: string; commentId: string; command: QueueCommand },
): Promise<QueueResult> {
  const { command, ...where } = input;
  if (command.kind === "read") return { ...(await markCommentRead(db, where)), ok: true };
  if (command.kind === "add") {
    const named = criterionByName(command.typed);
    if (!named.ok) {
      const [exists] = await listComments(db, where.inspectionId, { ids: [where.commentId] });
      return exists ? { found: true, ...named } : { found: false, ok: true };
    }
    return { ...(await confirmCodes(db, { ...where, criteria: [named.criterion] })), ok: true };
  }
  if (command.kind === "accept") {
    return { ...(await confirmCodes(db, { ...where, criteria: [command.criterion] })), ok: true };
  }
  const [comment] = await listComments(db, where.inspectionId, { ids: [where.commentId] });
  if (!comment) return { found: false, ok: true };
  const suggested = comment.codes.filter((c) => c.status === "suggested").map((c) => c.criterion);
  return { ...(await confirmCodes(db, { ...where, criteria: suggested })), ok: true };
}

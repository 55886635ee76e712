import { and, eq, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { comments, responses } from "~db/schema";
import type { Audience } from "~/inspections/audiences";
import { commentConditions, readingOrder } from "./comments.server";
import type { CommentFilter } from "./comment-filter";
import { groupNearDuplicates } from "./near-duplicates";

/**
 * An inspection's near-duplicate groups (#19), computed from the stored redacted text (no
 * column of its own) and kept per inspection until its comments change.
 */
export interface NearDuplicateGroup {
  /** The group's first comment in reading order: its name in links (`?group=`). */
  id: string;
  count: number;
  /** How many of the group each audience sent, in the order audiences are read. */
  audiences: { audience: Audience; count: number }[];
  memberIds: string[];
}

export interface NearDuplicates {
  groups: NearDuplicateGroup[];
  /** Each grouped comment's group. */
  groupOf: Map<string, NearDuplicateGroup>;
  /** Comments in any group, all told. */
  grouped: number;
}

/** What a comment shown for its group says about it. */
export type GroupSummary = Pick<NearDuplicateGroup, "id" | "count" | "audiences">;

const cache = new Map<string, { version: string; value: NearDuplicates }>();
const cachedInspections = 32;

/*
 * Comments are only ever added or deleted (their text never changes once redacted and
 * stored), so how many there are and a sum over their ids' hashes change whenever the set does.
 * Read over the inspection's comments, alone or beside other counts (read-state.server.ts).
 */
export const versionColumns = {
  count: sql<number>`count(*)::int`,
  idHashes: sql<string>`coalesce(sum(hashtext(${comments.id}::text)), 0)::text`,
};
export const versionOf = (row: { count: number; idHashes: string } | undefined) =>
  `${row?.count ?? 0}:${row?.idHashes ?? 0}`;

/**
 * The inspection's groups, from the cache while its comments are the same ones (`version`,
 * from versionOf, when the caller has just counted them).
 */
export async function nearDuplicates(
  db: Database,
  inspectionId: string,
  version?: string,
): Promise<NearDuplicates> {
  if (version === undefined) {
    const [row] = await db
      .select(versionColumns)
      .from(comments)
      .where(eq(comments.inspectionId, inspectionId));
    version = versionOf(row);
  }
  const cached = cache.get(inspectionId);
  if (cached?.version === version) return cached.value;
  const rows = await db
    .select({ id: comments.id, audience: responses.audience, text: comments.text })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .where(eq(comments.inspectionId, inspectionId))
    .orderBy(...readingOrder);
  const groups = groupNearDuplicates(rows).map(({ members }): NearDuplicateGroup => {
    const audiences = new Map<Audience, number>();
    for (const m of members) audiences.set(m.audience, (audiences.get(m.audience) ?? 0) + 1);
    return {
      id: members[0]!.id,
      count: members.length,
      audiences: [...audiences].map(([audience, count]) => ({ audience, count })),
      memberIds: members.map((m) => m.id),
    };
  });
  const groupOf = new Map(groups.flatMap((g) => g.memberIds.map((id) => [id, g] as const)));
  const value = { groups, groupOf, grouped: groupOf.size };
  cache.delete(inspectionId);
  cache.set(inspectionId, { version, value });
  if (cache.size > cachedInspections) cache.delete(cache.keys().next().value!);
  return value;
}

const idList = (ids: string[]) =>
  sql`(select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/**
 * The conditions that show each group once under a filter: its first comment that matches
 * stands for it and the rest are left out; with `group`, the group's comments, each of them.
 */
export async function groupedConditions(
  db: Database,
  inspectionId: string,
  filter: CommentFilter,
  found: NearDuplicates,
): Promise<SQL[]> {
  const matching = commentConditions(inspectionId, filter);
  if (filter.group) {
    const group = found.groupOf.get(filter.group);
    return [...matching, sql`${comments.id} in ${idList(group?.memberIds ?? [filter.group])}`];
  }
  if (!found.groups.length) return matching;
  const rows = await db
    .select({ id: comments.id })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .where(and(...matching, sql`${comments.id} in ${idList([...found.groupOf.keys()])}`))
    .orderBy(...readingOrder);
  const seen = new Set<NearDuplicateGroup>();
  const hidden: string[] = [];
  for (const { id } of rows) {
    const group = found.groupOf.get(id)!;
    if (seen.has(group)) hidden.push(id);
    else seen.add(group);
  }
  return hidden.length ? [...matching, sql`${comments.id} not in ${idList(hidden)}`] : matching;
}

/**
 * How many comments came in groups of the same or nearly the same words, and in how many
 * groups, counting only comments of the audiences given (the summary's: never a withheld
 * one's), so one campaign's letter is not read as many voices (#19).
 */
export function campaignsAmong(
  found: NearDuplicates,
  shown: readonly Audience[],
): { groups: number; grouped: number } {
  let groups = 0;
  let grouped = 0;
  for (const group of found.groups) {
    const members = group.audiences
      .filter(({ audience }) => shown.includes(audience))
      .reduce((n, { count }) => n + count, 0);
    if (members < 2) continue;
    groups += 1;
    grouped += members;
  }
  return { groups, grouped };
}

/** What the page says about the group a shown comment stands for (none outside a group). */
export function groupSummary(found: NearDuplicates, commentId: string): GroupSummary | null {
  const group = found.groupOf.get(commentId);
  return group ? { id: group.id, count: group.count, audiences: group.audiences } : null;
}

import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { commentCodes, comments } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { nearDuplicates, versionColumns, versionOf } from "./near-duplicates.server";
import type { NearDuplicates } from "./near-duplicates.server";

/**
 * How far the team has got: figures about comments, not people, so no suppression applies
 * (the team reads every comment). "With no code" means no code suggested or confirmed.
 */
export interface ReadingProgress {
  comments: number;
  read: number;
  uncoded: number;
  /** Near-duplicates (#19): comments that came in groups of near-identical words, and the groups. */
  grouped: number;
  groups: number;
}

export async function readingProgress(db: Database, inspectionId: string) {
  return (await readingProgressAndGroups(db, inspectionId)).progress;
}

/** The progress line and the near-duplicate groups it counts, from one pass over the comments. */
export async function readingProgressAndGroups(
  db: Database,
  inspectionId: string,
): Promise<{ progress: ReadingProgress; groups: NearDuplicates }> {
  const [row] = await db
    .select({
      ...versionColumns,
      read: sql<number>`count(${comments.readAt})::int`,
      uncoded: sql<number>`count(*) filter (where not exists (select 1 from ${commentCodes} cc where cc.comment_id = ${comments.id} and cc.status <> 'removed'))::int`,
    })
    .from(comments)
    .where(eq(comments.inspectionId, inspectionId));
  const groups = await nearDuplicates(db, inspectionId, versionOf(row));
  const progress = {
    comments: row?.count ?? 0,
    read: row?.read ?? 0,
    uncoded: row?.uncoded ?? 0,
    grouped: groups.grouped,
    groups: groups.groups.length,
  };
  return { progress, groups };
}

/**
 * Marks one of the inspection's comments read by a team member. Marking it again keeps who
 * read it first. Audited with the comment, so the log says who read what.
 */
export async function markCommentRead(
  db: Database,
  input: { userId: string; inspectionId: string; commentId: string },
): Promise<{ found: boolean }> {
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.id, input.commentId), eq(comments.inspectionId, input.inspectionId)));
    if (!comment) return { found: false };
    const marked = await tx
      .update(comments)
      .set({ readBy: input.userId, readAt: new Date() })
      .where(and(eq(comments.id, comment.id), isNull(comments.readAt)))
      .returning({ id: comments.id });
    if (marked.length) {
      await audit(tx, {
        userId: input.userId,
        inspectionId: input.inspectionId,
        action: "comment_read",
        detail: { commentId: comment.id },
      });
    }
    return { found: true };
  });
}

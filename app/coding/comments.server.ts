import { and, eq, sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { commentCodes, comments, responses } from "~db/schema";
import { criterionCodes } from "~surveys/framework";
import type { Audience } from "~/inspections/audiences";
import { audit } from "~/auth/audit.server";
import { addedByInspectorReason } from "./comment-codes";

export interface CommentWithCodes {
  id: string;
  audience: Audience;
  version: "easy" | "standard";
  questionId: string;
  text: string;
  sentiment: string | null;
  source: "typed" | "spoken";
  codes: {
    criterion: string;
    status: "suggested" | "confirmed" | "removed";
    reason: string | null;
  }[];
}

/** An inspection's comments (already redacted), optionally one audience's or one criterion's. */
export async function listComments(
  db: Database,
  inspectionId: string,
  filter: { audience?: Audience; criterion?: string } = {},
): Promise<CommentWithCodes[]> {
  const conditions = [eq(comments.inspectionId, inspectionId)];
  if (filter.audience) conditions.push(eq(responses.audience, filter.audience));
  if (filter.criterion) {
    conditions.push(
      sql`exists (select 1 from ${commentCodes} cc where cc.comment_id = ${comments.id} and cc.criterion = ${filter.criterion} and cc.status <> 'removed')`,
    );
  }
  const rows = await db
    .select({
      id: comments.id,
      audience: responses.audience,
      version: responses.version,
      questionId: comments.questionId,
      text: comments.text,
      sentiment: comments.sentiment,
      source: comments.source,
    })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .where(and(...conditions))
    .orderBy(responses.audience, comments.questionId, comments.id)
    .limit(500);
  if (!rows.length) return [];
  const codes = await db
    .select()
    .from(commentCodes)
    // The ids as one JSON parameter, not a list of them: the statement's text stays the same
    // however many comments there are, so each connection prepares it once.
    .where(
      sql`${commentCodes.commentId} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(rows.map((r) => r.id))}::jsonb))`,
    );
  return rows.map((row) => ({
    ...row,
    codes: codes
      .filter((c) => c.commentId === row.id)
      .map(({ criterion, status, reason }) => ({ criterion, status, reason }))
      .sort(
        (a, b) =>
          criterionCodes.indexOf(a.criterion as never) -
          criterionCodes.indexOf(b.criterion as never),
      ),
  }));
}

/**
 * Sets a comment's codes to exactly `criteria`, as confirmed by an inspector: codes left out
 * are marked removed (kept, so the suggestion is not made again). Audited with before and after.
 */
export async function recodeComment(
  db: Database,
  input: { userId: string; inspectionId: string; commentId: string; criteria: string[] },
) {
  const wanted = [...new Set(input.criteria)].filter((c) =>
    (criterionCodes as readonly string[]).includes(c),
  );
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.id, input.commentId), eq(comments.inspectionId, input.inspectionId)));
    if (!comment) return { found: false as const };
    const before = await tx
      .select({ criterion: commentCodes.criterion, status: commentCodes.status })
      .from(commentCodes)
      .where(eq(commentCodes.commentId, comment.id));
    for (const criterion of new Set([...before.map((b) => b.criterion), ...wanted])) {
      const status = wanted.includes(criterion) ? ("confirmed" as const) : ("removed" as const);
      await tx
        .insert(commentCodes)
        .values({
          commentId: comment.id,
          criterion,
          status,
          reason:
            status === "confirmed" && !before.some((b) => b.criterion === criterion)
              ? addedByInspectorReason
              : undefined,
        })
        .onConflictDoUpdate({
          target: [commentCodes.commentId, commentCodes.criterion],
          set: { status },
        });
    }
    await audit(tx as unknown as Database, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "recode",
      detail: {
        commentId: comment.id,
        before: before
          .filter((b) => b.status !== "removed")
          .map((b) => b.criterion)
          .sort(),
        after: [...wanted].sort(),
      },
    });
    return { found: true as const };
  });
}

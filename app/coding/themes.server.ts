/*
 * Themes (#18): an inspector's own short label for what comments under one criterion say
 * ("waiting for assessment", "transport"), per inspection. A theme is given to comments coded
 * to its criterion, renamed, merged into another, and given one quote an inspector chose —
 * never a comment flagged as a possible disclosure. Every change is audited here.
 *
 * How many people a theme rests on is a figure like any other: below the threshold it shows
 * "fewer than N" (suppressCount), never the number. Its quote shows only where the summary
 * may quote that audience (quotable.server.ts's withheld audiences).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database, DbOrTx, Transaction } from "~db/client.server";
import { rowsOf } from "~db/client.server";
import { commentCodes, commentThemes, comments, responses, themes } from "~db/schema";
import { criterionCodes, isCriterionCode } from "~surveys/framework";
import type { Audience } from "~/inspections/audiences";
import { audit } from "~/auth/audit.server";
import { isOneLine } from "~/platform/text";
import { suppressCount } from "~/summary/suppression";
import type { ShownCell } from "~/summary/suppression";

/** Longest theme label, in characters: a label, not a note. */
export const maxThemeLabel = 60;

/** Why a change was refused: each is a sentence a person can act on (inspector:themes.errors.*). */
export type ThemeProblem =
  | "labelMissing"
  | "labelTooLong"
  | "labelNotOneLine"
  | "labelTaken"
  | "noComments"
  | "noCommentsToRemove"
  | "notCoded"
  | "notFound"
  | "otherCriterion"
  | "sameTheme"
  | "quoteNotInTheme"
  | "quoteConcern";

export type ThemeOutcome<T = object> = ({ ok: true } & T) | { ok: false; problem: ThemeProblem };

/** A label as it is kept: trimmed, inner runs of spaces made one; or why it cannot be. */
export function readThemeLabel(raw: unknown): ThemeOutcome<{ label: string }> {
  if (typeof raw !== "string") return { ok: false, problem: "labelMissing" };
  if (!isOneLine(raw)) return { ok: false, problem: "labelNotOneLine" };
  const label = raw.trim().replace(/\s+/g, " ");
  if (!label) return { ok: false, problem: "labelMissing" };
  if ([...label].length > maxThemeLabel) return { ok: false, problem: "labelTooLong" };
  return { ok: true, label };
}

/** One theme as the pages show it. */
export interface ThemeView {
  id: string;
  criterion: string;
  label: string;
  /** How many people's comments carry it, suppressed like any figure. */
  people: ShownCell;
  /** The quote an inspector chose, where it may be shown. */
  quote: { id: string; text: string; audience: Audience } | null;
}

/** Every theme of an inspection, in the framework's order of criteria, then by label. */
export async function inspectionThemes(
  db: DbOrTx,
  input: { inspectionId: string; threshold: number; withheld: readonly Audience[] },
): Promise<ThemeView[]> {
  // How many people's comments carry each theme, counted for all of them at once (one pass
  // over the inspection's themed comments, not one per theme).
  const people = db
    .select({
      themeId: commentThemes.themeId,
      people: sql<number>`count(distinct ${comments.responseId})::int`.as("people"),
    })
    .from(commentThemes)
    .innerJoin(comments, eq(comments.id, commentThemes.commentId))
    .where(eq(comments.inspectionId, input.inspectionId))
    .groupBy(commentThemes.themeId)
    .as("theme_people");
  const rows = await db
    .select({
      id: themes.id,
      criterion: themes.criterion,
      label: themes.label,
      people: sql<number>`coalesce(${people.people}, 0)::int`,
      quoteId: comments.id,
      quoteText: comments.text,
      quoteConcern: comments.concern,
      quoteAudience: responses.audience,
    })
    .from(themes)
    .leftJoin(people, eq(people.themeId, themes.id))
    .leftJoin(comments, eq(comments.id, themes.quoteCommentId))
    .leftJoin(responses, eq(responses.id, comments.responseId))
    .where(eq(themes.inspectionId, input.inspectionId));
  const order = (code: string) => criterionCodes.indexOf(code as never);
  return rows
    .sort((a, b) => order(a.criterion) - order(b.criterion) || a.label.localeCompare(b.label))
    .map((row) => ({
      id: row.id,
      criterion: row.criterion,
      label: row.label,
      people: suppressCount(row.people, input.threshold),
      quote:
        row.quoteId &&
        row.quoteText !== null &&
        row.quoteAudience &&
        !row.quoteConcern &&
        !input.withheld.includes(row.quoteAudience)
          ? { id: row.quoteId, text: row.quoteText, audience: row.quoteAudience }
          : null,
    }));
}

/** Each theme's id by comment, for the comments coded to a criterion (the criterion page). */
export async function themesOf(
  db: DbOrTx,
  inspectionId: string,
  commentIds: string[],
): Promise<Record<string, string[]>> {
  if (!commentIds.length) return {};
  const rows = await db
    .select({ commentId: commentThemes.commentId, themeId: commentThemes.themeId })
    .from(commentThemes)
    .innerJoin(themes, eq(themes.id, commentThemes.themeId))
    .where(
      and(eq(themes.inspectionId, inspectionId), inArray(commentThemes.commentId, commentIds)),
    );
  const byComment: Record<string, string[]> = {};
  for (const row of rows) (byComment[row.commentId] ??= []).push(row.themeId);
  return byComment;
}

/** A theme's comments as its page shows them: how many in all, and the first few. */
export interface ThemeSample {
  count: number;
  comments: { id: string; text: string; audience: Audience; concern: boolean }[];
}

/**
 * For each theme asked for (this inspection's only), how many comments carry it and its first
 * `perTheme` in reading order, its chosen quote first: what the criterion page offers to
 * choose a quote from or take out, however many comments a theme has gathered.
 */
export async function themeSamples(
  db: DbOrTx,
  input: { inspectionId: string; themeIds: string[]; perTheme: number },
): Promise<Record<string, ThemeSample>> {
  if (!input.themeIds.length) return {};
  const rows = rowsOf<{
    themeId: string;
    count: number;
    id: string;
    text: string;
    audience: Audience;
    concern: boolean;
  }>(
    await db.execute(sql`
      select theme_id as "themeId", count, id, text, audience, concern from (
        select ct.theme_id, c.id, c.text, r.audience, c.concern,
          count(*) over (partition by ct.theme_id)::int as count,
          row_number() over (
            partition by ct.theme_id
            order by (c.id = th.quote_comment_id) is true desc, r.audience, c.question_id, c.id
          ) as place
        from ${commentThemes} ct
        join ${themes} th on th.id = ct.theme_id
        join ${comments} c on c.id = ct.comment_id
        join ${responses} r on r.id = c.response_id
        where th.inspection_id = ${input.inspectionId}
          and ct.theme_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(input.themeIds)}::jsonb))
      ) ranked
      where place <= ${input.perTheme}
      order by theme_id, place`),
  );
  const samples: Record<string, ThemeSample> = {};
  for (const row of rows) {
    const sample = (samples[row.themeId] ??= { count: row.count, comments: [] });
    sample.comments.push({
      id: row.id,
      text: row.text,
      audience: row.audience,
      concern: row.concern,
    });
  }
  return samples;
}

/** A theme of this inspection, in the transaction, or undefined (another's is not found). */
async function themeOf(tx: Transaction, inspectionId: string, themeId: string) {
  const [theme] = await tx
    .select()
    .from(themes)
    .where(and(eq(themes.id, themeId), eq(themes.inspectionId, inspectionId)));
  return theme;
}

/** The theme under a criterion with this label, whatever its case. */
async function themeNamed(tx: Transaction, inspectionId: string, criterion: string, label: string) {
  const [theme] = await tx
    .select()
    .from(themes)
    .where(
      and(
        eq(themes.inspectionId, inspectionId),
        eq(themes.criterion, criterion),
        sql`lower(${themes.label}) = lower(${label})`,
      ),
    );
  return theme;
}

/**
 * Gives comments a theme under a criterion: the theme of that name if there is one (whatever
 * its case), else a new one. Every comment must be the inspection's and coded to the criterion
 * (a code not removed); otherwise nothing is written.
 */
export async function addToTheme(
  db: Database,
  input: {
    userId: string;
    inspectionId: string;
    criterion: string;
    label: unknown;
    commentIds: string[];
  },
): Promise<ThemeOutcome<{ themeId: string; created: boolean }>> {
  if (!isCriterionCode(input.criterion)) return { ok: false, problem: "notFound" };
  const read = readThemeLabel(input.label);
  if (!read.ok) return read;
  const wanted = [...new Set(input.commentIds)];
  if (!wanted.length) return { ok: false, problem: "noComments" };
  return db.transaction(async (tx) => {
    const coded = await tx
      .select({ id: comments.id })
      .from(comments)
      .innerJoin(commentCodes, eq(commentCodes.commentId, comments.id))
      .where(
        and(
          eq(comments.inspectionId, input.inspectionId),
          inArray(comments.id, wanted),
          eq(commentCodes.criterion, input.criterion),
          sql`${commentCodes.status} <> 'removed'`,
        ),
      );
    if (coded.length !== wanted.length) return { ok: false as const, problem: "notCoded" as const };
    let theme = await themeNamed(tx, input.inspectionId, input.criterion, read.label);
    const created = !theme;
    if (!theme)
      [theme] = await tx
        .insert(themes)
        .values({
          inspectionId: input.inspectionId,
          criterion: input.criterion,
          label: read.label,
          createdBy: input.userId,
        })
        .returning();
    await tx
      .insert(commentThemes)
      .values(wanted.map((commentId) => ({ commentId, themeId: theme!.id })))
      .onConflictDoNothing();
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "theme_changed",
      detail: {
        change: created ? "created" : "added",
        themeId: theme!.id,
        criterion: input.criterion,
        label: theme!.label,
        comments: wanted,
      },
    });
    return { ok: true as const, themeId: theme!.id, created };
  });
}

/** Takes comments out of a theme (the theme stays, with its name). */
export async function removeFromTheme(
  db: Database,
  input: { userId: string; inspectionId: string; themeId: string; commentIds: string[] },
): Promise<ThemeOutcome> {
  return db.transaction(async (tx) => {
    const theme = await themeOf(tx, input.inspectionId, input.themeId);
    if (!theme) return { ok: false as const, problem: "notFound" as const };
    if (!input.commentIds.length)
      return { ok: false as const, problem: "noCommentsToRemove" as const };
    await tx
      .delete(commentThemes)
      .where(
        and(
          eq(commentThemes.themeId, theme.id),
          inArray(commentThemes.commentId, input.commentIds),
        ),
      );
    if (theme.quoteCommentId && input.commentIds.includes(theme.quoteCommentId))
      await tx.update(themes).set({ quoteCommentId: null }).where(eq(themes.id, theme.id));
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "theme_changed",
      detail: { change: "removed", themeId: theme.id, comments: input.commentIds },
    });
    return { ok: true as const };
  });
}

/** Renames a theme; a name another theme of its criterion has is refused (merge instead). */
export async function renameTheme(
  db: Database,
  input: { userId: string; inspectionId: string; themeId: string; label: unknown },
): Promise<ThemeOutcome> {
  const read = readThemeLabel(input.label);
  if (!read.ok) return read;
  return db.transaction(async (tx) => {
    const theme = await themeOf(tx, input.inspectionId, input.themeId);
    if (!theme) return { ok: false as const, problem: "notFound" as const };
    const named = await themeNamed(tx, input.inspectionId, theme.criterion, read.label);
    if (named && named.id !== theme.id)
      return { ok: false as const, problem: "labelTaken" as const };
    await tx.update(themes).set({ label: read.label }).where(eq(themes.id, theme.id));
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "theme_changed",
      detail: { change: "renamed", themeId: theme.id, before: theme.label, after: read.label },
    });
    return { ok: true as const };
  });
}

/**
 * Merges a theme into another of the same criterion: its comments join the other, which keeps
 * its name and its quote (or takes this one's if it had none); this one goes.
 */
export async function mergeThemes(
  db: Database,
  input: { userId: string; inspectionId: string; themeId: string; intoId: string },
): Promise<ThemeOutcome> {
  if (input.themeId === input.intoId) return { ok: false, problem: "sameTheme" };
  return db.transaction(async (tx) => {
    const theme = await themeOf(tx, input.inspectionId, input.themeId);
    const into = await themeOf(tx, input.inspectionId, input.intoId);
    if (!theme || !into) return { ok: false as const, problem: "notFound" as const };
    if (theme.criterion !== into.criterion)
      return { ok: false as const, problem: "otherCriterion" as const };
    await tx.execute(sql`
      insert into ${commentThemes} (comment_id, theme_id)
      select comment_id, ${into.id}::uuid from ${commentThemes} where theme_id = ${theme.id}
      on conflict do nothing`);
    if (!into.quoteCommentId && theme.quoteCommentId)
      await tx
        .update(themes)
        .set({ quoteCommentId: theme.quoteCommentId })
        .where(eq(themes.id, into.id));
    await tx.delete(themes).where(eq(themes.id, theme.id));
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "theme_changed",
      detail: {
        change: "merged",
        themeId: theme.id,
        label: theme.label,
        intoId: into.id,
        intoLabel: into.label,
      },
    });
    return { ok: true as const };
  });
}

/**
 * Chooses a theme's quote: one of its own comments, never one flagged as a possible
 * disclosure. Only an inspector chooses it; nothing picks one on its own.
 */
export async function chooseThemeQuote(
  db: Database,
  input: { userId: string; inspectionId: string; themeId: string; commentId: string },
): Promise<ThemeOutcome> {
  return db.transaction(async (tx) => {
    const theme = await themeOf(tx, input.inspectionId, input.themeId);
    if (!theme) return { ok: false as const, problem: "notFound" as const };
    const [comment] = await tx
      .select({ id: comments.id, concern: comments.concern })
      .from(commentThemes)
      .innerJoin(comments, eq(comments.id, commentThemes.commentId))
      .where(
        and(
          eq(commentThemes.themeId, theme.id),
          eq(commentThemes.commentId, input.commentId),
          eq(comments.inspectionId, input.inspectionId),
        ),
      );
    if (!comment) return { ok: false as const, problem: "quoteNotInTheme" as const };
    if (comment.concern) return { ok: false as const, problem: "quoteConcern" as const };
    await tx.update(themes).set({ quoteCommentId: comment.id }).where(eq(themes.id, theme.id));
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "theme_changed",
      detail: { change: "quote", themeId: theme.id, commentId: comment.id },
    });
    return { ok: true as const };
  });
}

/** An inspection's themes as a filter offers them: "I3: Transport to school". */
export async function themeChoices(
  db: DbOrTx,
  inspectionId: string,
): Promise<{ value: string; label: string }[]> {
  const rows = await db
    .select({ id: themes.id, criterion: themes.criterion, label: themes.label })
    .from(themes)
    .where(eq(themes.inspectionId, inspectionId));
  const order = (code: string) => criterionCodes.indexOf(code as never);
  return rows
    .sort((a, b) => order(a.criterion) - order(b.criterion) || a.label.localeCompare(b.label))
    .map((row) => ({ value: row.id, label: `${row.criterion}: ${row.label}` }));
}

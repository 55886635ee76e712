import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { rowsOf } from "~db/client.server";
import { commentCodes, comments, responses, webinarFeedback, webinars } from "~db/schema";
import { listComments } from "~/coding/comments.server";
import type { CommentWithCodes } from "~/coding/comments.server";
import { audiences } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import type { CriterionQuotes } from "./quotes";
import type { InspectionSummary } from "./summary.server";
import { inspectionSummary } from "./summary.server";
import type { ShownCell } from "./suppression";
import { suppressionThreshold } from "./threshold.server";

/*
 * The one place that decides whose words may be quoted (#17, #25). An audience whose number of
 * responses is hidden ("fewer than N people", or withheld with one) is withheld: the team reads
 * its comments and hears its recordings like any others, since reading is their job and what
 * respondents are told, but its words are never quoted in the summary, the evidence pack or
 * any export. Routes get quotes and quotable comments only from here (a lint rule says so).
 */

/** The audiences withheld in a summary already worked out (its everyone view). */
export function withheldIn(summary: Pick<InspectionSummary, "responses">): Audience[] {
  return audiences.filter((audience) => summary.responses[audience].suppressed);
}

/** The audiences of an inspection whose words are never quoted. */
export async function withheldAudiences(
  db: Database,
  inspectionId: string,
  threshold = suppressionThreshold(),
): Promise<Audience[]> {
  return withheldIn(await inspectionSummary(db, inspectionId, threshold));
}

/**
 * Every comment that may be quoted or exported: none from a withheld audience. A filter (one
 * audience, one criterion) narrows them; it never brings back a withheld audience.
 */
export async function quotableComments(
  db: Database,
  inspectionId: string,
  withheld: Audience[],
  filter: { audience?: Audience; criterion?: string; theme?: string } = {},
): Promise<CommentWithCodes[]> {
  return (await listComments(db, inspectionId, filter)).filter(
    (c) => !withheld.includes(c.audience),
  );
}

/**
 * A few quotes under each criterion, from audiences that are not withheld, and how many
 * comments each criterion has in all: what `quotesByCriterion` (app/summary/quotes.ts) makes
 * of every quotable comment, worked out in the database, so an inspection with thousands of
 * comments reads the few quotes and the counts, not every comment.
 */
export async function summaryQuotes(
  db: Database,
  inspectionId: string,
  withheld: Audience[],
  perCriterion = 3,
): Promise<Partial<Record<Audience, Record<string, CriterionQuotes>>>> {
  const shown = audiences.filter((a) => !withheld.includes(a));
  if (!shown.length) return {};
  const shownList = sql.join(
    shown.map((a) => sql`${a}`),
    sql`, `,
  );
  const totals = rowsOf<{ audience: Audience; criterion: string; total: number }>(
    await db.execute(sql`
    select r.audience, cc.criterion, count(*)::int as total
    from ${comments} c
    join ${responses} r on r.id = c.response_id
    join ${commentCodes} cc on cc.comment_id = c.id and cc.status <> 'removed'
    where c.inspection_id = ${inspectionId} and r.audience in (${shownList})
    group by r.audience, cc.criterion`),
  );
  // Confirmed by an inspector first, then suggested by the lexicon; each in reading order.
  const quotes = rowsOf<{ audience: Audience; criterion: string; id: string; text: string }>(
    await db.execute(sql`
    select audience, criterion, id, text from (
      select r.audience, cc.criterion, c.id, c.text,
        row_number() over (
          partition by r.audience, cc.criterion
          order by (cc.status = 'confirmed') desc, r.audience, c.question_id, c.id
        ) as place
      from ${comments} c
      join ${responses} r on r.id = c.response_id
      join ${commentCodes} cc on cc.comment_id = c.id and cc.status in ('confirmed', 'suggested')
      where c.inspection_id = ${inspectionId} and r.audience in (${shownList}) and not c.concern
    ) ranked
    where place <= ${perCriterion}
    order by audience, criterion, place`),
  );
  const result: Partial<Record<Audience, Record<string, CriterionQuotes>>> = {};
  for (const row of totals)
    (result[row.audience] ??= {})[row.criterion] = { quotes: [], total: row.total };
  for (const row of quotes)
    result[row.audience]![row.criterion]!.quotes.push({ id: row.id, text: row.text });
  return result;
}

/**
 * What people wrote in webinar feedback (#22), redacted when stored: quoted only when the
 * number who gave feedback is shown, as an audience's words are, and never words that may be
 * a disclosure (those are on the safeguarding page). A few, and how many in all.
 */
export async function quotableFeedback(
  db: Database,
  inspectionId: string,
  responses: ShownCell,
  shown = 5,
): Promise<{ quotes: string[]; total: number }> {
  if (responses.suppressed) return { quotes: [], total: 0 };
  const rows = await db
    .select({ other: webinarFeedback.other })
    .from(webinarFeedback)
    .innerJoin(webinars, eq(webinars.id, webinarFeedback.webinarId))
    .where(
      and(
        eq(webinars.inspectionId, inspectionId),
        isNotNull(webinarFeedback.other),
        eq(webinarFeedback.concern, false),
      ),
    );
  const words = rows.map((row) => row.other!).sort();
  return { quotes: words.slice(0, shown), total: words.length };
}

import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { answers, responses } from "../../db/schema";
import { criterionCodes } from "../../surveys/framework";
import type { CriterionCode } from "../../surveys/framework";
import type { Audience } from "../inspections/audiences";
import { audiences } from "../inspections/audiences";
import { suppressCount, suppressRow } from "./suppression";
import type { ShownCell, ShownRow } from "./suppression";

export const polarityColumns = ["positive", "neutral", "negative", "dont_know"] as const;
export type PolarityColumn = (typeof polarityColumns)[number];

export interface CriterionRow {
  criterion: CriterionCode;
  row: ShownRow;
}

export interface Breakdown {
  /** "version", "language", "channel" or "day". */
  by: "version" | "language" | "channel" | "day";
  rows: { value: string; count: ShownCell }[];
}

export interface InspectionSummary {
  threshold: number;
  breakdowns: Breakdown[];
  responses: Record<Audience, ShownCell>;
  totalResponses: ShownCell;
  byAudience: Record<Audience, CriterionRow[]>;
}

/**
 * Closed answers by criterion, audience and polarity, suppressed below the threshold. Each
 * answer counts once for every criterion its question informs.
 */
export async function inspectionSummary(
  db: Database,
  inspectionId: string,
  threshold: number,
): Promise<InspectionSummary> {
  const cells = await db
    .select({
      audience: responses.audience,
      criterion: sql<string>`c.criterion`,
      polarity: answers.polarity,
      count: sql<number>`count(*)::int`,
      people: sql<number>`count(distinct ${answers.responseId})::int`,
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .innerJoin(sql`unnest(${answers.criteria}) as c(criterion)`, sql`true`)
    .where(and(eq(answers.inspectionId, inspectionId), sql`${answers.polarity} <> 'none'`))
    .groupBy(responses.audience, sql`c.criterion`, answers.polarity);
  const rowPeople = await db
    .select({
      audience: responses.audience,
      criterion: sql<string>`c.criterion`,
      people: sql<number>`count(distinct ${answers.responseId})::int`,
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .innerJoin(sql`unnest(${answers.criteria}) as c(criterion)`, sql`true`)
    .where(eq(answers.inspectionId, inspectionId))
    .groupBy(responses.audience, sql`c.criterion`);
  const totals = await db
    .select({ audience: responses.audience, count: sql<number>`count(*)::int` })
    .from(responses)
    .where(eq(responses.inspectionId, inspectionId))
    .groupBy(responses.audience);

  const byAudience = Object.fromEntries(
    audiences.map((audience) => {
      const rows: CriterionRow[] = [];
      for (const criterion of criterionCodes) {
        const people =
          rowPeople.find((r) => r.audience === audience && r.criterion === criterion)?.people ?? 0;
        if (people === 0) continue;
        const row = suppressRow(
          polarityColumns.map((polarity) => {
            const cell = cells.find(
              (c) =>
                c.audience === audience && c.criterion === criterion && c.polarity === polarity,
            );
            return { count: cell?.count ?? 0, people: cell?.people ?? 0 };
          }),
          people,
          threshold,
        );
        rows.push({ criterion, row });
      }
      return [audience, rows];
    }),
  ) as Record<Audience, CriterionRow[]>;

  const counts = Object.fromEntries(
    audiences.map((a) => [a, totals.find((t) => t.audience === a)?.count ?? 0]),
  ) as Record<Audience, number>;
  const shown = Object.fromEntries(
    audiences.map((a) => [a, suppressCount(counts[a], threshold)]),
  ) as Record<Audience, ShownCell>;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  // With exactly one audience hidden, the total minus the others would give it away.
  const hiddenAudiences = audiences.filter((a) => shown[a].suppressed).length;
  return {
    threshold,
    breakdowns: await responseBreakdowns(db, inspectionId, threshold),
    responses: shown,
    totalResponses: hiddenAudiences === 1 ? { suppressed: true } : suppressCount(total, threshold),
    byAudience,
  };
}

/**
 * Responses by version, language, channel and day. Each breakdown adds up to the total, so
 * it is suppressed as one row: a small group is hidden together with a partner.
 */
async function responseBreakdowns(
  db: Database,
  inspectionId: string,
  threshold: number,
): Promise<Breakdown[]> {
  const columns = {
    version: responses.version,
    language: responses.language,
    channel: responses.channel,
    day: responses.submittedOn,
  } as const;
  const breakdowns: Breakdown[] = [];
  for (const by of ["version", "language", "channel", "day"] as const) {
    const column = columns[by];
    const rows = await db
      .select({ value: column, count: sql<number>`count(*)::int` })
      .from(responses)
      .where(eq(responses.inspectionId, inspectionId))
      .groupBy(column)
      .orderBy(column);
    if (!rows.length) continue;
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    const shownRow = suppressRow(
      rows.map((r) => ({ count: r.count, people: r.count })),
      total,
      threshold,
    );
    breakdowns.push({
      by,
      rows: rows.map((r, i) => ({ value: String(r.value), count: shownRow.cells[i]! })),
    });
  }
  return breakdowns;
}

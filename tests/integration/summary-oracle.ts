/*
 * The summary computed straight from the stored answers with SQL, as it was before counters:
 * the oracle the counter-based summary must agree with (tests/integration/summary-counts.test.ts).
 */
import { and, eq, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { answers, responses } from "~db/schema";
import { criterionCodes } from "~surveys/framework";
import type { Audience } from "~/inspections/audiences";
import { audiences } from "~/inspections/audiences";
import { notAnswered } from "~/summary/filters";
import type { SummaryFilter } from "~/summary/filters";
import { suppressPartition } from "~/summary/partition";
import { suppressCount, suppressRow } from "~/summary/suppression";
import type { Cell, ShownCell, ShownRow } from "~/summary/suppression";

import { polarityColumns } from "~/summary/columns";
import type { PolarityColumn } from "~/summary/columns";
import { summaryScales } from "~/summary/summary.server";
import type {
  Breakdown,
  CriterionRow,
  CriterionScales,
  InspectionSummary,
  SubPointRows,
} from "~/summary/summary.server";
import { agreeScale, answerScale, facesScale } from "~surveys";

/**
 * The version a response counts under (#20): its answers' one version, "mixed" when they were
 * given in both, or the version it was sent in when it has no closed answers.
 */
// Written out with the table's name: GROUP BY must repeat the select's expression exactly.
const responseVersion = sql<string>`${sql.raw(`(select case when count(distinct v.version) > 1
  then 'mixed' else coalesce(min(v.version), "responses"."version") end
  from answers v where v.response_id = "responses"."id")`)}`;

/** The channel a response counts under: a late paper form's is its own (#20). */
const responseChannel = sql<string>`${sql.raw(`(case when "responses"."late" then 'paper_late'
  else "responses"."channel" end)`)}`;

/** The group a response falls in under a filter ('' when there is none). */
function groupOf(filter: SummaryFilter | undefined): SQL<string> {
  // A cast, not a bare literal: PostgreSQL refuses a text constant in GROUP BY.
  if (!filter) return sql<string>`''::text`;
  if (filter.dimension === "version") return responseVersion;
  // Written into the query, not passed as parameters: GROUP BY must repeat the select's
  // expression exactly, and $1 and $4 are not the same expression. Both come from fixed
  // lists (parseFilter accepts nothing else), and the pattern check makes sure of it.
  if (!/^[a-z_]+$/.test(filter.dimension)) throw new Error("unknown filter");
  return sql<string>`coalesce(${responses.about} ->> ${sql.raw(`'${filter.dimension}'`)}, ${sql.raw(`'${notAnswered}'`)})`;
}

/** Answer counts by audience, criterion, group and polarity, and people per row. */
async function criterionCells(db: Database, inspectionId: string, group: SQL<string>) {
  const criterionColumn = sql<string>`c.criterion`;
  const [cells, rows] = await Promise.all([
    db
      .select({
        audience: responses.audience,
        criterion: criterionColumn,
        group,
        polarity: answers.polarity,
        count: sql<number>`count(*)::int`,
        people: sql<number>`count(distinct ${answers.responseId})::int`,
      })
      .from(answers)
      .innerJoin(responses, eq(responses.id, answers.responseId))
      .innerJoin(sql`unnest(${answers.criteria}) as c(criterion)`, sql`true`)
      .where(and(eq(answers.inspectionId, inspectionId), sql`${answers.polarity} <> 'none'`))
      .groupBy(responses.audience, criterionColumn, group, answers.polarity),
    db
      .select({
        audience: responses.audience,
        criterion: criterionColumn,
        group,
        people: sql<number>`count(distinct ${answers.responseId})::int`,
      })
      .from(answers)
      .innerJoin(responses, eq(responses.id, answers.responseId))
      .innerJoin(sql`unnest(${answers.criteria}) as c(criterion)`, sql`true`)
      .where(eq(answers.inspectionId, inspectionId))
      .groupBy(responses.audience, criterionColumn, group),
  ]);
  const key = (audience: string, criterion: string, g: string) => `${audience}|${criterion}|${g}`;
  const cellMap = new Map<string, Cell[]>();
  for (const c of cells) {
    const k = key(c.audience, c.criterion, c.group);
    const row = cellMap.get(k) ?? polarityColumns.map(() => ({ count: 0, people: 0 }));
    row[polarityColumns.indexOf(c.polarity as PolarityColumn)] = {
      count: c.count,
      people: c.people,
    };
    cellMap.set(k, row);
  }
  const people = new Map(rows.map((r) => [key(r.audience, r.criterion, r.group), r.people]));
  return {
    groups: [...new Set(rows.map((r) => r.group))].sort(),
    row: (audience: Audience, criterion: string, g: string) => ({
      cells:
        cellMap.get(key(audience, criterion, g)) ??
        polarityColumns.map(() => ({ count: 0, people: 0 })),
      people: people.get(key(audience, criterion, g)) ?? 0,
    }),
  };
}

/** How many responses each audience has, split by the filter's groups. */
async function responseCounts(db: Database, inspectionId: string, group: SQL<string>) {
  const rows = await db
    .select({ audience: responses.audience, group, count: sql<number>`count(*)::int` })
    .from(responses)
    .where(eq(responses.inspectionId, inspectionId))
    .groupBy(responses.audience, group);
  return (audience: Audience, g?: string) =>
    rows
      .filter((r) => r.audience === audience && (g === undefined || r.group === g))
      .reduce((n, r) => n + r.count, 0);
}

/**
 * Closed answers by criterion, audience and polarity, suppressed below the threshold. Each
 * answer counts once for every criterion its question informs. With a filter, the figures
 * are one group's, protected together with every other group of the same split.
 */
export async function oracleSummary(
  db: Database,
  inspectionId: string,
  threshold: number,
  filter?: SummaryFilter,
): Promise<InspectionSummary> {
  const unfiltered = await criterionCells(db, inspectionId, groupOf(undefined));
  const split = filter ? await criterionCells(db, inspectionId, groupOf(filter)) : undefined;
  const counts = await responseCounts(db, inspectionId, groupOf(filter));
  // Which groups of each audience are withheld, and the chosen group's size.
  const groupSizes = Object.fromEntries(
    audiences.map((audience) => {
      if (!filter || !split) return [audience, undefined];
      const groups = [...new Set([...split.groups, filter.value])].sort();
      const sizes = suppressRow(
        groups.map((g) => ({ count: counts(audience, g), people: counts(audience, g) })),
        counts(audience),
        threshold,
      );
      return [audience, { groups, sizes }];
    }),
  ) as Record<Audience, { groups: string[]; sizes: ShownRow } | undefined>;

  const byAudience = Object.fromEntries(
    audiences.map((audience) => {
      const rows: CriterionRow[] = [];
      for (const criterion of criterionCodes) {
        const whole = unfiltered.row(audience, criterion, "");
        if (whole.people === 0) continue;
        const shownWhole = suppressRow(whole.cells, whole.people, threshold);
        const sizes = groupSizes[audience];
        if (!filter || !split || !sizes) {
          rows.push({ criterion, row: shownWhole });
          continue;
        }
        const shownGroups = suppressPartition(
          shownWhole,
          sizes.groups.map((g, i) => ({
            ...split.row(audience, criterion, g),
            withheld: sizes.sizes.suppressed || sizes.sizes.cells[i]!.suppressed,
          })),
          threshold,
        );
        const chosen = shownGroups[sizes.groups.indexOf(filter.value)]!;
        if (split.row(audience, criterion, filter.value).people > 0 || !chosen.suppressed)
          rows.push({ criterion, row: chosen });
      }
      return [audience, rows];
    }),
  ) as Record<Audience, CriterionRow[]>;

  const shown = Object.fromEntries(
    audiences.map((a) => {
      const sizes = groupSizes[a];
      if (!filter || !sizes) return [a, suppressCount(counts(a), threshold)];
      const i = sizes.groups.indexOf(filter.value);
      return [
        a,
        sizes.sizes.suppressed ? { suppressed: true, reason: "few" } : sizes.sizes.cells[i]!,
      ];
    }),
  ) as Record<Audience, ShownCell>;
  const total = audiences.reduce((n, a) => n + counts(a, filter?.value), 0);
  // With any audience hidden, the total minus the others would give it (or their sum) away.
  const anyHidden = audiences.some((a) => shown[a].suppressed);
  return {
    threshold,
    filter,
    // Breakdowns only for everyone: split again by a filter, they would be tables in tables.
    breakdowns: filter ? [] : await responseBreakdowns(db, inspectionId, threshold),
    subPoints: filter ? {} : await subPointSummary(db, inspectionId, threshold),
    scales: filter ? {} : await scaleSummary(db, inspectionId, threshold),
    responses: shown,
    totalResponses: anyHidden
      ? { suppressed: true, reason: total < threshold ? "few" : "withheld" }
      : suppressCount(total, threshold),
    byAudience,
  };
}

/**
 * Sub-point rows overlap each other and their criterion, so any two can be subtracted. What
 * subtraction can reveal are the "atoms": the answers to questions with the same sub-points
 * within the criterion. So a criterion's sub-points are shown only when every atom's every
 * figure is nought or about at least `threshold` people; then every sum or difference of them
 * is too. Otherwise the criterion shows no sub-points at all (nothing is half-hidden).
 */
async function subPointSummary(
  db: Database,
  inspectionId: string,
  threshold: number,
): Promise<InspectionSummary["subPoints"]> {
  const criterionColumn = sql<string>`c.criterion`;
  const signature = sql<string>`array(select s from unnest(${answers.subPoints}) s where s like c.criterion || '.%' order by s)::text`;
  const closed = and(eq(answers.inspectionId, inspectionId), sql`${answers.polarity} <> 'none'`);
  const [atoms, cells, rowPeople] = await Promise.all([
    db
      .select({
        audience: responses.audience,
        criterion: criterionColumn,
        signature,
        count: sql<number>`count(*)::int`,
        people: sql<number>`count(distinct ${answers.responseId})::int`,
      })
      .from(answers)
      .innerJoin(responses, eq(responses.id, answers.responseId))
      .innerJoin(sql`unnest(${answers.criteria}) as c(criterion)`, sql`true`)
      .where(closed)
      .groupBy(responses.audience, criterionColumn, signature, answers.polarity),
    db
      .select({
        audience: responses.audience,
        subPoint: sql<string>`sp.sub_point`,
        polarity: answers.polarity,
        count: sql<number>`count(*)::int`,
        people: sql<number>`count(distinct ${answers.responseId})::int`,
      })
      .from(answers)
      .innerJoin(responses, eq(responses.id, answers.responseId))
      .innerJoin(sql`unnest(${answers.subPoints}) as sp(sub_point)`, sql`true`)
      .where(closed)
      .groupBy(responses.audience, sql`sp.sub_point`, answers.polarity),
    db
      .select({
        audience: responses.audience,
        subPoint: sql<string>`sp.sub_point`,
        people: sql<number>`count(distinct ${answers.responseId})::int`,
      })
      .from(answers)
      .innerJoin(responses, eq(responses.id, answers.responseId))
      .innerJoin(sql`unnest(${answers.subPoints}) as sp(sub_point)`, sql`true`)
      .where(closed)
      .groupBy(responses.audience, sql`sp.sub_point`),
  ]);
  const result: InspectionSummary["subPoints"] = {};
  for (const audience of audiences) {
    const byCriterion: Record<string, SubPointRows> = {};
    const subPoints = [
      ...new Set(rowPeople.filter((r) => r.audience === audience).map((r) => r.subPoint)),
    ].sort();
    for (const subPoint of subPoints) {
      const criterion = subPoint.split(".")[0]!;
      const safe = atoms
        .filter((a) => a.audience === audience && a.criterion === criterion)
        .every((a) => a.count === 0 || a.people >= threshold);
      const entry = (byCriterion[criterion] ??= { available: safe, rows: [] });
      if (!safe) continue;
      const people = rowPeople.find((r) => r.audience === audience && r.subPoint === subPoint)!;
      entry.rows.push({
        subPoint,
        row: suppressRow(
          polarityColumns.map((polarity) => {
            const cell = cells.find(
              (c) => c.audience === audience && c.subPoint === subPoint && c.polarity === polarity,
            );
            return { count: cell?.count ?? 0, people: cell?.people ?? 0 };
          }),
          people.people,
          threshold,
        ),
      });
    }
    if (Object.keys(byCriterion).length) result[audience] = byCriterion;
  }
  return result;
}

/**
 * Each scale's own counts where a criterion's row adds easy read's faces to standard's five
 * points: shown only when every piece (same sub-points, same scale, same answer; a question's
 * own options by polarity) is nought or about at least `threshold` people.
 */
async function scaleSummary(
  db: Database,
  inspectionId: string,
  threshold: number,
): Promise<InspectionSummary["scales"]> {
  const stored = await db
    .select({
      responseId: answers.responseId,
      audience: responses.audience,
      // The version each answer was given in (#20).
      version: answers.version,
      questionId: answers.questionId,
      value: answers.value,
      polarity: answers.polarity,
      criteria: answers.criteria,
      subPoints: answers.subPoints,
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .where(and(eq(answers.inspectionId, inspectionId), sql`${answers.polarity} <> 'none'`));
  // audience → criterion → piece → answers and the people who gave them
  const pieces = new Map<
    string,
    {
      audience: string;
      criterion: string;
      scale: string;
      value: string;
      answers: number;
      people: Set<string>;
    }
  >();
  for (const a of stored) {
    const scale = answerScale(a.audience, a.version, a.questionId) ?? "choice";
    for (const criterion of a.criteria) {
      const signature = a.subPoints
        .filter((p) => p.startsWith(`${criterion}.`))
        .sort()
        .join(",");
      const value = scale === "choice" ? a.polarity : a.value;
      const key = [a.audience, criterion, signature, scale, value].join("|");
      const piece = pieces.get(key) ?? {
        audience: a.audience,
        criterion,
        scale,
        value,
        answers: 0,
        people: new Set<string>(),
      };
      piece.answers += 1;
      piece.people.add(a.responseId);
      pieces.set(key, piece);
    }
  }
  const values = { faces: facesScale.map((o) => o.value), agree5: agreeScale.map((o) => o.value) };
  const result: InspectionSummary["scales"] = {};
  for (const audience of audiences) {
    const byCriterion: Record<string, CriterionScales> = {};
    for (const criterion of criterionCodes) {
      const own = [...pieces.values()].filter(
        (p) => p.audience === audience && p.criterion === criterion,
      );
      if (!summaryScales.every((scale) => own.some((p) => p.scale === scale))) continue;
      const available = own.every((p) => p.people.size >= threshold);
      byCriterion[criterion] = {
        available,
        scales: !available
          ? []
          : summaryScales.map((scale) => {
              const count = (value: string) =>
                own
                  .filter((p) => p.scale === scale && p.value === value)
                  .reduce((n, p) => n + p.answers, 0);
              const total = values[scale].reduce((n, v) => n + count(v), 0);
              return {
                scale,
                total,
                cells: values[scale].map((value) => ({
                  value,
                  count: count(value),
                  percent: Math.round((count(value) / total) * 1000) / 10,
                })),
              };
            }),
      };
    }
    if (Object.keys(byCriterion).length) result[audience] = byCriterion;
  }
  return result;
}

/**
 * Responses by version, language, channel and day, per audience: each audience's column is
 * suppressed as one row with the audience's total, never added across audiences.
 */
async function responseBreakdowns(
  db: Database,
  inspectionId: string,
  threshold: number,
): Promise<Breakdown[]> {
  const columns = {
    version: responseVersion,
    language: responses.language,
    channel: responseChannel,
    day: responses.submittedOn,
  } as const;
  const breakdowns: Breakdown[] = [];
  for (const by of ["version", "language", "channel", "day"] as const) {
    const column = columns[by];
    const rows = await db
      .select({
        value: column,
        audience: responses.audience,
        count: sql<number>`count(*)::int`,
      })
      .from(responses)
      .where(eq(responses.inspectionId, inspectionId))
      .groupBy(column, responses.audience);
    if (!rows.length) continue;
    const values = [...new Set(rows.map((r) => String(r.value)))].sort();
    const count = (a: Audience, v: string) =>
      rows.find((r) => r.audience === a && String(r.value) === v)?.count ?? 0;
    const byAudience = Object.fromEntries(
      audiences.map((a) => {
        const cells = values.map((v) => ({ count: count(a, v), people: count(a, v) }));
        const total = cells.reduce((n, c) => n + c.count, 0);
        return [a, suppressRow(cells, total, threshold).cells];
      }),
    ) as Record<Audience, ShownCell[]>;
    breakdowns.push({
      by,
      rows: values.map((value, i) => ({
        value,
        counts: Object.fromEntries(audiences.map((a) => [a, byAudience[a][i]!])) as Record<
          Audience,
          ShownCell
        >,
      })),
    });
  }
  return breakdowns;
}

import type { Database } from "~db/client.server";
import { criterionCodes } from "~surveys/framework";
import type { CriterionCode } from "~surveys/framework";
import type { Audience } from "~/inspections/audiences";
import { audiences } from "~/inspections/audiences";
import { agreeScale, facesScale } from "~surveys/options";
import { countKey, parseScaleCode } from "./counts";
import type { CountKey, CountRow } from "./counts";
import { readCounts } from "./counts.server";
import type { SummaryFilter } from "./filters";
import { suppressPartition } from "./partition";
import { fewPeople, hiddenBecause, suppressCount, suppressRow } from "./suppression";
import type { Cell, ShownCell, ShownRow } from "./suppression";

import { polarityColumns } from "./columns";

export { polarityColumns } from "./columns";
export type { PolarityColumn } from "./columns";

export interface CriterionRow {
  criterion: CriterionCode;
  row: ShownRow;
}

/**
 * Responses by version, language, channel or day, per audience: each audience's column is
 * suppressed as its own row (with the audience's total), exactly as a filter's group sizes
 * and the area's daily counts are, so no two views split the same people differently, and
 * no figure adds audiences together (which a hidden audience could be the difference of).
 */
export interface Breakdown {
  /** "version", "language", "channel" or "day". */
  by: "version" | "language" | "channel" | "day";
  rows: { value: string; counts: Record<Audience, ShownCell> }[];
}

export interface SubPointRows {
  /** False when some group of answers behind the sub-points is too small to show apart. */
  available: boolean;
  rows: { subPoint: string; row: ShownRow }[];
}

/** One scale's own answers within a criterion: Yes / Sometimes / No, or the five points. */
export interface ScaleCounts {
  scale: SummaryScale;
  total: number;
  cells: { value: string; count: number; percent: number }[];
}

export interface CriterionScales {
  /** False when some group of answers behind the scales is too small to show apart. */
  available: boolean;
  scales: ScaleCounts[];
}

/** The scales whose answers the rows add together (easy read's faces, standard's agreement). */
export const summaryScales = ["faces", "agree5"] as const;
export type SummaryScale = (typeof summaryScales)[number];
const scaleValues: Record<SummaryScale, string[]> = {
  faces: facesScale.map((o) => o.value),
  agree5: agreeScale.map((o) => o.value),
};

export interface InspectionSummary {
  threshold: number;
  /**
   * Per audience and criterion, where a criterion adds answers on both scales together: each
   * scale's own counts (only when there is no filter).
   */
  scales: Partial<Record<Audience, Record<string, CriterionScales>>>;
  /** One level down: per audience and criterion (only when there is no filter). */
  subPoints: Partial<Record<Audience, Record<string, SubPointRows>>>;
  filter?: SummaryFilter;
  breakdowns: Breakdown[];
  responses: Record<Audience, ShownCell>;
  totalResponses: ShownCell;
  byAudience: Record<Audience, CriterionRow[]>;
}

/** The counters, indexed for the builders below. */
function indexCounts(rows: CountRow[]) {
  const byKey = new Map(rows.map((r) => [countKey(r), r]));
  const get = (key: CountKey) => byKey.get(countKey(key));
  const row = (
    kind: { row: "row" | "subrow"; cell: "cell" | "subcell" },
    audience: string,
    code: string,
    dimension: string,
    dimValue: string,
  ) => ({
    cells: polarityColumns.map((polarity): Cell => {
      const c = get({ kind: kind.cell, audience, dimension, dimValue, code, polarity });
      return { count: c?.answers ?? 0, people: c?.people ?? 0 };
    }),
    people: get({ kind: kind.row, audience, dimension, dimValue, code, polarity: "" })?.people ?? 0,
  });
  return {
    rows,
    criterion: (audience: string, code: string, dimension = "", dimValue = "") =>
      row({ row: "row", cell: "cell" }, audience, code, dimension, dimValue),
    subPoint: (audience: string, code: string) =>
      row({ row: "subrow", cell: "subcell" }, audience, code, "", ""),
    /** Responses of an audience: everyone, or one group of a filter. */
    responses: (audience: string, dimension = "", dimValue?: string) =>
      rows
        .filter(
          (r) =>
            r.kind === "responses" &&
            r.audience === audience &&
            r.dimension === dimension &&
            (dimValue === undefined || r.dimValue === dimValue),
        )
        .reduce((n, r) => n + r.people, 0),
    /** The groups a filter's dimension has answers in. */
    groups: (dimension: string) =>
      [
        ...new Set(
          rows
            .filter((r) => r.kind === "responses" && r.dimension === dimension)
            .map((r) => r.dimValue),
        ),
      ].sort(),
  };
}

/**
 * Closed answers by criterion, audience and polarity, suppressed below the threshold. Each
 * answer counts once for every criterion its question informs. With a filter, the figures
 * are one group's, protected together with every other group of the same split.
 */
export async function inspectionSummary(
  db: Database,
  inspectionId: string,
  threshold: number,
  filter?: SummaryFilter,
): Promise<InspectionSummary> {
  const counts = indexCounts(await readCounts(db, inspectionId, filter?.dimension));
  // Which groups of each audience are withheld, and the chosen group's size.
  const groupSizes = Object.fromEntries(
    audiences.map((audience) => {
      if (!filter) return [audience, undefined];
      const groups = [...new Set([...counts.groups(filter.dimension), filter.value])].sort();
      const size = (g: string) => counts.responses(audience, filter.dimension, g);
      const sizes = suppressRow(
        groups.map((g) => ({ count: size(g), people: size(g) })),
        counts.responses(audience),
        threshold,
      );
      return [audience, { groups, sizes }];
    }),
  ) as Record<Audience, { groups: string[]; sizes: ShownRow } | undefined>;

  const byAudience = Object.fromEntries(
    audiences.map((audience) => {
      const rows: CriterionRow[] = [];
      for (const criterion of criterionCodes) {
        const whole = counts.criterion(audience, criterion);
        if (whole.people === 0) continue;
        const shownWhole = suppressRow(whole.cells, whole.people, threshold);
        const sizes = groupSizes[audience];
        if (!filter || !sizes) {
          rows.push({ criterion, row: shownWhole });
          continue;
        }
        const shownGroups = suppressPartition(
          shownWhole,
          sizes.groups.map((g, i) => ({
            ...counts.criterion(audience, criterion, filter.dimension, g),
            withheld: sizes.sizes.suppressed || sizes.sizes.cells[i]!.suppressed,
          })),
          threshold,
        );
        const chosen = shownGroups[sizes.groups.indexOf(filter.value)]!;
        if (
          counts.criterion(audience, criterion, filter.dimension, filter.value).people > 0 ||
          !chosen.suppressed
        )
          rows.push({ criterion, row: chosen });
      }
      return [audience, rows];
    }),
  ) as Record<Audience, CriterionRow[]>;

  const shown = Object.fromEntries(
    audiences.map((a) => {
      const sizes = groupSizes[a];
      if (!filter || !sizes) return [a, suppressCount(counts.responses(a), threshold)];
      const i = sizes.groups.indexOf(filter.value);
      // The audience as a whole is too small: so is every group of it.
      return [a, sizes.sizes.suppressed ? fewPeople : sizes.sizes.cells[i]!];
    }),
  ) as Record<Audience, ShownCell>;
  const total = audiences.reduce(
    (n, a) => n + counts.responses(a, filter?.dimension ?? "", filter?.value),
    0,
  );
  return {
    threshold,
    filter,
    // Breakdowns only for everyone: split again by a filter, they would be tables in tables.
    breakdowns: filter ? [] : responseBreakdowns(counts.rows, threshold),
    subPoints: filter ? {} : subPointSummary(counts, threshold),
    scales: filter ? {} : scaleSummary(counts.rows, threshold),
    responses: shown,
    totalResponses: totalOfAudiences(shown, total, threshold),
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
function subPointSummary(
  counts: ReturnType<typeof indexCounts>,
  threshold: number,
): InspectionSummary["subPoints"] {
  const result: InspectionSummary["subPoints"] = {};
  for (const audience of audiences) {
    const byCriterion: Record<string, SubPointRows> = {};
    const subPoints = [
      ...new Set(
        counts.rows
          .filter((r) => r.kind === "subrow" && r.audience === audience)
          .map((r) => r.code),
      ),
    ].sort();
    for (const subPoint of subPoints) {
      const criterion = subPoint.split(".")[0]!;
      const safe = counts.rows
        .filter(
          (r) => r.kind === "atom" && r.audience === audience && r.code.startsWith(`${criterion}|`),
        )
        .every((a) => a.answers === 0 || a.people >= threshold);
      const entry = (byCriterion[criterion] ??= { available: safe, rows: [] });
      if (!safe) continue;
      const { cells, people } = counts.subPoint(audience, subPoint);
      entry.rows.push({ subPoint, row: suppressRow(cells, people, threshold) });
    }
    if (Object.keys(byCriterion).length) result[audience] = byCriterion;
  }
  return result;
}

/**
 * Each scale's own counts, for the criteria whose rows add easy read's Yes / Sometimes / No to
 * standard's five points. These split a criterion's answers more finely than its row or
 * sub-points do, so they are shown only when every piece (answers to questions with the same
 * sub-points, on one scale, with one answer) is nought or about at least `threshold` people:
 * then no figure shown anywhere for the criterion can be subtracted down to fewer people.
 */
export function scaleSummary(rows: CountRow[], threshold: number): InspectionSummary["scales"] {
  const result: InspectionSummary["scales"] = {};
  for (const audience of audiences) {
    // Each piece read once, and put with its criterion.
    const piecesOf = new Map<string, (CountRow & ReturnType<typeof parseScaleCode>)[]>();
    for (const r of rows)
      if (r.kind === "scale" && r.audience === audience && r.answers > 0) {
        const piece = { ...r, ...parseScaleCode(r.code) };
        const list = piecesOf.get(piece.criterion) ?? [];
        if (!list.length) piecesOf.set(piece.criterion, list);
        list.push(piece);
      }
    const byCriterion: Record<string, CriterionScales> = {};
    for (const criterion of criterionCodes) {
      const own = piecesOf.get(criterion) ?? [];
      const answered = (scale: string) => own.some((r) => r.scale === scale);
      if (!summaryScales.every(answered)) continue;
      const available = own.every((r) => r.people >= threshold);
      byCriterion[criterion] = {
        available,
        scales: available
          ? summaryScales.map((scale) => {
              const count = (value: string) =>
                own
                  .filter((r) => r.scale === scale && r.polarity === value)
                  .reduce((n, r) => n + r.answers, 0);
              const total = scaleValues[scale].reduce((n, value) => n + count(value), 0);
              return {
                scale,
                total,
                cells: scaleValues[scale].map((value) => ({
                  value,
                  count: count(value),
                  percent: total ? Math.round((count(value) / total) * 1000) / 10 : 0,
                })),
              };
            })
          : [],
      };
    }
    if (Object.keys(byCriterion).length) result[audience] = byCriterion;
  }
  return result;
}

/**
 * The total of the audiences' responses, beside their own figures: withheld while any
 * audience's figure is hidden, since the total minus the others would give it (or the sum of
 * the hidden ones) away. Every view of an inspection's responses uses this (#25).
 */
export function totalOfAudiences(
  shown: Record<Audience, ShownCell>,
  total: number,
  threshold: number,
): ShownCell {
  // Hidden, it says what is true of it: "few" below the threshold (nought included), else
  // "withheld".
  if (audiences.some((a) => shown[a].suppressed)) return hiddenBecause(total, threshold);
  return suppressCount(total, threshold);
}

/** Responses by version, language, channel and day, per audience (see `Breakdown`). */
function responseBreakdowns(rows: CountRow[], threshold: number): Breakdown[] {
  const breakdowns: Breakdown[] = [];
  for (const by of ["version", "language", "channel", "day"] as const) {
    const own = rows.filter((r) => r.kind === "breakdown" && r.dimension === by && r.people > 0);
    const values = [...new Set(own.map((r) => r.dimValue))].sort();
    if (!values.length) continue;
    const count = (audience: Audience, value: string) =>
      own
        .filter((r) => r.audience === audience && r.dimValue === value)
        .reduce((n, r) => n + r.people, 0);
    const columns = Object.fromEntries(
      audiences.map((audience) => {
        const cells = values.map((value) => {
          const n = count(audience, value);
          return { count: n, people: n };
        });
        const total = cells.reduce((n, c) => n + c.count, 0);
        return [audience, suppressRow(cells, total, threshold).cells];
      }),
    ) as Record<Audience, ShownCell[]>;
    breakdowns.push({
      by,
      rows: values.map((value, i) => ({
        value,
        counts: Object.fromEntries(audiences.map((a) => [a, columns[a][i]!])) as Record<
          Audience,
          ShownCell
        >,
      })),
    });
  }
  return breakdowns;
}

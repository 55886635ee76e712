/*
 * The national picture (#18): across inspections, each criterion × audience by year, for admins.
 *
 * A national figure must not give away one inspection's, from one view, two views, or two
 * visits a month apart. So:
 * - A year is shown only from 1 February after it ends, counting what was sent before then
 *   (`publishedFrom`): its figures never change afterwards, whatever closes, reopens or is
 *   keyed in late, so no two visits can be subtracted. Once any of its inspections' data has
 *   been deleted (retention), the year is withdrawn for good rather than shown smaller.
 * - A year's cell is shown whole or not at all: only when it is about at least `threshold`
 *   people and `fewestInspections` inspections, and so is each of its parts (positive,
 *   negative, the rest) that is not nought.
 * - "All years" adds up only the years shown in the same row: it says nothing the years do
 *   not, so no hidden year can be worked out by subtracting the shown ones from it.
 * - Narrowed to one group of one filter (as an inspection's summary is, filters.ts), a year's
 *   cell is worked out the same way from the group's figures, and the filter's groups are
 *   protected together, since they add up to everyone's cell (`protectGroups`).
 * The attacker in tests/unit/national.test.ts checks them all.
 */
import { criterionCodes } from "~surveys/framework";
import type { CriterionCode } from "~surveys/framework";
import { audiences } from "~surveys/lists";
import type { Audience } from "~surveys/lists";
import { addDays, londonDay } from "~/platform/time";
import type { SummaryFilter } from "./filters";

/** What a national cell is split into: the shares shown, and the rest (neutral, don't know). */
export const nationalParts = ["positive", "negative", "rest"] as const;
export type NationalPart = (typeof nationalParts)[number];

export interface Part {
  /** Answers. */
  count: number;
  /** People who gave them. */
  people: number;
}

/** One inspection's answers about one criterion from one audience. */
export interface InspectionFigures {
  inspectionId: string;
  year: number;
  criterion: CriterionCode;
  audience: Audience;
  /** People who answered anything about the criterion. */
  people: number;
  parts: Record<NationalPart, Part>;
  /** The filter group they are of; none for everyone. */
  filter?: SummaryFilter;
}

/** `protects`: shown, it would give away another group's hidden figure (`protectGroups`). */
export type HiddenBecause = "fewPeople" | "fewInspections" | "withheld" | "protects";

export type NationalCell =
  | { shown: false; reason: "none" | HiddenBecause }
  | {
      shown: true;
      answers: number;
      people: number;
      inspections: number;
      positive: number;
      negative: number;
      /** The years it adds up (one, except in "All years"). */
      years: number[];
    };

export interface NationalRow {
  criterion: CriterionCode;
  cells: Record<Audience, NationalCell>;
}

export interface NationalTable {
  /** A year, or "all" for the years shown, added up. */
  year: number | "all";
  rows: NationalRow[];
  /** The one group it is narrowed to, if any. */
  filter?: SummaryFilter;
}

/** The first day a year's figures are shown, and the day before which answers count. */
export const publishedFrom = (year: number) => `${year + 1}-02-01`;

/** The last day whose answers a year's figures count. */
export const countedUntil = (year: number) => addDays(publishedFrom(year), -1);

/** The latest year the national picture shows on `today`: last year from 1 February, else the one before. */
export function latestShownYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= publishedFrom(year - 1) ? year - 1 : year - 2;
}

/** The year an inspection counts in: the year (in London) its surveys open. */
export const nationalYear = (opensAt: Date) => Number(londonDay(opensAt).slice(0, 4));

/** Why surveys cannot open then: a year already shown is frozen (its `YYYY` and days, as text). */
export type FrozenYearProblem =
  | { message: "opensInShownYear"; params: { year: string; earliest: string } }
  | { message: "leavesShownYear"; params: { year: string; first: string; last: string } };

/**
 * The one check on every date that sets an inspection's year (created, dates changed, demo
 * reset): a year the picture shows on `today` is frozen, so no inspection may join it, nor
 * leave it (`before`: when the surveys open now). Either would change figures already
 * published, and the difference would be that one inspection's.
 */
export function frozenYearProblem(
  opens: Date,
  before: Date | undefined,
  today: string,
): FrozenYearProblem | undefined {
  const year = nationalYear(opens);
  const was = before && nationalYear(before);
  if (year === was) return undefined;
  const latest = latestShownYear(today);
  if (was !== undefined && was <= latest)
    return {
      message: "leavesShownYear",
      params: { year: String(was), first: `${was}-01-01`, last: `${was}-12-31` },
    };
  if (year <= latest)
    return {
      message: "opensInShownYear",
      params: { year: String(year), earliest: `${latest + 1}-01-01` },
    };
  return undefined;
}

export interface YearsState {
  /** Shown, oldest first. */
  published: number[];
  /** Not shown yet: it has not ended, or February has not come. */
  waiting: number[];
  /** Some inspection's data has been deleted: never shown again. */
  withdrawn: number[];
}

/** Which years are shown on `today` (a UK day, YYYY-MM-DD). */
export function yearsOn(
  inspections: { year: number; dataDeleted: boolean }[],
  today: string,
): YearsState {
  const years = [...new Set(inspections.map((i) => i.year))].sort((a, b) => a - b);
  const state: YearsState = { published: [], waiting: [], withdrawn: [] };
  for (const year of years) {
    if (inspections.some((i) => i.year === year && i.dataDeleted)) state.withdrawn.push(year);
    else if (today >= publishedFrom(year)) state.published.push(year);
    else state.waiting.push(year);
  }
  return state;
}

interface Sum {
  people: number;
  inspections: number;
  parts: Record<NationalPart, Part & { inspections: number }>;
}

function addUp(figures: InspectionFigures[]): Sum {
  const answered = figures.filter((f) => f.people > 0);
  const part = (p: NationalPart) => ({
    count: answered.reduce((n, f) => n + f.parts[p].count, 0),
    people: answered.reduce((n, f) => n + f.parts[p].people, 0),
    inspections: answered.filter((f) => f.parts[p].count > 0).length,
  });
  return {
    people: answered.reduce((n, f) => n + f.people, 0),
    inspections: answered.length,
    parts: { positive: part("positive"), negative: part("negative"), rest: part("rest") },
  };
}

/** One year's cell: shown whole, or hidden with the reason that is true of it. */
export function yearCell(
  figures: InspectionFigures[],
  year: number,
  threshold: number,
  fewestInspections: number,
): NationalCell {
  const sum = addUp(figures);
  const answers = nationalParts.reduce((n, p) => n + sum.parts[p].count, 0);
  if (answers === 0) return { shown: false, reason: "none" };
  if (sum.people < threshold) return { shown: false, reason: "fewPeople" };
  if (sum.inspections < fewestInspections) return { shown: false, reason: "fewInspections" };
  const small = nationalParts.some((p) => {
    const part = sum.parts[p];
    return part.count > 0 && (part.people < threshold || part.inspections < fewestInspections);
  });
  if (small) return { shown: false, reason: "withheld" };
  return {
    shown: true,
    answers,
    people: sum.people,
    inspections: sum.inspections,
    positive: sum.parts.positive.count,
    negative: sum.parts.negative.count,
    years: [year],
  };
}

/** The shown years of one row, added up: nothing more than the years themselves say. */
export function allYearsCell(cells: NationalCell[]): NationalCell {
  const shown = cells.filter((c): c is Extract<NationalCell, { shown: true }> => c.shown);
  if (shown.length === 0)
    return {
      shown: false,
      reason: cells.every((c) => !c.shown && c.reason === "none") ? "none" : "withheld",
    };
  const sum = (key: "answers" | "people" | "inspections" | "positive" | "negative") =>
    shown.reduce((n, c) => n + c[key], 0);
  return {
    shown: true,
    answers: sum("answers"),
    people: sum("people"),
    inspections: sum("inspections"),
    positive: sum("positive"),
    negative: sum("negative"),
    years: shown.flatMap((c) => c.years),
  };
}

/** What a cell adds up, column by column: positive, negative and the rest's answers, and people. */
function columnsOf(figures: InspectionFigures[]): number[] {
  const sum = addUp(figures);
  return [...nationalParts.map((p) => sum.parts[p].count), sum.people];
}

/**
 * One filter's groups in one year, criterion and audience, protected together (as partition.ts
 * protects an inspection's): they add up to everyone's cell, so no column may have exactly one
 * unknown that is not nought — everyone's cell, when hidden, is one — else the smallest shown
 * group beside it is hidden too, until none has. (A column whose one unknown has no shown
 * partner equals everyone's, shown as itself: hiding more would not hide it.)
 */
export function protectGroups(
  everyone: { cell: NationalCell; columns: number[] },
  groups: { cell: NationalCell; columns: number[] }[],
): NationalCell[] {
  const hidden = groups.map((g) => !g.cell.shown);
  const width = everyone.columns.length;
  for (let changed = true; changed; ) {
    changed = false;
    for (let q = 0; q < width && !changed; q += 1) {
      const unknowns =
        groups.filter((g, i) => hidden[i] && g.columns[q]! > 0).length +
        (!everyone.cell.shown && everyone.columns[q]! > 0 ? 1 : 0);
      if (unknowns !== 1) continue;
      let partner: number | undefined;
      groups.forEach((g, i) => {
        if (hidden[i] || g.columns[q]! === 0) return;
        if (partner === undefined || g.columns[q]! < groups[partner]!.columns[q]!) partner = i;
      });
      if (partner === undefined) continue;
      hidden[partner] = true;
      changed = true;
    }
  }
  return groups.map((g, i) =>
    hidden[i] && g.cell.shown ? { shown: false, reason: "protects" } : g.cell,
  );
}

/** The tables for cells worked out by `cellOf`: "All years" first, then each year, newest first. */
function tablesOf(
  codes: CriterionCode[],
  published: number[],
  cellOf: (year: number, criterion: CriterionCode, audience: Audience) => NationalCell,
  filter?: SummaryFilter,
): NationalTable[] {
  const years = [...published].sort((a, b) => b - a);
  const row = (criterion: CriterionCode, cell: (audience: Audience) => NationalCell) => ({
    criterion,
    cells: Object.fromEntries(audiences.map((a) => [a, cell(a)])) as Record<Audience, NationalCell>,
  });
  const byYear = years.map((year) => ({
    year,
    rows: codes.map((criterion) => row(criterion, (a) => cellOf(year, criterion, a))),
  }));
  const all = codes.map((criterion, i) =>
    row(criterion, (a) => allYearsCell(byYear.map((y) => y.rows[i]!.cells[a]))),
  );
  const tables: NationalTable[] = [{ year: "all", rows: all }, ...byYear];
  return filter ? tables.map((table) => ({ ...table, filter })) : tables;
}

/** The criteria anyone answered about, in the framework's order. */
const answeredCodes = (figures: InspectionFigures[]) => {
  const answered = new Set(figures.filter((f) => f.people > 0).map((f) => f.criterion));
  return criterionCodes.filter((code) => answered.has(code));
};

const figuresFor = (
  figures: InspectionFigures[],
  year: number,
  criterion: CriterionCode,
  audience: Audience,
) => figures.filter((f) => f.year === year && f.criterion === criterion && f.audience === audience);

/**
 * Every table the page shows: all years (the shown years added up), then each published
 * year, newest first. `figures` holds only published years' inspections.
 */
export function nationalTables(
  figures: InspectionFigures[],
  published: number[],
  threshold: number,
  fewestInspections: number,
): NationalTable[] {
  return tablesOf(answeredCodes(figures), published, (year, criterion, audience) =>
    yearCell(figuresFor(figures, year, criterion, audience), year, threshold, fewestInspections),
  );
}

/**
 * The tables narrowed to one group of a filter: each year's cell is the group's, as
 * `yearCell` works it out, then protected with every other group of the same filter
 * (`groups` holds them all, each figure with its `filter`) against everyone's cell.
 */
export function filteredNationalTables(
  everyone: InspectionFigures[],
  groups: InspectionFigures[],
  filter: SummaryFilter,
  published: number[],
  threshold: number,
  fewestInspections: number,
): NationalTable[] {
  const values = [...new Set([filter.value, ...groups.map((g) => g.filter?.value ?? "")])];
  const chosen = values.indexOf(filter.value);
  return tablesOf(
    answeredCodes(everyone),
    published,
    (year, criterion, audience) => {
      const shown = (figures: InspectionFigures[]) => ({
        cell: yearCell(figures, year, threshold, fewestInspections),
        columns: columnsOf(figures),
      });
      const all = figuresFor(everyone, year, criterion, audience);
      const mine = figuresFor(groups, year, criterion, audience);
      const cells = protectGroups(
        shown(all),
        values.map((value) => shown(mine.filter((f) => f.filter?.value === value))),
      );
      return cells[chosen]!;
    },
    filter,
  );
}

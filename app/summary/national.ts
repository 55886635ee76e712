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
 * The attacker in tests/unit/national.test.ts checks all three.
 */
import { criterionCodes } from "~surveys/framework";
import type { CriterionCode } from "~surveys/framework";
import { audiences } from "~surveys/lists";
import type { Audience } from "~surveys/lists";
import { addDays, londonDay } from "~/platform/time";

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
}

export type HiddenBecause = "fewPeople" | "fewInspections" | "withheld";

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
  const years = [...published].sort((a, b) => b - a);
  const answered = new Set(figures.filter((f) => f.people > 0).map((f) => f.criterion));
  const codes = criterionCodes.filter((code) => answered.has(code));
  const byYear = new Map(
    years.map((year) => {
      const rows = codes.map((criterion) => ({
        criterion,
        cells: Object.fromEntries(
          audiences.map((audience) => [
            audience,
            yearCell(
              figures.filter(
                (f) => f.year === year && f.criterion === criterion && f.audience === audience,
              ),
              year,
              threshold,
              fewestInspections,
            ),
          ]),
        ) as Record<Audience, NationalCell>,
      }));
      return [year, rows];
    }),
  );
  const all: NationalRow[] = codes.map((criterion, i) => ({
    criterion,
    cells: Object.fromEntries(
      audiences.map((audience) => [
        audience,
        allYearsCell(years.map((year) => byYear.get(year)![i]!.cells[audience])),
      ]),
    ) as Record<Audience, NationalCell>,
  }));
  return [{ year: "all", rows: all }, ...years.map((year) => ({ year, rows: byYear.get(year)! }))];
}

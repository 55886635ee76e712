import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CriterionCode } from "~surveys/framework";
import { audiences } from "~surveys/lists";
import {
  allYearsCell,
  filteredNationalTables,
  frozenYearProblem,
  nationalParts,
  nationalTables,
  latestShownYear,
  publishedFrom,
  yearCell,
  yearsOn,
} from "~/summary/national";
import type { InspectionFigures, NationalTable } from "~/summary/national";
import type { SummaryFilter } from "~/summary/filters";
import { addDays, londonDateTime } from "~/platform/time";
import { timetable } from "~/inspections/timetable.server";
import { recovered } from "../integration/national-attack";

const criteria: CriterionCode[] = ["I1", "L2"];

/** One inspection: its year, the day its data is deleted (if ever) and its figures. */
interface Inspection {
  id: string;
  year: number;
  deletedOn: string | null;
  figures: InspectionFigures[];
}

const part = fc
  .integer({ min: 0, max: 14 })
  .chain((people) =>
    fc.record({ people: fc.constant(people), count: fc.integer({ min: people, max: people * 3 }) }),
  );

const figures = fc.record({
  positive: part,
  negative: part,
  rest: part,
  extra: fc.integer({ min: 0, max: 3 }),
});

const inspection = (id: string) =>
  fc
    .record({
      year: fc.integer({ min: 2021, max: 2024 }),
      deletedOn: fc.option(fc.constantFrom("2024-06-01", "2025-03-01", "2026-01-01"), {
        nil: null,
      }),
      cells: fc.array(figures, { minLength: criteria.length * 3, maxLength: criteria.length * 3 }),
    })
    .map(
      ({ year, deletedOn, cells }): Inspection => ({
        id,
        year,
        deletedOn,
        figures: criteria.flatMap((criterion, c) =>
          audiences.map((audience, a) => {
            const f = cells[c * 3 + a]!;
            const parts = { positive: f.positive, negative: f.negative, rest: f.rest };
            // People who answered anything: at least as many as any part, at most all of them.
            const most = nationalParts.reduce((n, p) => Math.max(n, parts[p].people), 0);
            return { inspectionId: id, year, criterion, audience, people: most + f.extra, parts };
          }),
        ),
      }),
    );

/** The views an admin could see on these days: every table, each of them. */
function viewsOn(inspections: Inspection[], days: string[], threshold: number, fewest: number) {
  return days.map((today) => {
    const years = yearsOn(
      inspections.map((i) => ({
        year: i.year,
        dataDeleted: !!i.deletedOn && i.deletedOn <= today,
      })),
      today,
    );
    const shown = inspections
      .filter((i) => years.published.includes(i.year))
      .flatMap((i) => i.figures);
    return nationalTables(shown, years.published, threshold, fewest);
  });
}

/** The filters the property test narrows by, and their groups (crossed in each inspection). */
const versions = ["easy", "standard"];
const plans = ["yes", "no", "not_answered"];
const filters: SummaryFilter[] = [
  ...versions.map((value) => ({ dimension: "version" as const, value })),
  ...plans.map((value) => ({ dimension: "about_ehc_plan" as const, value })),
];

/**
 * An inspection whose answers are split by version and by EHC plan: each of the six crossings
 * has figures of its own, and each group's figures, and everyone's, are their sums.
 */
const splitInspection = (id: string) =>
  fc
    .record({
      year: fc.integer({ min: 2023, max: 2024 }),
      deletedOn: fc.option(fc.constantFrom("2025-06-01"), { nil: null }),
      cells: fc.array(figures, {
        minLength: criteria.length * 3 * 6,
        maxLength: criteria.length * 3 * 6,
      }),
    })
    .map(({ year, deletedOn, cells }): Inspection => {
      const out: InspectionFigures[] = [];
      criteria.forEach((criterion, c) =>
        audiences.forEach((audience, a) => {
          const crossed = Array.from({ length: 6 }, (_, k) => {
            const f = cells[(c * 3 + a) * 6 + k]!;
            const most = nationalParts.reduce((n, p) => Math.max(n, f[p].people), 0);
            return {
              version: versions[k % 2]!,
              plan: plans[Math.floor(k / 2)]!,
              f,
              people: most + f.extra,
            };
          });
          const sum = (which: typeof crossed, filter?: SummaryFilter): InspectionFigures => ({
            inspectionId: id,
            year,
            criterion,
            audience,
            people: which.reduce((n, x) => n + x.people, 0),
            parts: Object.fromEntries(
              nationalParts.map((p) => [
                p,
                {
                  count: which.reduce((n, x) => n + x.f[p].count, 0),
                  people: which.reduce((n, x) => n + x.f[p].people, 0),
                },
              ]),
            ) as InspectionFigures["parts"],
            ...(filter ? { filter } : {}),
          });
          out.push(sum(crossed));
          for (const filter of filters)
            out.push(
              sum(
                crossed.filter((x) =>
                  filter.dimension === "version"
                    ? x.version === filter.value
                    : x.plan === filter.value,
                ),
                filter,
              ),
            );
        }),
      );
      return { id, year, deletedOn, figures: out };
    });

/** Every view on these days: everyone's tables, and each filter group's. */
function filteredViewsOn(
  inspections: Inspection[],
  days: string[],
  threshold: number,
  fewest: number,
): NationalTable[][] {
  return days.map((today) => {
    const years = yearsOn(
      inspections.map((i) => ({
        year: i.year,
        dataDeleted: !!i.deletedOn && i.deletedOn <= today,
      })),
      today,
    );
    const shown = inspections
      .filter((i) => years.published.includes(i.year))
      .flatMap((i) => i.figures);
    const everyone = shown.filter((f) => !f.filter);
    return [
      ...nationalTables(everyone, years.published, threshold, fewest),
      ...filters.flatMap((filter) =>
        filteredNationalTables(
          everyone,
          shown.filter((f) => f.filter?.dimension === filter.dimension),
          filter,
          years.published,
          threshold,
          fewest,
        ),
      ),
    ];
  });
}

describe("the national picture (#18)", () => {
  it("shows a year from 1 February after it, and withdraws it for good once data is deleted", () => {
    const list = [
      { year: 2024, dataDeleted: false },
      { year: 2025, dataDeleted: false },
      { year: 2023, dataDeleted: true },
    ];
    expect(publishedFrom(2024)).toBe("2025-02-01");
    // The latest year shown: last year from 1 February, the one before until then.
    expect(latestShownYear("2025-01-31")).toBe(2023);
    expect(latestShownYear("2025-02-01")).toBe(2024);
    expect(latestShownYear("2025-12-31")).toBe(2024);
    expect(yearsOn(list, "2025-01-31")).toEqual({
      published: [],
      waiting: [2024, 2025],
      withdrawn: [2023],
    });
    expect(yearsOn(list, "2025-02-01").published).toEqual([2024]);
  });

  it("freezes the years shown: no inspection joins or leaves one, whatever day it is", () => {
    const at = (day: string) => londonDateTime(day, "09:00");
    // On 6 December 2026, 2025 is shown: nothing moves into it, or out of it.
    expect(frozenYearProblem(at("2025-12-29"), at("2026-01-05"), "2026-12-06")).toEqual({
      message: "opensInShownYear",
      params: { year: "2025", earliest: "2026-01-01" },
    });
    expect(frozenYearProblem(at("2026-01-02"), at("2025-12-30"), "2026-12-06")).toEqual({
      message: "leavesShownYear",
      params: { year: "2025", first: "2025-01-01", last: "2025-12-31" },
    });
    expect(frozenYearProblem(at("2025-03-01"), at("2025-12-30"), "2026-12-06")).toBeUndefined();
    // Before 1 February, the year just ended is not shown yet: it may still change.
    expect(frozenYearProblem(at("2025-12-29"), at("2026-01-05"), "2026-01-20")).toBeUndefined();
    // A new inspection is told at most `lateDays` ago, and its surveys open then or today: on
    // no day of four years can that be in a year already shown.
    for (let day = "2024-01-01"; day < "2028-01-01"; day = addDays(day, 1)) {
      const earliest = addDays(day, -timetable.lateDays);
      expect(frozenYearProblem(at(earliest), undefined, day), day).toBeUndefined();
    }
  });

  it("hides a year resting on fewer inspections or people than the thresholds, or with a small part", () => {
    const one = (id: string, positive: number, rest = 0): InspectionFigures => ({
      inspectionId: id,
      year: 2024,
      criterion: "I1",
      audience: "parent",
      people: positive + rest,
      parts: {
        positive: { count: positive, people: positive },
        negative: { count: 0, people: 0 },
        rest: { count: rest, people: rest },
      },
    });
    expect(yearCell([one("a", 50), one("b", 50)], 2024, 10, 3)).toEqual({
      shown: false,
      reason: "fewInspections",
    });
    expect(yearCell([one("a", 3), one("b", 3), one("c", 3)], 2024, 10, 3)).toEqual({
      shown: false,
      reason: "fewPeople",
    });
    // Only one inspection gave the rest: shown, it would be that inspection's.
    expect(yearCell([one("a", 20, 12), one("b", 20), one("c", 20)], 2024, 10, 3)).toEqual({
      shown: false,
      reason: "withheld",
    });
    const shown = yearCell([one("a", 20), one("b", 20), one("c", 20)], 2024, 10, 3);
    expect(shown).toMatchObject({ shown: true, answers: 60, inspections: 3, positive: 60 });
    expect(allYearsCell([shown, { shown: false, reason: "fewInspections" }])).toEqual(shown);
  });

  it("property: no inspection's figure, nor a hidden year's, can be worked out from every view on every day", () => {
    const days = ["2024-12-31", "2025-02-01", "2025-06-01", "2026-02-01", "2027-01-01"];
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 9 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => inspection(`i${i}`)))),
        fc.integer({ min: 5, max: 12 }),
        fc.integer({ min: 2, max: 4 }),
        (inspections, threshold, fewest) => {
          const views = viewsOn(inspections, days, threshold, fewest);
          expect(
            recovered(
              inspections.flatMap((i) => i.figures),
              views,
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: no filter group, year or pair of views gives away an inspection's figure or a hidden one", () => {
    const days = ["2025-02-01", "2026-02-01"];
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 7 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => splitInspection(`i${i}`)))),
        fc.integer({ min: 5, max: 12 }),
        fc.integer({ min: 2, max: 4 }),
        (inspections, threshold, fewest) => {
          const figures = inspections.flatMap((i) => i.figures);
          const views = filteredViewsOn(inspections, days, threshold, fewest);
          expect(recovered(figures, views)).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("hides another group beside a group hidden alone, since the groups add up to everyone", () => {
    const f = (id: string, n: number, value?: string): InspectionFigures => ({
      inspectionId: id,
      year: 2024,
      criterion: "I1",
      audience: "parent",
      people: n,
      parts: {
        positive: { count: n, people: n },
        negative: { count: 0, people: 0 },
        rest: { count: 0, people: 0 },
      },
      ...(value ? { filter: { dimension: "about_ehc_plan", value } } : {}),
    });
    const plan = (value: string) => ({ dimension: "about_ehc_plan" as const, value });
    const cells = (everyone: number, groups: Record<string, number>) =>
      Object.fromEntries(
        Object.keys(groups).map((value) => [
          value,
          filteredNationalTables(
            ["a", "b", "c"].map((id) => f(id, everyone)),
            ["a", "b", "c"].flatMap((id) => Object.entries(groups).map(([v, n]) => f(id, n, v))),
            plan(value),
            [2024],
            10,
            3,
          )[1]!.rows[0]!.cells.parent,
        ]),
      );
    // Each inspection: 20 "yes", 8 "no", 2 "did not say". Alone, "did not say" (6 people) would
    // be everyone less the two shown groups: so "no", the smaller, is hidden with it.
    expect(cells(30, { yes: 20, no: 8, not_answered: 2 })).toEqual({
      yes: expect.objectContaining({ shown: true, answers: 60 }),
      no: { shown: false, reason: "protects" },
      not_answered: { shown: false, reason: "fewPeople" },
    });
    // Two groups: the hidden one's partner can only be the other.
    expect(cells(30, { yes: 28, no: 2 })).toEqual({
      yes: { shown: false, reason: "protects" },
      no: { shown: false, reason: "fewPeople" },
    });
    // Two small groups hide each other: the third is shown.
    expect(cells(30, { yes: 26, no: 2, not_answered: 2 }).yes).toMatchObject({ shown: true });
  });

  it("adds up only shown years in 'All years', and shows nothing a year hides", () => {
    const f = (id: string, year: number, n: number): InspectionFigures => ({
      inspectionId: id,
      year,
      criterion: "I3",
      audience: "child",
      people: n,
      parts: {
        positive: { count: n, people: n },
        negative: { count: n, people: n },
        rest: { count: 0, people: 0 },
      },
    });
    const tables = nationalTables(
      [f("a", 2023, 20), f("b", 2023, 20), f("c", 2023, 20), f("d", 2024, 40)],
      [2023, 2024],
      10,
      3,
    );
    expect(tables.map((t) => t.year)).toEqual(["all", 2024, 2023]);
    const cell = (year: number | "all") =>
      tables.find((t) => t.year === year)!.rows[0]!.cells.child;
    expect(cell(2024)).toEqual({ shown: false, reason: "fewInspections" });
    expect(cell("all")).toEqual(cell(2023));
    expect(addDays(publishedFrom(2023), -1)).toBe("2024-01-31");
  });
});

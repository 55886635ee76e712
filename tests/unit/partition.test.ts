import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressPartition } from "~/summary/partition";
import type { GroupRow } from "~/summary/partition";
import { suppressRow } from "~/summary/suppression";
import type { ShownRow } from "~/summary/suppression";

const columns = 4;

/** One group's people: each answered 1–3 questions of the criterion, with these polarities. */
type Person = number[];

function groupRow(people: Person[]) {
  const cells = Array.from({ length: columns }, (_, p) => ({
    count: people.reduce((n, answers) => n + answers.filter((a) => a === p).length, 0),
    people: people.filter((answers) => answers.includes(p)).length,
  }));
  return { cells, people: people.length };
}

interface Interval {
  lo: number;
  hi: number;
}

/**
 * The attacker: sees the unfiltered row and every group's row, knows that columns add up to
 * the unfiltered figures and rows to their totals, and narrows every hidden figure to the
 * range the shown ones allow. Returns the ranges for group cells, group totals and the
 * unfiltered cells.
 */
function attack(all: ShownRow, allTotal: number, shown: ShownRow[]) {
  const big = allTotal;
  const known = (cell: { suppressed: boolean; count?: number }): Interval =>
    cell.suppressed ? { lo: 0, hi: big } : { lo: cell.count!, hi: cell.count! };
  const cells = shown.map((row) => row.cells.map(known));
  const totals = shown.map((row) => known(row.total));
  const allCells = all.cells.map(known);
  const allSum: Interval = { lo: allTotal, hi: allTotal };
  // Sum of parts = whole, for parts and whole as intervals; returns whether anything narrowed.
  const equation = (parts: Interval[], whole: Interval) => {
    let narrowed = false;
    const tighten = (x: Interval, lo: number, hi: number) => {
      if (lo > x.lo) {
        x.lo = lo;
        narrowed = true;
      }
      if (hi < x.hi) {
        x.hi = hi;
        narrowed = true;
      }
    };
    const sumLo = parts.reduce((s, x) => s + x.lo, 0);
    const sumHi = parts.reduce((s, x) => s + x.hi, 0);
    tighten(whole, sumLo, sumHi);
    for (const x of parts) tighten(x, whole.lo - (sumHi - x.hi), whole.hi - (sumLo - x.lo));
    return narrowed;
  };
  for (let round = 0; round < 200; round += 1) {
    let narrowed = false;
    cells.forEach((row, g) => (narrowed = equation(row, totals[g]!) || narrowed));
    for (let p = 0; p < columns; p += 1)
      narrowed =
        equation(
          cells.map((row) => row[p]!),
          allCells[p]!,
        ) || narrowed;
    narrowed = equation(totals, allSum) || narrowed;
    narrowed = equation(allCells, allSum) || narrowed;
    if (!narrowed) break;
  }
  return { cells, totals, allCells };
}

const person = fc.array(fc.integer({ min: 0, max: columns - 1 }), { minLength: 1, maxLength: 3 });

describe("filtered views (suppression across a split)", () => {
  it("hides a small group's figure in its column's partner too", () => {
    const groups = [
      groupRow(Array.from({ length: 30 }, () => [0])),
      groupRow([...Array.from({ length: 25 }, () => [0]), [1], [1], [1]]),
    ];
    const all = suppressRow(
      groups[0]!.cells.map((c, p) => ({
        count: c.count + groups[1]!.cells[p]!.count,
        people: c.people + groups[1]!.cells[p]!.people,
      })),
      58,
      10,
    );
    const shown = suppressPartition(
      all,
      groups.map((g) => ({ ...g, withheld: false })),
      10,
    );
    // Group 2 has 3 people saying "neutral": hidden, with a partner in its row.
    expect(shown[1]!.cells[1]).toEqual({ suppressed: true, reason: "few" });
    expect(shown[1]!.cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it("property: no figure about fewer people than the threshold can be worked out from all the views together", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(person, { maxLength: 40 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 5, max: 12 }),
        (groupPeople, threshold) => {
          const rows = groupPeople.map(groupRow);
          const sizes = suppressRow(
            groupPeople.map((g) => ({ count: g.length, people: g.length })),
            groupPeople.reduce((n, g) => n + g.length, 0),
            threshold,
          );
          const allCells = Array.from({ length: columns }, (_, p) => ({
            count: rows.reduce((n, r) => n + r.cells[p]!.count, 0),
            people: rows.reduce((n, r) => n + r.cells[p]!.people, 0),
          }));
          const allPeople = rows.reduce((n, r) => n + r.people, 0);
          const all = suppressRow(allCells, allPeople, threshold);
          const groups: GroupRow[] = rows.map((r, g) => ({
            ...r,
            withheld: sizes.suppressed || sizes.cells[g]!.suppressed,
          }));
          const shown = suppressPartition(all, groups, threshold);
          if (all.suppressed) {
            expect(shown.every((row) => row.suppressed)).toBe(true);
            return;
          }
          // Nothing shown describes fewer people than the threshold.
          shown.forEach((row, g) => {
            if (row.suppressed) return;
            expect(rows[g]!.people).toBeGreaterThanOrEqual(threshold);
            row.cells.forEach((cell, p) => {
              const people = rows[g]!.cells[p]!.people;
              if (!cell.suppressed) expect(people === 0 || people >= threshold).toBe(true);
            });
          });
          // And nothing hidden that does can be pinned down from everything shown.
          const total = allCells.reduce((n, c) => n + c.count, 0);
          const ranges = attack(all, total, shown);
          const small = (people: number) => people > 0 && people < threshold;
          rows.forEach((row, g) => {
            row.cells.forEach((cell, p) => {
              if (!small(cell.people)) return;
              const range = ranges.cells[g]![p]!;
              expect(range.hi, `group ${g} column ${p} worked out`).toBeGreaterThan(range.lo);
            });
            if (small(row.people)) {
              const range = ranges.totals[g]!;
              expect(range.hi, `group ${g} total worked out`).toBeGreaterThan(range.lo);
            }
          });
          allCells.forEach((cell, p) => {
            if (!small(cell.people)) return;
            const range = ranges.allCells[p]!;
            expect(range.hi, `unfiltered column ${p} worked out`).toBeGreaterThan(range.lo);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

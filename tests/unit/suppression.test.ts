import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSettings } from "~/platform/settings.server";
import { suppressRow } from "~/summary/suppression";

describe("suppression", () => {
  it("defaults to 10, and a threshold below 5 or not a number stops the start", () => {
    expect(parseSettings({}).suppressBelow).toBe(10);
    expect(parseSettings({ SUPPRESS_BELOW: "12" }).suppressBelow).toBe(12);
    expect(() => parseSettings({ SUPPRESS_BELOW: "3" })).toThrow(/SUPPRESS_BELOW must be/);
    expect(() => parseSettings({ SUPPRESS_BELOW: "nonsense" })).toThrow(/SUPPRESS_BELOW must be/);
  });

  it("withholds a whole row that describes fewer people than the threshold", () => {
    const row = suppressRow(
      [
        { count: 5, people: 5 },
        { count: 3, people: 3 },
      ],
      8,
      10,
    );
    expect(row.suppressed).toBe(true);
    expect(row.cells.every((c) => c.suppressed)).toBe(true);
  });

  it("hides a small figure and a partner, so it cannot be worked out from the total", () => {
    const row = suppressRow(
      [
        { count: 40, people: 40 },
        { count: 3, people: 3 },
        { count: 20, people: 20 },
        { count: 0, people: 0 },
      ],
      63,
      10,
    );
    expect(row.total).toEqual({ suppressed: false, count: 63, percent: 100 });
    expect(row.cells.map((c) => c.suppressed)).toEqual([false, true, true, false]);
  });

  it("property: no hidden figure can be recovered from the total and the shown figures", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(60), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 5, max: 12 }),
        (counts, threshold) => {
          const cells = counts.map((count) => ({ count, people: count }));
          const people = counts.reduce((a, b) => a + b, 0);
          const row = suppressRow(cells, people, threshold);
          if (row.suppressed) return;
          const hidden = row.cells.filter((c) => c.suppressed).length;
          // Never exactly one hidden figure: with the total shown it would be total minus the rest.
          expect(hidden).not.toBe(1);
          // Every figure shown describes at least `threshold` people, or none.
          row.cells.forEach((cell, i) => {
            if (!cell.suppressed) expect(counts[i] === 0 || counts[i]! >= threshold).toBe(true);
          });
          // Every hidden figure's label is true of it: "few" only about fewer people than the
          // threshold, "withheld" only about as many or more (#25).
          row.cells.forEach((cell, i) => {
            if (cell.suppressed)
              expect(cell.reason).toBe(counts[i]! < threshold ? "few" : "withheld");
          });
          // Shown figures and hidden ones add up: the hidden sum is at least two cells' worth.
          if (hidden >= 2) {
            const hiddenCounts = counts.filter((_, i) => row.cells[i]!.suppressed);
            expect(hiddenCounts.every((c) => c > 0)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

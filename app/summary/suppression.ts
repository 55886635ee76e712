/*
 * Small-number suppression. The threshold counts people, everywhere: a figure that describes
 * fewer than `threshold` people is hidden and says so ("fewer than N people", reason "few").
 * When hiding one figure in a row would let it be worked out from the row's total and the
 * figures beside it, the next smallest figure is hidden too, and says only that it is
 * withheld (reason "withheld"): it may well describe more people than the threshold.
 */

export interface Cell {
  /** What is counted (answers). */
  count: number;
  /** How many different people the count describes. */
  people: number;
}

/** Why a figure is hidden: it is about too few people, or it would give one of those away. */
export type HiddenReason = "few" | "withheld";

export type ShownCell =
  | { suppressed: false; count: number; percent: number }
  | { suppressed: true; reason: HiddenReason };

export const fewPeople: ShownCell = { suppressed: true, reason: "few" };
export const withheld: ShownCell = { suppressed: true, reason: "withheld" };

/** Hidden, with the reason that is true of this figure. */
export const hiddenBecause = (people: number, threshold: number): ShownCell =>
  people < threshold ? fewPeople : withheld;

export interface ShownRow {
  suppressed: boolean;
  total: ShownCell;
  cells: ShownCell[];
}

/**
 * Suppresses one row of cells that add up to its total. `rowPeople` is how many people the
 * row describes; below the threshold the whole row is withheld.
 */
export function suppressRow(cells: Cell[], rowPeople: number, threshold: number): ShownRow {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  // A row about nobody says nothing anyone could be picked out from: its noughts show.
  if (rowPeople === 0 && total === 0)
    return {
      suppressed: false,
      total: { suppressed: false, count: 0, percent: 100 },
      cells: cells.map(() => ({ suppressed: false, count: 0, percent: 0 })),
    };
  if (rowPeople < threshold) {
    // Every figure in the row is about no more people than the row: all are "few".
    return {
      suppressed: true,
      total: fewPeople,
      cells: cells.map(() => fewPeople),
    };
  }
  const hidden = cells.map((c) => c.count > 0 && c.people < threshold);
  // One hidden figure could be recovered as total minus the rest: hide the next smallest too.
  if (hidden.filter(Boolean).length === 1) {
    const candidates = cells
      .map((c, i) => ({ i, count: c.count }))
      .filter(({ i, count }) => !hidden[i] && count > 0)
      .sort((a, b) => a.count - b.count);
    const partner = candidates[0];
    if (partner) hidden[partner.i] = true;
    else {
      // Nothing else to hide: the total itself would give it away.
      return {
        suppressed: true,
        total: withheld,
        cells: cells.map((c) => hiddenBecause(c.people, threshold)),
      };
    }
  }
  return {
    suppressed: false,
    total: { suppressed: false, count: total, percent: 100 },
    cells: cells.map((c, i) =>
      hidden[i]
        ? hiddenBecause(c.people, threshold)
        : {
            suppressed: false,
            count: c.count,
            percent: total ? Math.round((c.count / total) * 1000) / 10 : 0,
          },
    ),
  };
}

/** A single figure on its own (such as responses from one audience). */
export function suppressCount(count: number, threshold: number): ShownCell {
  return count > 0 && count < threshold ? fewPeople : { suppressed: false, count, percent: 100 };
}

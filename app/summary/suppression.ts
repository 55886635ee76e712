/*
 * Small-number suppression. A figure that describes fewer than `threshold` people is shown
 * as "fewer than N"; and when hiding one figure in a row would let it be worked out from the
 * row's total and the figures beside it, the next smallest figure is hidden too.
 */
export const defaultSuppressionThreshold = 10;
export const minimumSuppressionThreshold = 5;

export function suppressionThreshold(configured = process.env.SUPPRESS_BELOW): number {
  const value = Number(configured ?? defaultSuppressionThreshold);
  if (!Number.isFinite(value)) return defaultSuppressionThreshold;
  return Math.max(minimumSuppressionThreshold, Math.floor(value));
}

export interface Cell {
  /** What is counted (answers). */
  count: number;
  /** How many different people the count describes. */
  people: number;
}

export type ShownCell =
  | { suppressed: false; count: number; percent: number }
  | { suppressed: true };

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
  if (rowPeople < threshold) {
    return {
      suppressed: true,
      total: { suppressed: true },
      cells: cells.map(() => ({ suppressed: true })),
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
        total: { suppressed: true },
        cells: cells.map(() => ({ suppressed: true })),
      };
    }
  }
  return {
    suppressed: false,
    total: { suppressed: false, count: total, percent: 100 },
    cells: cells.map((c, i) =>
      hidden[i]
        ? { suppressed: true }
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
  return count > 0 && count < threshold
    ? { suppressed: true }
    : { suppressed: false, count, percent: 100 };
}

import { hiddenBecause } from "./suppression";
import type { Cell, ShownCell, ShownRow } from "./suppression";

/*
 * Filtered views. A filter ("EHC plan: yes") splits one audience's answers into groups that
 * add up to the unfiltered view, and an inspector can look at every group in turn. So one
 * group's figures are protected together with all the others of the same split: the groups'
 * rows of one criterion form a table whose columns add up to the unfiltered figures, and
 * whose row totals add up to the unfiltered total.
 *
 * A figure is hidden when it describes fewer than `threshold` people (primary). Then, as in
 * the classic cell-suppression method, no row or column may have exactly one unknown figure
 * — a hidden figure in the unfiltered view counts as an unknown in its column — so more
 * figures are hidden (secondary) until none could be worked out by subtraction. The
 * property test in tests/unit/partition.test.ts plays the attacker with every view at once.
 */

export interface GroupRow {
  cells: Cell[];
  /** How many people gave any answer in the row. */
  people: number;
  /** The whole group is withheld (it has fewer responses than the threshold). */
  withheld: boolean;
}

/** A whole group hidden: each figure says "few" only where that is true of it. */
const hiddenRow = (group: GroupRow, threshold: number): ShownRow => ({
  suppressed: true,
  total: hiddenBecause(group.people, threshold),
  cells: group.cells.map((c) => hiddenBecause(c.people, threshold)),
});

export function suppressPartition(
  all: ShownRow,
  groups: GroupRow[],
  threshold: number,
): ShownRow[] {
  const width = all.cells.length;
  if (all.suppressed) return groups.map((g) => hiddenRow(g, threshold));
  const rowHidden = groups.map((g) => g.withheld || g.people < threshold);
  const cellHidden = groups.map((g) => g.cells.map((c) => c.count > 0 && c.people < threshold));
  const total = (g: number) => groups[g]!.cells.reduce((sum, c) => sum + c.count, 0);
  const unknown = (g: number, p: number) => rowHidden[g]! || cellHidden[g]![p]!;

  for (let changed = true; changed; ) {
    changed = false;
    // Row totals add up to the unfiltered total: never exactly one row hidden.
    const hiddenRows = groups.filter((_, g) => rowHidden[g] && total(g) > 0).length;
    if (hiddenRows === 1) {
      const partner = smallest(groups.map((_, g) => (rowHidden[g] ? 0 : total(g))));
      if (partner === undefined) return groups.map((g) => hiddenRow(g, threshold));
      rowHidden[partner] = true;
      changed = true;
      continue;
    }
    // Each column adds up to the unfiltered figure above it.
    for (let p = 0; p < width && !changed; p += 1) {
      // Unknowns that are really zero do not protect anything: count the others.
      const unknowns =
        groups.filter((group, g) => unknown(g, p) && group.cells[p]!.count > 0).length +
        (all.cells[p]!.suppressed ? 1 : 0);
      if (unknowns !== 1) continue;
      const partner = smallest(groups.map((g, i) => (unknown(i, p) ? 0 : g.cells[p]!.count)));
      if (partner === undefined) return groups.map((g) => hiddenRow(g, threshold));
      cellHidden[partner]![p] = true;
      changed = true;
    }
    // Each shown row adds up to its own total.
    for (let g = 0; g < groups.length && !changed; g += 1) {
      if (rowHidden[g]) continue;
      if (cellHidden[g]!.filter(Boolean).length !== 1) continue;
      const partner = smallest(groups[g]!.cells.map((c, p) => (cellHidden[g]![p] ? 0 : c.count)));
      if (partner === undefined) rowHidden[g] = true;
      else cellHidden[g]![partner] = true;
      changed = true;
    }
  }

  return groups.map((group, g) => {
    if (rowHidden[g]) return hiddenRow(group, threshold);
    const sum = total(g);
    return {
      suppressed: false,
      total: { suppressed: false, count: sum, percent: 100 },
      cells: group.cells.map(
        (c, p): ShownCell =>
          cellHidden[g]![p]
            ? hiddenBecause(c.people, threshold)
            : {
                suppressed: false,
                count: c.count,
                percent: sum ? Math.round((c.count / sum) * 1000) / 10 : 0,
              },
      ),
    };
  });
}

/** The index of the smallest figure above zero, if any (zeros are never useful partners). */
function smallest(values: number[]): number | undefined {
  let best: number | undefined;
  values.forEach((value, i) => {
    if (value > 0 && (best === undefined || value < values[best]!)) best = i;
  });
  return best;
}

import type { ShownCell } from "./suppression";

/** Any translate function: the pages' `t` and the server's `getFixedT` both fit. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * What a hidden figure says, everywhere it is shown (pages, print, CSV): "fewer than N people"
 * only where that is true of it, "withheld" where it is hidden to protect another (#25).
 */
export function hiddenFigure(
  cell: Extract<ShownCell, { suppressed: true }>,
  threshold: number,
  t: Translate,
): string {
  return cell.reason === "few"
    ? t("figures.fewPeople", { count: threshold })
    : t("figures.withheld");
}

/** A figure as text: its count, or what its hiding says. */
export function figureText(cell: ShownCell, threshold: number, t: Translate): string {
  return cell.suppressed ? hiddenFigure(cell, threshold, t) : String(cell.count);
}

/** "fewer than 5 people", in the language's plural form: every sentence about the threshold says it so. */
export function fewerThanThreshold(threshold: number, t: Translate): string {
  return t("figures.fewPeople", { count: threshold });
}

/** The line that explains both words, for every page and file that may show them. */
export function hiddenFiguresExplained(threshold: number, t: Translate): string {
  return t("figures.explain", {
    few: fewerThanThreshold(threshold, t),
    withheld: t("figures.withheld"),
  });
}

import { stringify } from "csv-stringify/sync";
import type { CommentWithCodes } from "~/coding/comments.server";
import type { InspectionSummary, SummaryScale } from "./summary.server";
import { polarityColumns } from "./summary.server";
import type { ShownCell } from "./suppression";

/**
 * A spreadsheet will run a cell that starts with = + - @ (or a tab or return) as a formula:
 * such cells get a leading apostrophe, so comments stay text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(rows: (string | number)[][]): string {
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)),
  );
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (Urdu text, £ signs).
  return "\uFEFF" + stringify(safe, { record_delimiter: "windows" });
}

export function summaryCsv(
  summary: InspectionSummary,
  labels: {
    audience: Record<string, string>;
    /** What a hidden figure says: "fewer than N people" or "withheld" (labels.ts). */
    hidden: (cell: Extract<ShownCell, { suppressed: true }>) => string;
    header: string[];
    /** Each scale's own counts, where a criterion adds two scales: a second table below. */
    scales: {
      header: string[];
      name: (scale: SummaryScale) => string;
      answer: (scale: SummaryScale, value: string) => string;
      /** Why a criterion's scales are not shown apart ("fewer than N people"). */
      withheld: (criterion: string) => string;
    };
  },
): string {
  const figure = (cell: ShownCell) => (cell.suppressed ? labels.hidden(cell) : cell.count);
  const rows: (string | number)[][] = [labels.header];
  for (const [audience, criteria] of Object.entries(summary.byAudience)) {
    for (const { criterion, row } of criteria) {
      rows.push([
        labels.audience[audience] ?? audience,
        criterion,
        ...polarityColumns.map((_, i) => figure(row.cells[i]!)),
        figure(row.total),
      ]);
    }
  }
  const scaleRows: (string | number)[][] = [];
  for (const [audience, criteria] of Object.entries(summary.scales)) {
    const who = labels.audience[audience] ?? audience;
    for (const [criterion, { available, scales }] of Object.entries(criteria)) {
      if (!available) scaleRows.push([who, criterion, labels.scales.withheld(criterion), "", ""]);
      for (const { scale, cells } of scales)
        for (const cell of cells)
          scaleRows.push([
            who,
            criterion,
            labels.scales.name(scale),
            labels.scales.answer(scale, cell.value),
            cell.count,
          ]);
    }
  }
  if (scaleRows.length) rows.push([], labels.scales.header, ...scaleRows);
  return toCsv(rows);
}

export function commentsCsv(
  comments: (CommentWithCodes & { question: string })[],
  header: string[],
  /** A code as the file says it: suggested, or confirmed and by whom. */
  codeLabel: (code: CommentWithCodes["codes"][number]) => string,
  /** Whether it was flagged as a possible safeguarding concern, and what was decided (no names). */
  concernLabel: (comment: CommentWithCodes) => string,
): string {
  return toCsv([
    header,
    ...comments.map((c) => [
      c.audience,
      c.question,
      c.text,
      c.codes
        .filter((code) => code.status !== "removed")
        .map(codeLabel)
        .join("; "),
      c.sentiment ?? "",
      concernLabel(c),
    ]),
  ]);
}

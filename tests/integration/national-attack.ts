/*
 * The national picture's attacker (#18): it sees every figure of every table on every day it
 * looked, each as a sum over the inspections of the years it adds up, and works out what linear
 * algebra allows (./attacker.ts). It even knows which inspections gave no answers of a kind (so
 * sums run only over the others), which is more than the page says. `recovered` lists what it
 * must not be able to work out and can: any one inspection's figure, or a hidden year's.
 */
import { audiences } from "~surveys/lists";
import type { Audience } from "~surveys/lists";
import { nationalParts } from "~/summary/national";
import type { InspectionFigures, NationalPart, NationalTable } from "~/summary/national";
import { Attacker } from "./attacker";

const name = (id: string, criterion: string, audience: Audience, what: string) =>
  `${id}|${criterion}|${audience}|${what}`;

export function recovered(figures: InspectionFigures[], days: NationalTable[][]): string[] {
  const attacker = new Attacker();
  const figureOf = new Map(
    figures.map((f) => [`${f.inspectionId}|${f.criterion}|${f.audience}`, f]),
  );
  const ids = [...new Set(figures.map((f) => f.inspectionId))];
  const yearOf = new Map(figures.map((f) => [f.inspectionId, f.year]));
  /** The inspections of these years with answers of this kind, by name. */
  const terms = (
    years: number[],
    criterion: string,
    audience: Audience,
    what: NationalPart | "people",
  ) =>
    ids
      .filter((id) => years.includes(yearOf.get(id)!))
      .filter((id) => {
        const f = figureOf.get(`${id}|${criterion}|${audience}`);
        return f !== undefined && (what === "people" ? f.people > 0 : f.parts[what].count > 0);
      })
      .map((id) => name(id, criterion, audience, what));
  for (const tables of days)
    for (const table of tables)
      for (const row of table.rows)
        for (const audience of audiences) {
          const cell = row.cells[audience];
          if (!cell.shown) continue;
          const of = (what: NationalPart | "people") =>
            terms(cell.years, row.criterion, audience, what);
          attacker.saw(of("positive"), cell.positive);
          attacker.saw(of("negative"), cell.negative);
          attacker.saw([...of("positive"), ...of("negative"), ...of("rest")], cell.answers);
          attacker.saw(of("people"), cell.people);
        }
  const found: string[] = [];
  for (const f of figures)
    for (const what of [...nationalParts, "people"] as const) {
      const value = what === "people" ? f.people : f.parts[what].count;
      const key = name(f.inspectionId, f.criterion, f.audience, what);
      if (value > 0 && attacker.workOut([key]) !== undefined) found.push(key);
    }
  days.forEach((tables, d) => {
    for (const table of tables) {
      if (table.year === "all") continue;
      for (const row of table.rows)
        for (const audience of audiences) {
          if (row.cells[audience].shown) continue;
          for (const what of nationalParts) {
            const sum = terms([table.year], row.criterion, audience, what);
            if (sum.length && attacker.workOut(sum) !== undefined)
              found.push(`${table.year} ${row.criterion} ${audience} ${what} on day ${d}`);
          }
        }
    }
  });
  return found;
}

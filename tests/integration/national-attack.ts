/*
 * The national picture's attacker (#18): it sees every figure of every table on every day it
 * looked, everyone's and each filter group's, each as a sum over the inspections of the years
 * it adds up, and knows that a filter's groups add up to everyone, inspection by inspection. It
 * works out what linear algebra allows (./attacker.ts). It even knows which inspections gave no
 * answers of a kind (so sums run only over the others), which is more than the page says.
 * `recovered` lists what it must not be able to work out and can: any one inspection's figure,
 * everyone's or a group's, or a hidden cell of a year. (A group's hidden cell that holds all of
 * everyone's figure, every other group having nought of it, is that shown figure: not counted.)
 */
import { audiences } from "~surveys/lists";
import type { Audience } from "~surveys/lists";
import { filterParam } from "~/summary/filters";
import { nationalParts } from "~/summary/national";
import type { InspectionFigures, NationalPart, NationalTable } from "~/summary/national";
import { Attacker } from "./attacker";

type What = NationalPart | "people";

/** A figure's group: "" for everyone, else `dimension:value`. */
const groupOf = (f: { filter?: InspectionFigures["filter"] }) =>
  f.filter ? filterParam(f.filter) : "";

const name = (id: string, criterion: string, audience: Audience, what: string, group: string) =>
  `${id}|${criterion}|${audience}|${what}|${group}`;

const valueOf = (f: InspectionFigures, what: What) =>
  what === "people" ? f.people : f.parts[what].count;

/** `figures`: everyone's, and each filter group's of every filter the views use. */
export function recovered(figures: InspectionFigures[], days: NationalTable[][]): string[] {
  const attacker = new Attacker();
  const figureOf = new Map(
    figures.map((f) => [`${f.inspectionId}|${f.criterion}|${f.audience}|${groupOf(f)}`, f]),
  );
  const ids = [...new Set(figures.map((f) => f.inspectionId))];
  const yearOf = new Map(figures.map((f) => [f.inspectionId, f.year]));
  /** The inspections of these years with answers of this kind in this group, by name. */
  const terms = (years: number[], criterion: string, audience: Audience, what: What, group = "") =>
    ids
      .filter((id) => years.includes(yearOf.get(id)!))
      .filter((id) => {
        const f = figureOf.get(`${id}|${criterion}|${audience}|${group}`);
        return f !== undefined && valueOf(f, what) > 0;
      })
      .map((id) => name(id, criterion, audience, what, group));

  // Each inspection's groups of one filter add up to its figure for everyone.
  const splits = new Map<string, InspectionFigures[]>();
  for (const f of figures) {
    if (!f.filter) continue;
    const key = `${f.inspectionId}|${f.criterion}|${f.audience}|${f.filter.dimension}`;
    splits.set(key, [...(splits.get(key) ?? []), f]);
  }
  for (const parts of splits.values()) {
    const [{ inspectionId: id, criterion, audience }] = parts as [InspectionFigures];
    const whole = figureOf.get(`${id}|${criterion}|${audience}|`);
    for (const what of [...nationalParts, "people"] as const)
      attacker.knowsThat(
        parts
          .filter((f) => valueOf(f, what) > 0)
          .map((f) => name(id, criterion, audience, what, groupOf(f))),
        whole && valueOf(whole, what) > 0 ? [name(id, criterion, audience, what, "")] : [],
      );
  }

  for (const tables of days)
    for (const table of tables)
      for (const row of table.rows)
        for (const audience of audiences) {
          const cell = row.cells[audience];
          if (!cell.shown) continue;
          const group = groupOf(table);
          const of = (what: What) => terms(cell.years, row.criterion, audience, what, group);
          attacker.saw(of("positive"), cell.positive);
          attacker.saw(of("negative"), cell.negative);
          attacker.saw([...of("positive"), ...of("negative"), ...of("rest")], cell.answers);
          attacker.saw(of("people"), cell.people);
        }

  const found: string[] = [];
  for (const f of figures)
    for (const what of [...nationalParts, "people"] as const) {
      const key = name(f.inspectionId, f.criterion, f.audience, what, groupOf(f));
      if (valueOf(f, what) > 0 && attacker.workOut([key]) !== undefined) found.push(key);
    }
  const groups = [...new Set(figures.map(groupOf))];
  days.forEach((tables, d) => {
    for (const table of tables) {
      if (table.year === "all") continue;
      const year = table.year;
      const group = groupOf(table);
      for (const row of table.rows)
        for (const audience of audiences) {
          if (row.cells[audience].shown) continue;
          for (const what of nationalParts) {
            const sum = terms([year], row.criterion, audience, what, group);
            if (!sum.length || attacker.workOut(sum) === undefined) continue;
            const others = groups.filter(
              (g) => g !== group && g.split(":")[0] === group.split(":")[0] && g !== "",
            );
            const holdsAll =
              group !== "" &&
              others.every((g) => terms([year], row.criterion, audience, what, g).length === 0);
            if (!holdsAll)
              found.push(`${year} ${row.criterion} ${audience} ${what} ${group} on day ${d}`);
          }
        }
    }
  });
  return found;
}

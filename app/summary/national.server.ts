import type { Database } from "~db/client.server";
import { audit } from "~/auth/audit.server";
import { inspections } from "~db/schema";
import { isCriterionCode } from "~surveys/framework";
import { isAudience } from "~/inspections/audiences";
import { londonDay } from "~/platform/time";
import type { CountRow } from "./counts";
import { criterionCountsBefore } from "./counts.server";
import { filterParam } from "./filters";
import type { FilterDimension, SummaryFilter } from "./filters";
import {
  filteredNationalTables,
  nationalTables,
  nationalYear,
  publishedFrom,
  yearsOn,
} from "./national";
import type { InspectionFigures, NationalCell, NationalPart, NationalTable } from "./national";
import { fewestInspections, suppressionThreshold } from "./threshold.server";
import { wilson } from "./voices";
import type { Voice } from "./voices";

const partOf: Record<string, NationalPart> = {
  positive: "positive",
  negative: "negative",
  neutral: "rest",
  dont_know: "rest",
};

/**
 * Each inspection's figures per criterion and audience, from its unfiltered counters, or with
 * `dimension` from each group's of that filter (each figure saying its group).
 */
export function figuresOf(
  counts: (CountRow & { inspectionId: string })[],
  yearOf: (inspectionId: string) => number,
  dimension?: FilterDimension,
): InspectionFigures[] {
  const figures = new Map<string, InspectionFigures>();
  const entry = (row: CountRow & { inspectionId: string }) => {
    if (row.dimension !== (dimension ?? "")) return undefined;
    const key = `${row.inspectionId}|${row.audience}|${row.code}|${row.dimValue}`;
    let found = figures.get(key);
    if (!found && isCriterionCode(row.code) && isAudience(row.audience)) {
      const part = () => ({ count: 0, people: 0 });
      found = {
        inspectionId: row.inspectionId,
        year: yearOf(row.inspectionId),
        criterion: row.code,
        audience: row.audience,
        people: 0,
        parts: { positive: part(), negative: part(), rest: part() },
        ...(dimension ? { filter: { dimension, value: row.dimValue } } : {}),
      };
      figures.set(key, found);
    }
    return found;
  };
  for (const row of counts) {
    const figure = entry(row);
    if (!figure) continue;
    if (row.kind === "row") figure.people += row.people;
    const part = partOf[row.polarity];
    if (row.kind !== "cell" || !part) continue;
    figure.parts[part].count += row.answers;
    // "The rest" joins two polarities: at least as many people as the larger gave it.
    figure.parts[part].people = Math.max(figure.parts[part].people, row.people);
  }
  return [...figures.values()];
}

/**
 * The national picture on a day (#18): which years are shown, waiting or withdrawn, and every
 * table (see app/summary/national.ts for the rules). Reads each shown year's inspections'
 * counters, as sent before the year was first shown. With `viewedBy`, the view is audited, as
 * an inspection's summary is.
 */
export async function nationalPicture(
  db: Database,
  input: {
    today?: string;
    threshold?: number;
    fewest?: number;
    viewedBy?: string;
    /** One group of one filter, as an inspection's summary can be narrowed. */
    filter?: SummaryFilter;
  } = {},
) {
  const { filter } = input;
  const today = input.today ?? londonDay();
  const threshold = input.threshold ?? suppressionThreshold();
  const fewest = input.fewest ?? fewestInspections;
  const list = (
    await db
      .select({
        id: inspections.id,
        opensAt: inspections.surveysOpenAt,
        deletedAt: inspections.dataDeletedAt,
      })
      .from(inspections)
  ).map((row) => ({
    id: row.id,
    year: nationalYear(row.opensAt),
    dataDeleted: row.deletedAt !== null,
  }));
  const years = yearsOn(list, today);
  const yearOf = new Map(list.map((i) => [i.id, i.year]));
  const figures: InspectionFigures[] = [];
  const groups: InspectionFigures[] = [];
  for (const year of years.published) {
    const ids = list.filter((i) => i.year === year).map((i) => i.id);
    const counts = await criterionCountsBefore(db, ids, publishedFrom(year), filter?.dimension);
    figures.push(...figuresOf(counts, (id) => yearOf.get(id)!));
    if (filter) groups.push(...figuresOf(counts, (id) => yearOf.get(id)!, filter.dimension));
  }
  if (input.viewedBy)
    await audit(db, {
      userId: input.viewedBy,
      action: "national_viewed",
      detail: { years: years.published, ...(filter ? { filter: filterParam(filter) } : {}) },
    });
  return {
    threshold,
    fewest,
    years,
    tables: filter
      ? filteredNationalTables(figures, groups, filter, years.published, threshold, fewest)
      : nationalTables(figures, years.published, threshold, fewest),
  };
}

/** A shown cell as the page draws it: the overview's voice, and what it rests on. */
export type NationalView =
  | Extract<NationalCell, { shown: false }>
  | { shown: true; voice: Voice; people: number; inspections: number; years: number[] };

/**
 * The page's cells: shares with their 95% interval (the overview's Wilson interval), where n
 * is the people the cell is about, so one person's several answers count once.
 */
export function nationalView(tables: NationalTable[]) {
  return tables.map((table) => ({
    year: table.year,
    rows: table.rows.map((row) => ({
      criterion: row.criterion,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([audience, cell]): [string, NationalView] => {
          if (!cell.shown) return [audience, cell];
          const share = (count: number) => {
            const p = count / cell.answers;
            return { share: p, ...wilson(p, cell.people) };
          };
          return [
            audience,
            {
              shown: true,
              voice: {
                shown: true,
                positive: share(cell.positive),
                negative: share(cell.negative),
                answers: cell.answers,
              },
              people: cell.people,
              inspections: cell.inspections,
              years: cell.years,
            },
          ];
        }),
      ),
    })),
  }));
}

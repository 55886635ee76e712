import { surveyDefinitions } from "~surveys";

/*
 * What a summary can be narrowed to: one version, or one answer to an "about you" question.
 * Only one at a time: each filter splits the answers into groups that are protected together
 * (see partition.ts); combining filters would make tables this does not protect.
 */
export const filterDimensions = [
  "version",
  "about_ehc_plan",
  "about_setting",
  "about_age",
] as const;
export type FilterDimension = (typeof filterDimensions)[number];

export interface SummaryFilter {
  dimension: FilterDimension;
  value: string;
}

/** People who skipped the question form a group of their own. */
export const notAnswered = "not_answered";

export interface FilterOption {
  dimension: FilterDimension;
  value: string;
  /** A translation key for the value's words. */
  label: string;
}

/** Every value a filter can take, from the survey definitions themselves. */
export function filterOptions(): FilterOption[] {
  const options: FilterOption[] = [
    { dimension: "version", value: "easy", label: "inspector:summary.values.easy" },
    { dimension: "version", value: "standard", label: "inspector:summary.values.standard" },
    // People who changed version part way and answered in both (#20).
    { dimension: "version", value: "mixed", label: "inspector:summary.values.mixed" },
  ];
  for (const dimension of filterDimensions) {
    if (dimension === "version") continue;
    const start = options.length;
    const seen = new Set<string>();
    for (const definition of surveyDefinitions) {
      const question = definition.questions.find((q) => q.id === dimension);
      if (!question || !("options" in question)) continue;
      for (const option of question.options) {
        if (seen.has(option.value)) continue;
        seen.add(option.value);
        // The standard version's words, which are the fuller ones.
        const label =
          definition.version === "standard"
            ? option.text
            : option.text.replace(".easy.", ".standard.");
        options.push({ dimension, value: option.value, label });
      }
    }
    // Age bands from the youngest up, whichever survey asked first (#25); "I don't know" last.
    if (dimension === "about_age") {
      const bands = options.splice(start).sort((a, b) => ageRank(a.value) - ageRank(b.value));
      options.push(...bands);
    }
    options.push({ dimension, value: notAnswered, label: "inspector:summary.filter.notAnswered" });
  }
  return options;
}

/** The age bands the surveys offer, youngest first; anything else after them. */
const ageOrder = ["0_4", "5_10", "under_11", "11_15", "16_18", "19_25", "dont_know"];
const ageRank = (value: string) =>
  ageOrder.includes(value) ? ageOrder.indexOf(value) : ageOrder.length;

/** Reads `?filter=about_ehc_plan:yes`; anything else means no filter. */
export function parseFilter(raw: string | null): SummaryFilter | undefined {
  if (!raw) return undefined;
  const [dimension, value] = raw.split(":", 2);
  const option = filterOptions().find((o) => o.dimension === dimension && o.value === value);
  return option ? { dimension: option.dimension, value: option.value } : undefined;
}

export const filterParam = (filter: SummaryFilter) => `${filter.dimension}:${filter.value}`;

/** The filter's choices as the summary and the national picture offer them: by dimension. */
export const filterGroups = () =>
  filterDimensions.map((dimension) => ({
    dimension,
    options: filterOptions()
      .filter((o) => o.dimension === dimension)
      .map((o) => ({ value: filterParam(o), label: o.label })),
  }));

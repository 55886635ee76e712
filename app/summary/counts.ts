/*
 * The summary's figures, kept as counters. Responses never change once stored, so each one
 * adds a fixed set of increments, written in the same transaction as the response. The
 * summary then reads a few hundred small rows instead of every answer.
 *
 * A counter is (kind, audience, dimension, group, code, polarity) → answers and people:
 *   responses   how many responses, per audience and filter group
 *   row / cell  a criterion's answers (all / by polarity), per audience and filter group
 *   subrow / subcell   the same for a sub-point (everyone only)
 *   atom        answers to questions with the same sub-points within a criterion, by polarity
 *   breakdown   responses by version, language, channel and day (all audiences)
 * "people" counts each response once per counter: a response adds 1 however many answers.
 */
import { filterDimensions, notAnswered } from "./filters";

export type CountKind = "responses" | "row" | "cell" | "subrow" | "subcell" | "atom" | "breakdown";

export interface CountKey {
  kind: CountKind;
  audience: string;
  /** '' for everyone, or a filter dimension (or, for breakdowns, what is counted by). */
  dimension: string;
  /** The group within the dimension ('' for everyone). */
  dimValue: string;
  /** Criterion, sub-point, or atom (`I1|I1.a,I1.b`); '' where there is none. */
  code: string;
  /** '' for whole rows and response counts. */
  polarity: string;
}

export interface CountRow extends CountKey {
  answers: number;
  people: number;
}

export interface CountedResponse {
  audience: string;
  version: string;
  language: string;
  channel: string;
  submittedOn: string;
  about: Record<string, string>;
  answers: { polarity: string; criteria: string[]; subPoints: string[] }[];
}

export const atomCode = (criterion: string, subPoints: string[]) =>
  `${criterion}|${subPoints
    .filter((s) => s.startsWith(`${criterion}.`))
    .sort()
    .join(",")}`;

export const countKey = (k: CountKey) =>
  [k.kind, k.audience, k.dimension, k.dimValue, k.code, k.polarity].join("\u001f");

/** Every increment one response adds. */
export function countsForResponse(response: CountedResponse): CountRow[] {
  const rows = new Map<string, CountRow>();
  const add = (key: CountKey, answers: number) => {
    const k = countKey(key);
    const row = rows.get(k);
    if (row) row.answers += answers;
    else rows.set(k, { ...key, answers, people: 1 });
  };
  const { audience } = response;
  const groups: [string, string][] = [
    ["", ""],
    ...filterDimensions.map((d): [string, string] => [
      d,
      d === "version" ? response.version : (response.about[d] ?? notAnswered),
    ]),
  ];
  for (const [dimension, dimValue] of groups) {
    add({ kind: "responses", audience, dimension, dimValue, code: "", polarity: "" }, 1);
    for (const answer of response.answers)
      for (const code of answer.criteria) {
        add({ kind: "row", audience, dimension, dimValue, code, polarity: "" }, 1);
        if (answer.polarity !== "none")
          add({ kind: "cell", audience, dimension, dimValue, code, polarity: answer.polarity }, 1);
      }
  }
  for (const answer of response.answers) {
    if (answer.polarity === "none") continue;
    const base = { audience, dimension: "", dimValue: "" };
    for (const code of answer.subPoints) {
      add({ ...base, kind: "subrow", code, polarity: "" }, 1);
      add({ ...base, kind: "subcell", code, polarity: answer.polarity }, 1);
    }
    for (const criterion of answer.criteria)
      add(
        {
          ...base,
          kind: "atom",
          code: atomCode(criterion, answer.subPoints),
          polarity: answer.polarity,
        },
        1,
      );
  }
  const breakdowns: [string, string][] = [
    ["version", response.version],
    ["language", response.language],
    ["channel", response.channel],
    ["day", response.submittedOn],
  ];
  for (const [dimension, dimValue] of breakdowns)
    add({ kind: "breakdown", audience: "", dimension, dimValue, code: "", polarity: "" }, 1);
  return [...rows.values()];
}

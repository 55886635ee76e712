/*
 * The summary's figures, kept as counters. Responses never change once stored, so each one
 * adds a fixed set of increments, folded into the counters in batches soon after it is
 * stored (counts.server.ts). The summary then reads a few hundred small rows instead of
 * every answer.
 *
 * A counter is (kind, audience, dimension, group, code, polarity) → answers and people:
 *   responses   how many responses, per audience and filter group
 *   row / cell  a criterion's answers (all / by polarity), per audience and filter group
 *   subrow / subcell   the same for a sub-point (everyone only)
 *   atom        answers to questions with the same sub-points within a criterion, by polarity
 *   scale       an atom's answers by the scale they were given on and the scale's own answer
 *               (`I2|I2.c|faces` → happy, ok, sad, dont_know); `choice` (a question's own
 *               options) by polarity. Easy read and standard scales are added together in the
 *               rows and cells; these keep them apart.
 *   breakdown   responses by version, language, channel and day, per audience; a late paper
 *               form's channel is `paper_late` (#20)
 * A response's version is its answers' (#20): the one they were given in, or `mixed` when the
 * person changed version part way (counts.server.ts, responseVersion).
 * "people" counts each response once per counter: a response adds 1 however many answers.
 */
import { filterDimensions, notAnswered } from "./filters";

export type CountKind =
  | "responses"
  | "row"
  | "cell"
  | "subrow"
  | "subcell"
  | "atom"
  | "scale"
  | "breakdown";

export interface CountKey {
  kind: CountKind;
  audience: string;
  /** '' for everyone, or a filter dimension (or, for breakdowns, what is counted by). */
  dimension: string;
  /** The group within the dimension ('' for everyone). */
  dimValue: string;
  /** Criterion, sub-point, atom (`I1|I1.a,I1.b`) or scale (`I1|I1.a,I1.b|faces`); '' where there is none. */
  code: string;
  /** '' for whole rows and response counts; for scale counters, the scale's own answer. */
  polarity: string;
}

export interface CountRow extends CountKey {
  answers: number;
  people: number;
}

export interface CountedResponse {
  audience: string;
  /** The version its answers were given in, or "mixed" (see counts.server.ts). */
  version: string;
  language: string;
  channel: string;
  /** A paper form keyed in after the surveys closed: counted on the channel `paper_late`. */
  late?: boolean;
  submittedOn: string;
  about: Record<string, string>;
  answers: CountedAnswer[];
}

export interface CountedAnswer {
  polarity: string;
  criteria: string[];
  subPoints: string[];
  /** The scale it was given on ("faces", "agree5"), or "choice" for a question's own options. */
  scale: string;
  /** The option chosen. */
  value: string;
}

/** A scale counter's code: the atom, then the scale. */
export const scaleCode = (criterion: string, subPoints: string[], scale: string) =>
  `${atomCode(criterion, subPoints)}|${scale}`;

/** A scale counter's parts. */
export function parseScaleCode(code: string) {
  const [criterion, subPoints, scale] = code.split("|");
  return { criterion: criterion!, subPoints: subPoints!, scale: scale! };
}

export const atomCode = (criterion: string, subPoints: string[]) =>
  `${criterion}|${subPoints
    .filter((s) => s.startsWith(`${criterion}.`))
    .sort()
    .join(",")}`;

const separator = "\u001f";

export const countKey = (k: CountKey) =>
  [k.kind, k.audience, k.dimension, k.dimValue, k.code, k.polarity].join(separator);

/** The fields of a countKey. */
export function parseCountKey(key: string): CountKey {
  const [kind, audience, dimension, dimValue, code, polarity] = key.split(separator);
  return {
    kind: kind as CountKind,
    audience: audience!,
    dimension: dimension!,
    dimValue: dimValue!,
    code: code!,
    polarity: polarity!,
  };
}

/**
 * Every increment one response adds, as countKey → answers (its people are 1 each). Keys
 * are built from prefixes and tallies made once a response: the counts job runs this for
 * every response, and building each key from its six parts cost half a millisecond.
 */
export function incrementsForResponse(response: CountedResponse): Map<string, number> {
  const increments = new Map<string, number>();
  const add = (key: string, answers: number) =>
    increments.set(key, (increments.get(key) ?? 0) + answers);
  // A criterion's answers, all and by polarity, the same for every group.
  const rows = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const answer of response.answers)
    for (const code of answer.criteria) {
      rows.set(code, (rows.get(code) ?? 0) + 1);
      if (answer.polarity !== "none") {
        const cell = code + separator + answer.polarity;
        cells.set(cell, (cells.get(cell) ?? 0) + 1);
      }
    }
  const { audience } = response;
  const groups: [string, string][] = [
    ["", ""],
    ...filterDimensions.map((d): [string, string] => [
      d,
      d === "version" ? response.version : (response.about[d] ?? notAnswered),
    ]),
  ];
  for (const [dimension, dimValue] of groups) {
    const group = separator + audience + separator + dimension + separator + dimValue + separator;
    add("responses" + group + separator, 1);
    for (const [code, n] of rows) add("row" + group + code + separator, n);
    for (const [cell, n] of cells) add("cell" + group + cell, n);
  }
  const everyone = separator + audience + separator + separator + separator;
  for (const answer of response.answers) {
    if (answer.polarity === "none") continue;
    for (const code of answer.subPoints) {
      add("subrow" + everyone + code + separator, 1);
      add("subcell" + everyone + code + separator + answer.polarity, 1);
    }
    // A scale's own answer; a question's own options, which differ, by polarity.
    const scaleAnswer = answer.scale === "choice" ? answer.polarity : answer.value;
    for (const criterion of answer.criteria) {
      const atom = atomCode(criterion, answer.subPoints);
      add("atom" + everyone + atom + separator + answer.polarity, 1);
      add("scale" + everyone + atom + "|" + answer.scale + separator + scaleAnswer, 1);
    }
  }
  const breakdowns: [string, string][] = [
    ["version", response.version],
    ["language", response.language],
    ["channel", response.late ? "paper_late" : response.channel],
    ["day", response.submittedOn],
  ];
  for (const [dimension, dimValue] of breakdowns)
    add(["breakdown", audience, dimension, dimValue, "", ""].join(separator), 1);
  return increments;
}

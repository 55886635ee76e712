import { framework } from "~surveys/framework";

/**
 * The criterion an inspector means by what they typed: its code ("i2"), its code and title as
 * the page lists them, or words from one title only. Several titles matching is said, with them.
 */
export type CriterionByName =
  | { ok: true; criterion: string }
  | { ok: false; problem: "empty" | "unknown" }
  | { ok: false; problem: "ambiguous"; matches: string[] };

const fold = (text: string) => text.toLocaleLowerCase("en-GB").replace(/\s+/g, " ").trim();

export function criterionByName(typed: string): CriterionByName {
  const wanted = fold(typed);
  if (!wanted) return { ok: false, problem: "empty" };
  const byCode = framework.find(
    (c) => fold(c.code) === wanted || wanted.startsWith(`${fold(c.code)} `),
  );
  if (byCode) return { ok: true, criterion: byCode.code };
  const matches = framework.filter((c) => fold(c.title).includes(wanted)).map((c) => c.code);
  if (matches.length === 1) return { ok: true, criterion: matches[0]! };
  if (matches.length > 1) return { ok: false, problem: "ambiguous", matches };
  return { ok: false, problem: "unknown" };
}

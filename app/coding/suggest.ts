import { criterionCodes } from "../../surveys/framework";
import type { CriterionCode } from "../../surveys/framework";
import { criterionLexicon, sentimentLexicon } from "./lexicon";

export interface Suggestion {
  criterion: CriterionCode;
  /** Why: the phrases that matched, as typed in the lexicon. */
  matched: string[];
}

export type Sentiment = "positive" | "neutral" | "negative" | "mixed";

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase as a whole-word pattern; `*` at the end matches any ending. */
function phrasePattern(phrase: string): RegExp {
  const trimmed = phrase.trim();
  const prefix = trimmed.endsWith("*");
  const body = escape(prefix ? trimmed.slice(0, -1) : trimmed).replace(/\s+/g, "\\s+");
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${body}${prefix ? "[\\p{L}\\p{N}-]*" : "(?![\\p{L}\\p{N}])"}`,
    "iu",
  );
}

const compiled = Object.fromEntries(
  criterionCodes.map((code) => [
    code,
    criterionLexicon[code].map((phrase) => ({
      phrase: phrase.trim(),
      pattern: phrasePattern(phrase),
    })),
  ]),
) as Record<CriterionCode, { phrase: string; pattern: RegExp }[]>;
const positive = sentimentLexicon.positive.map(phrasePattern);
const negative = sentimentLexicon.negative.map(phrasePattern);

/** Criteria a comment seems to speak to, each with the phrases that matched. */
export function suggestCriteria(text: string): Suggestion[] {
  return criterionCodes.flatMap((criterion) => {
    const matched = compiled[criterion]
      .filter(({ pattern }) => pattern.test(text))
      .map(({ phrase }) => phrase);
    return matched.length ? [{ criterion, matched }] : [];
  });
}

/** A rough sentiment from the words used; inspectors read the comment itself. */
export function suggestSentiment(text: string): Sentiment {
  const pos = positive.filter((p) => p.test(text)).length;
  const neg = negative.filter((p) => p.test(text)).length;
  if (pos && neg) return "mixed";
  if (pos) return "positive";
  if (neg) return "negative";
  return "neutral";
}

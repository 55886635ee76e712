import { criterionCodes } from "~surveys/framework";
import type { CriterionCode } from "~surveys/framework";
import { lexicons } from "./lexicon";
import { findWords, foldText, matchedWords, phrasePattern } from "./match";

export interface Suggestion {
  criterion: CriterionCode;
  /** Why: the words that matched, as they are written in the comment, in its own script. */
  matched: string[];
}

export type Sentiment = "positive" | "neutral" | "negative" | "mixed";

// One pattern per language and criterion (or sentiment): each language's phrases take the
// affixes of that language, and every comment is matched against every language.
const criterionPatterns = criterionCodes.map((criterion) => ({
  criterion,
  patterns: lexicons.map((l) => phrasePattern(l.criteria[criterion], l.shape)),
}));
const positive = lexicons.map((l) => phrasePattern(l.sentiment.positive, l.shape));
const negative = lexicons.map((l) => phrasePattern(l.sentiment.negative, l.shape));

/** Criteria a comment seems to speak to, each with the words that matched, in any language. */
export function suggestCriteria(text: string): Suggestion[] {
  const folded = foldText(text);
  return criterionPatterns.flatMap(({ criterion, patterns }) => {
    const matched = matchedWords(folded, patterns);
    return matched.length ? [{ criterion, matched }] : [];
  });
}

/** A rough sentiment from the words used; inspectors read the comment itself. */
export function suggestSentiment(text: string): Sentiment {
  const folded = foldText(text);
  const pos = positive.some((p) => findWords(folded, p).length);
  const neg = negative.some((p) => findWords(folded, p).length);
  if (pos && neg) return "mixed";
  if (pos) return "positive";
  if (neg) return "negative";
  return "neutral";
}

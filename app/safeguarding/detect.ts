import { foldText, matchedWords, phrasePattern } from "~/coding/match";
import { disclosureLexicons } from "./lexicon";

/*
 * Whether own words look like a disclosure (#19): a child who may be hurt, abused, unsafe at
 * home or school, hurting themselves or thinking of suicide. Every language's words run on
 * every comment. It leans towards flagging; a person decides what a flag means.
 */

// One pattern per language, every kind of concern together: the matched words are what an
// inspector needs, and which list they came from is for the lexicon's review.
const patterns = disclosureLexicons.map((lexicon) =>
  phrasePattern(Object.values(lexicon.phrases).flat(), lexicon.shape),
);

export interface Disclosure {
  flagged: boolean;
  /** The words that matched, as written in the text, each once, in the text's order. */
  matched: string[];
}

/** Whether `text` may be a disclosure, with the words that say so. Pure: no I/O, no logging. */
export function detectDisclosure(text: string): Disclosure {
  if (!text.trim()) return { flagged: false, matched: [] };
  const folded = foldText(text);
  const matched = matchedWords(folded, patterns);
  return { flagged: matched.length > 0, matched };
}

/**
 * What is stored with a comment: whether it may be a disclosure, from its redacted words or
 * from the words as they were typed or spoken (`flaggedBeforeRedaction`, found in memory and
 * never stored), and the matched words, cut from the redacted text so they name no one.
 */
export function commentConcern(
  redacted: string,
  flaggedBeforeRedaction = false,
): { concern: boolean; concernWords: string[] } {
  const found = detectDisclosure(redacted);
  return { concern: found.flagged || flaggedBeforeRedaction, concernWords: found.matched };
}

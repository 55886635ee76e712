import type { CriterionCode } from "~surveys/framework";
import type { LanguageCode } from "~/i18n/languages";
import type { WordShape } from "~/coding/match";

/**
 * One language's phrases: for each criterion, words that suggest a comment speaks to it, and
 * words that colour its sentiment. Matching is on whole words, case- and accent-insensitive;
 * a trailing `*` on a word matches any ending ("assess*" → assessment, "czeka*" → czekamy).
 * `shape` says what the language attaches to words (Arabic clitics, Bengali case endings), so
 * phrases are written bare: "مدرسة" finds "والمدرسة", "স্কুল" finds "স্কুলের".
 */
export interface LanguageLexicon {
  language: LanguageCode;
  shape: WordShape;
  criteria: Record<CriterionCode, string[]>;
  sentiment: { positive: string[]; negative: string[] };
}

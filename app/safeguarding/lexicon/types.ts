import type { LanguageCode } from "~/i18n/languages";
import type { WordShape } from "~/coding/match";

/** What own words may be telling: each kind has its own phrases, so a gap shows in review. */
export type ConcernKind = "harm" | "abuse" | "unsafe" | "selfHarm" | "suicide";

/**
 * One language's words that may mean a child is at risk (#19). Matched as the coding lexicon
 * is (app/coding/match.ts): whole words, case- and accent-insensitive, a trailing `*` takes
 * any ending, and `shape` adds what the language attaches to words. The lists lean towards
 * flagging: a complaint flagged by mistake costs an inspector a minute, a disclosure missed
 * costs a child their help.
 */
export interface DisclosureLexicon {
  language: LanguageCode;
  shape: WordShape;
  phrases: Record<ConcernKind, string[]>;
}

import { ar } from "./ar";
import { bn } from "./bn";
import { en } from "./en";
import { pl } from "./pl";
import { ro } from "./ro";
import { ur } from "./ur";
import type { LanguageLexicon } from "./types";

export type { LanguageLexicon } from "./types";

/**
 * Every language's phrases. Every comment is matched against all of them, whatever the
 * survey's language: parents mix languages and scripts in one sentence.
 */
export const lexicons: readonly LanguageLexicon[] = [en, pl, ro, ur, bn, ar];

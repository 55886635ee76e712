import { ar } from "./ar";
import { bn } from "./bn";
import { en } from "./en";
import { pl } from "./pl";
import { ro } from "./ro";
import { ur } from "./ur";
import type { DisclosureLexicon } from "./types";

export type { ConcernKind, DisclosureLexicon } from "./types";

/**
 * Every language's words. Every comment is matched against all of them, whatever the survey's
 * language: people mix languages and scripts in one sentence.
 */
export const disclosureLexicons: readonly DisclosureLexicon[] = [en, pl, ro, ur, bn, ar];

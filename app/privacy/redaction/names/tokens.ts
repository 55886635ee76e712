/**
 * Words of a comment as the name rules see them: where each starts and ends, its folded
 * form, its script and case, whether it starts a sentence, and what compromise's English
 * lexicon says it is. No tagging pass runs over the whole comment: a lexicon look-up and
 * the word's ending are enough for the rules, and keep a long comment fast.
 */
import { redactionLabels } from "~/privacy/redaction/spans";
import { type Script, foldWord, lexiconTags, scriptOf } from "./knowledge";

export interface Token {
  /** Start and end of the word, without a possessive 's. */
  start: number;
  end: number;
  /** End including a possessive 's. */
  outerEnd: number;
  text: string;
  /** Lower case, with ’ as '. */
  lower: string;
  /** Compared form: see `foldWord`. */
  folded: string;
  script: Script;
  possessive: boolean;
  capitalised: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  /** English tags from compromise's lexicon and the word's ending (shared: never change). */
  tags: ReadonlySet<string>;
  /** Part of one of our own tags, such as the "name" in "[name]". */
  placeholder: boolean;
}

/** Letters, marks and digits; Urdu and Bengali words may hold a zero-width (non-)joiner. */
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}'’-]|\u200c|\u200d)*/gu;

/** Our own placeholders, so that redacting stored text again leaves it alone. */
const PLACEHOLDER = new RegExp(
  Object.values(redactionLabels)
    .map((label) => label.replace(/[[\]]/g, "\\$&"))
    .join("|"),
  "g",
);

export function tokenise(text: string): Token[] {
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length]);
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0].replace(/['’-]+$/, "");
    let possessive = false;
    if (/['’]s$/i.test(raw) && raw.length > 2) {
      raw = raw.slice(0, -2);
      possessive = true;
    }
    const start = m.index;
    const end = start + raw.length;
    const first = raw.charAt(0);
    const isUpper = first !== first.toLowerCase() && first === first.toUpperCase();
    const letters = raw.replace(/[^\p{L}]/gu, "");
    const allCaps =
      letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const lower = raw.toLowerCase().replace(/’/g, "'");
    tokens.push({
      start,
      end,
      outerEnd: possessive ? end + 2 : end,
      text: raw,
      lower,
      folded: foldWord(raw),
      script: scriptOf(raw),
      possessive,
      capitalised: isUpper && !allCaps,
      allCaps,
      sentenceStart: isSentenceStart(text, start),
      tags: englishTags(lower),
      placeholder: placeholders.some(([from = 0, to = 0]) => from < start && end < to),
    });
  }
  return tokens;
}

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"“‘'([*•]/.test(text.charAt(i))) {
    if (text.charAt(i) === "\n") return true;
    i--;
  }
  // Urdu and Arabic end sentences with ۔ and ؟ (and ؛), Bengali with ।, and comments mix
  // scripts.
  return i < 0 || /[.!?:;\-–—۔؟؛।]/.test(text.charAt(i));
}

const CONTRACTED_VERB = /^(?:\w+n't|can't|won't|i'm|he's|she's|it's|they're|we're|you're)$/;

/** What compromise's lexicon says, and for words it lacks, what their ending says. */
/** The parent tags compromise's tagger would add to a lexicon tag. */
const PARENT_TAGS: Record<string, string[]> = {
  PresentTense: ["Verb"],
  PastTense: ["Verb"],
  Infinitive: ["Verb"],
  Gerund: ["Verb"],
  Participle: ["Verb"],
  PhrasalVerb: ["Verb"],
  Copula: ["Verb"],
  Modal: ["Verb", "Auxiliary"],
  Auxiliary: ["Verb"],
  Singular: ["Noun"],
  Plural: ["Noun"],
  Uncountable: ["Noun"],
  ProperNoun: ["Noun"],
  FirstName: ["Person", "Noun"],
  MaleName: ["FirstName", "Person", "Noun"],
  FemaleName: ["FirstName", "Person", "Noun"],
  LastName: ["Person", "Noun"],
  Place: ["Noun"],
  City: ["Place", "Noun"],
  Country: ["Place", "Noun"],
  Region: ["Place", "Noun"],
  Organization: ["Noun"],
  Comparable: ["Adjective"],
  Superlative: ["Adjective"],
  Comparative: ["Adjective"],
  Cardinal: ["Value"],
  Ordinal: ["Value"],
};

function withParents(tags: string[]): Set<string> {
  const all = new Set(tags);
  for (const tag of tags) for (const parent of PARENT_TAGS[tag] ?? []) all.add(parent);
  return all;
}

/** Auxiliaries the lexicon lists only as "Verb"; compromise's tagger gives them a tense. */
const TENSED: Record<string, string> = {
  has: "PresentTense",
  have: "PresentTense",
  does: "PresentTense",
  do: "PresentTense",
  gets: "PresentTense",
  had: "PastTense",
  did: "PastTense",
  got: "PastTense",
};

const tagCache = new Map<string, ReadonlySet<string>>();

/** What compromise's lexicon says, and for words it lacks, what their ending says. Cached. */
function englishTags(lower: string): ReadonlySet<string> {
  let tags = tagCache.get(lower);
  if (!tags) {
    if (tagCache.size > 50_000) tagCache.clear();
    tags = englishTagsUncached(lower);
    tagCache.set(lower, tags);
  }
  return tags;
}

function englishTagsUncached(lower: string): Set<string> {
  const tense = TENSED[lower];
  const tags = withParents([...lexiconTags(lower), ...(tense ? [tense] : [])]);
  if (tags.size > 0) return tags;
  if (CONTRACTED_VERB.test(lower)) return new Set(["Verb", "PresentTense"]);
  const stemTags = (stem: string) => lexiconTags(stem);
  if (/[^s]s$/.test(lower)) {
    const stem = lower.replace(/(?:es|s)$/, "");
    const base = [stem, lower.slice(0, -1)].map(stemTags).find((t) => t.length > 0) ?? [];
    if (base.includes("Infinitive")) return new Set(["Verb", "PresentTense"]);
    if (base.some((t) => t === "Singular" || t === "Noun")) return new Set(["Noun", "Plural"]);
  }
  if (/ed$/.test(lower) && lower.length > 4) return new Set(["Verb", "PastTense"]);
  if (/ing$/.test(lower) && lower.length > 5) return new Set(["Verb", "Gerund"]);
  if (/ly$/.test(lower) && lower.length > 4) return new Set(["Adverb"]);
  return tags;
}

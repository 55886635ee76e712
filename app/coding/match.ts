/*
 * Script-aware phrase matching for the coding lexicon. A comment and a phrase are both folded
 * the same way (so matching does not depend on the keyboard used), each phrase word takes the
 * affixes its language attaches to words, and a match is reported as the words it covers in
 * the comment itself, in the comment's own script.
 */

/** How a language attaches things to a word that a phrase must see through. */
export type WordShape = "plain" | "arabic" | "bengali";

/** Letters and marks (Bengali vowel signs and Arabic harakat are marks) make up a word. */
const wordChar = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;
/*
 * Folded text keeps words and turns what lies between them into spaces, or into "|" where
 * a clause ends (so a phrase never runs across a comma or a full stop). Patterns then need
 * no Unicode classes, which make large patterns slow to compile: a word letter is anything
 * but those two. Phrases are folded the same way ("s-a schimbat" → "s a schimbat").
 */
const wordClass = "[^ |]";
const clauseBreak = /[,;:.!?\n\u060c\u061b\u061f\u06d4\u0964\u2026]/u;

/*
 * One letter for what keyboards type in several ways: Arabic and Urdu yeh, kaf and heh (and
 * ta marbuta, often typed as heh), alef with or without hamza, waw and yeh with hamza; Polish
 * ł (which Unicode does not decompose). Latin accents are dropped below, so "scoala" finds
 * "școală" and "zolw" finds "żółw", as people type without diacritics.
 */
const letterFolds: Record<string, string> = {
  "\u064a": "\u06cc", // ي Arabic yeh → ی Farsi/Urdu yeh
  "\u0649": "\u06cc", // ى alef maksura
  "\u0626": "\u06cc", // ئ yeh with hamza
  "\u0643": "\u06a9", // ك Arabic kaf → ک keheh
  "\u06c1": "\u0647", // ہ heh goal → ه
  "\u06be": "\u0647", // ھ heh doachashmee (often typed as ه)
  "\u06c0": "\u0647", // ۀ
  "\u06c2": "\u0647", // ۂ
  "\u06d5": "\u0647", // ە
  "\u0629": "\u0647", // ة ta marbuta, often typed as ه
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0624": "\u0648", // ؤ
  "\u0142": "l", // ł
};

/** Arabic-script marks a writer may or may not type: harakat, dagger alef, Quranic signs, tatweel. */
const ignorable =
  /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u00ad\u2060\ufeff]/u;
const latin = /\p{Script=Latin}/u;

const foldCache = new Map<string, string>();

function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  if (ignorable.test(char)) folded = "";
  else if (clauseBreak.test(char)) folded = "|";
  else if (!wordChar.test(char)) folded = " ";
  else {
    const lower = char.toLowerCase();
    folded = [...lower]
      .map((c) => letterFolds[c] ?? c)
      .map((c) => (latin.test(c) ? c.normalize("NFD").replace(/\p{M}/gu, "") : c))
      .join("");
  }
  foldCache.set(char, folded);
  return folded;
}

export interface FoldedText {
  /** The comment in NFC: what matched words are cut from. */
  source: string;
  /** The comment folded for matching. */
  folded: string;
  /** For each code unit of `folded`, where its character starts and ends in `source`. */
  start: number[];
  end: number[];
}

/** Folds text for matching, remembering where each folded letter came from. */
export function foldText(text: string): FoldedText {
  const source = text.normalize("NFC");
  let folded = "";
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const char of source) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i += 1) {
      start.push(index);
      end.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { source, folded, start, end };
}

export const fold = (text: string) => foldText(text).folded;

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const alternatives = (items: string[]) =>
  `(?:${[...new Set(items.map(fold))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})`;

/*
 * Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال) onto the next
 * word — والمدرسة, للمدرسة, بالمدرسة — and possessive or plural endings onto its end
 * (مدرستنا). Phrases are written bare; these are allowed around each word. Broken plurals
 * (مدارس beside مدرسة) are phrases of their own.
 */
const arabicBefore = `(?:[${fold("وف")}]?${alternatives(["بال", "كال", "لل", "ال", "ب", "ك", "ل"])}?)`;
const arabicAfter = alternatives([
  "ه",
  "ها",
  "هم",
  "هما",
  "هن",
  "ك",
  "كم",
  "كن",
  "ي",
  "ني",
  "نا",
  "ون",
  "ين",
  "ان",
  "ات",
  "اتي",
  "اتنا",
  "ا",
]);
/** A word ending in ta marbuta becomes ت before an ending: مدرسة → مدرستي, مدرستنا. */
const arabicTaBefore = alternatives(["ي", "ك", "ه", "ها", "هم", "نا", "كم", "ان", "ين"]);

/*
 * Bengali adds case, plural and classifier endings to the word: স্কুলের, ডাক্তারকে, স্কুলে,
 * বাচ্চারা, শিশুদের, ছেলেটা, স্কুলেও. Up to three may follow one another (ছেলেটাকেও).
 */
const bengaliAfter = `(?:${alternatives([
  "ের",
  "র",
  "এর",
  "কে",
  "তে",
  "েতে",
  "ে",
  "য়",
  "য়ে",
  "ও",
  "ই",
  "রা",
  "েরা",
  "দের",
  "গুলো",
  "গুলি",
  "গুলা",
  "টা",
  "টি",
  "টার",
  "টির",
  "খানা",
])}){0,3}`;

/** What a language attaches before and after a word. */
function affixes(shape: WordShape): { before: string; after: string } {
  switch (shape) {
    case "plain":
      return { before: "", after: "" };
    case "bengali":
      return { before: "", after: bengaliAfter };
    case "arabic":
      return { before: arabicBefore, after: `${arabicAfter}?` };
  }
}

/** A folded word's own letters; a `*` takes any ending, an Arabic ة may become ت or ات. */
function wordStem(word: string, shape: WordShape): string {
  const open = word.endsWith("*");
  const body = open ? word.slice(0, -1) : word;
  if (open) return `${escape(body)}${wordClass}*`;
  const heh = fold("ة");
  if (shape === "arabic" && body.endsWith(heh)) {
    return `${escape(body.slice(0, -1))}(?:${heh}|${fold("ت")}${arabicTaBefore}|${fold("ات")})`;
  }
  return escape(body);
}

/**
 * Phrases as one whole-word pattern over folded text, longer phrases tried first. A trailing
 * `*` on a word matches any ending ("assess*" → assessment, "czeka*" → czekamy); the
 * language's shape adds the affixes it attaches to every word. The first word's prefixes
 * and the last word's endings are shared by all phrases, which keeps the pattern small.
 */
export function phrasePattern(phrases: readonly string[], shape: WordShape): RegExp {
  const { before, after } = affixes(shape);
  const bodies = [...new Set(phrases.map((phrase) => phrase.trim()))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const words = phrase
        .split(/\s+/)
        .flatMap((word) => {
          // Punctuation inside a phrase folds to spaces, as in the comment; a `*` stays.
          const open = word.endsWith("*");
          const parts = fold(open ? word.slice(0, -1) : word)
            .trim()
            .split(/ +/);
          if (open) parts[parts.length - 1] += "*";
          return parts;
        })
        .map((word) => wordStem(word, shape));
      return words
        .map((word, i) => `${i ? before : ""}${word}${i < words.length - 1 ? after : ""}`)
        .join(" +");
    });
  return new RegExp(
    `(?<!${wordClass})${before}(?:${bodies.join("|")})${after}(?!${wordClass})`,
    "g",
  );
}

/**
 * Where `pattern` matches the comment, as the whole words it covers, cut from the comment
 * as written (diacritics, clitics and endings included), in order of appearance.
 */
export function findWords(
  text: FoldedText,
  pattern: RegExp,
): { at: number; to: number; words: string }[] {
  const found: { at: number; to: number; words: string }[] = [];
  for (const match of text.folded.matchAll(pattern)) {
    if (!match[0].length) continue;
    let from = text.start[match.index]!;
    let to = text.end[match.index + match[0].length - 1]!;
    // Widen to whole words: marks and joiners that folding dropped belong to the word.
    while (from > 0 && wordChar.test(text.source[from - 1]!)) from -= 1;
    while (to < text.source.length && wordChar.test(text.source[to]!)) to += 1;
    found.push({ at: from, to, words: text.source.slice(from, to).replace(/\s+/g, " ") });
  }
  return found;
}

/**
 * The words any of the patterns find, each once, in the comment's order; a match inside a
 * longer one is left out. Shared by the coding suggestions and the safeguarding check.
 */
export function matchedWords(text: FoldedText, patterns: readonly RegExp[]): string[] {
  const found = patterns
    .flatMap((pattern) => findWords(text, pattern))
    .sort((a, b) => a.at - b.at || b.to - a.to);
  const kept: typeof found = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.to <= last.to) continue;
    kept.push(match);
  }
  return [...new Set(kept.map((m) => m.words))];
}

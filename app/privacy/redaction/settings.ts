/**
 * Schools and settings by name, and the exact ages and year groups that single a child out
 * beside a name or a school.
 *
 * A setting's name is redacted wherever it is: "Oakwood Academy", "St Mary's", "the Hub",
 * "Szkoła Podstawowa nr 5", "Școala Gimnazială nr. 3", "اوک ووڈ اکیڈمی", "مدرسة النور",
 * "ওকউড একাডেমি". Words that only say what kind of place it is stay: "special school",
 * "a mainstream primary", "the school".
 *
 * "age 9" or "Year 4" alone narrows little, and inspectors need it; beside a name or a
 * school it can point to one child, so it is redacted when the comment names anyone or any
 * setting (`findAgesBesideNames`).
 */
import {
  foldWord,
  isEverydayWord,
  isListedGivenName,
  isUnknownWord,
  readArabicScriptLanguage,
  scriptOf,
} from "./names/knowledge";
import { introducesName } from "./names/multilingual";
import { NEVER_NAMES } from "./names/english-words";
import { type DetectorInput, type Span, matches } from "./spans";

const SPACE = "[ \\u00a0]";
const CAPITALISED = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|St\\.?|Sf\\.?|Św\\.?)";

/** English: one to three capitalised words before a kind of setting. */
const SETTING_KINDS =
  "(?:Academy|Academies|School|Primary|Secondary|Infants?|Juniors?|Nursery|Pre-?[Ss]chool|College|High|Grammar|Hub|Centre|Center|Unit|Base|House|Sixth Form|Free School|Studio School|Pupil Referral Unit|PRU|C of E|CE|RC|Catholic|Church)";
const ENGLISH_SETTING = new RegExp(
  `(?<![\\p{L}])((?:${CAPITALISED}${SPACE}+){0,3}${CAPITALISED})${SPACE}+(${SETTING_KINDS})(?:${SPACE}+(?:${SETTING_KINDS}|School|Academy))*(?![\\p{L}])`,
  "gu",
);
/** "St Mary's", "St. Joseph's", "Saint Anne's": a saint's name is a school or a church. */
const SAINT =
  /(?<![\p{L}])(?:St\.?|Saint|Sf\.?|Sfânta|Sfântul|Św\.?|Święt\p{L}+)[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:['’]s)?/gu;
/** "the Hub", "the Nest", "the Unit" in the middle of a sentence: a setting's own name. */
const THE_NAMED =
  /(?<=\bthe[ \u00a0]+)(?:Hub|Nest|Base|Unit|Bridge|Haven|Ark|Den|Harbour|Lighthouse|Oasis)\b/gu;

/** Words before a kind of setting that describe it and name nothing. */
const DESCRIPTIVE = new Set(
  `a an the our my his her their this that his special mainstream local primary secondary
  infant junior nursery independent private state community catholic church faith free
  grammar high new old previous current last first second next residential day boarding
  alternative specialist autism autistic resource enhanced provision sen send learning
  support further education sixth form village city town county council big small
  lovely great good bad awful every any some another other same different child children's
  development family community health education learning resource assessment therapy
  language speech sensory hearing youth early years support wellbeing mental`
    .split(/\s+/)
    .filter(Boolean),
);

function describesOnly(words: string): boolean {
  return words
    .split(/[ \u00a0]+/)
    .every((w) => DESCRIPTIVE.has(w.toLowerCase()) || NEVER_NAMES.has(w.toLowerCase()));
}

/** Polish and Romanian: the kind first, then its name or number. */
const LATIN_KIND_FIRST = new RegExp(
  `(?<![\\p{L}])(?:[Ss]zko[łl]\\p{L}*|[Pp]rzedszkol\\p{L}*|[Ll]iceum|[Ll]iceul|[Tt]echnikum|[Żż]łob\\p{L}*|[ȘșŞşSs]coal\\p{L}*|[Gg]r[ăa]dini[țţt]\\p{L}*|[Cc]olegiul|[Cc]entrul)((?:${SPACE}+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|nr\\.?${SPACE}*\\d+|im\\.|nr\\.?|[IVX]+|\\d+))+)`,
  "gu",
);

/** Urdu and Bengali put the name first: "اوک ووڈ اکیڈمی", "ওকউড একাডেমি". */
const NAME_FIRST_KINDS = new Set(
  `اسکول سکول اکیڈمی کالج نرسری پرائمری سیکنڈری یونٹ سینٹر স্কুল একাডেমি কলেজ নার্সারি প্রাইমারি
  বিদ্যালয় ইউনিট সেন্টার`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord),
);
/** Arabic puts the kind first: "مدرسة النور", "أكاديمية أوكوود". */
const KIND_FIRST_ARABIC = new Set(
  `مدرسة مدرسه أكاديمية اكاديمية كلية روضة حضانة معهد مركز`.split(/\s+/).map(foldWord),
);

const WORD = /(?:[\p{L}\p{M}'’-]|\u200c|\u200d)+/gu;

interface Word {
  start: number;
  end: number;
  folded: string;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldWord(m[0]),
  }));
}

function strip(folded: string): string {
  // The case endings and clitics a kind of setting takes: "اسکول", "স্কুলের", "والمدرسة".
  return folded.replace(/(?:ের|এর|ে|র|কে|তে)$/u, "").replace(/^(?:و|ف|ب|ل)?(?:ال)?/, "");
}

export function findSettings({ text }: DetectorInput, out: Span[]): void {
  readArabicScriptLanguage(text);
  for (const m of matches(ENGLISH_SETTING, text)) {
    const named = m[1] ?? "";
    if (describesOnly(named)) continue;
    // "Mrs Green School" is not likely; a sentence start "Then School" is not a name either.
    const first = named.split(/[ \u00a0]+/)[0] ?? "";
    const rest = named.split(/[ \u00a0]+/).slice(1);
    const start = DESCRIPTIVE.has(first.toLowerCase())
      ? m.index + first.length + (m[0].slice(first.length).match(/^[ \u00a0]+/)?.[0].length ?? 0)
      : m.index;
    if (rest.length === 0 && describesOnly(first)) continue;
    out.push({ start, end: m.index + m[0].length, tag: "setting" });
  }
  for (const m of matches(SAINT, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "setting" });
  }
  for (const m of matches(THE_NAMED, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "setting" });
  }
  for (const m of matches(LATIN_KIND_FIRST, text)) {
    // "Szkoła Podstawowa nr 5", "przedszkola Słoneczko": the kind stays, its name goes.
    const named = m[1] ?? "";
    const name = named.replace(/[ \u00a0.]+$/, "");
    if (!/\p{Lu}|\d/u.test(name)) continue;
    const start = m.index + m[0].length - named.length + (named.length - named.trimStart().length);
    out.push({ start, end: start + name.trimStart().length, tag: "setting" });
  }
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const kind = strip(word.folded);
    if (NAME_FIRST_KINDS.has(word.folded) || NAME_FIRST_KINDS.has(kind)) {
      // Up to three unknown words just before the kind are its name.
      let k = i - 1;
      while (k >= 0 && k >= i - 3) {
        const w = words[k];
        const after = words[k + 1];
        if (!w || !after || !/^[ \u00a0]+$/.test(text.slice(w.end, after.start))) break;
        if (scriptOf(w.folded) === "latin" ? !/^\p{Lu}/u.test(text.slice(w.start, w.end)) : false)
          break;
        if (!isUnknownWord(w.folded) || isEverydayWord(w.folded)) break;
        // "আমার মেয়ে আয়েশা স্কুলে": a name, then the school; "তন্ময়ের স্কুল": whose school.
        if (isListedGivenName(w.folded) || /(?:ের|র)$/u.test(w.folded)) break;
        const previous = words[k - 1];
        if (previous && introducesName(previous.folded, scriptOf(previous.folded))) break;
        k--;
      }
      const first = words[k + 1];
      if (k < i - 1 && first) out.push({ start: first.start, end: word.end, tag: "setting" });
    } else if (
      (KIND_FIRST_ARABIC.has(word.folded) || KIND_FIRST_ARABIC.has(kind)) &&
      // "المدرسة" is "the school"; a school's name follows "مدرسة" without the article.
      !/^[وفب]?ال|^[وف]?لل/.test(word.folded)
    ) {
      let k = i + 1;
      while (k < words.length && k <= i + 3) {
        const w = words[k];
        const before = words[k - 1];
        if (!w || !before || !/^[ \u00a0]+$/.test(text.slice(before.end, w.start))) break;
        // "مدرسة Park View": a name in English letters.
        if (scriptOf(w.folded) === "latin") {
          if (!/^\p{Lu}/u.test(text.slice(w.start, w.end))) break;
          k++;
          continue;
        }
        // "للاحتياجات", "والخاصة": the word without "for", "and" and the article.
        const bare = w.folded.replace(/^[وفبل]?(?:ال|ل)/, "");
        if (!isUnknownWord(w.folded) || isEverydayWord(bare) || isEverydayWord(`ال${bare}`)) break;
        k++;
      }
      const last = words[k - 1];
      if (k > i + 1 && last) out.push({ start: word.start, end: last.end, tag: "setting" });
    }
  }
}

/**
 * An exact age or year group, in each language, written as an age and not as a length of
 * time: "age 9", "9 years old", "Year 4", "ma 9 lat" (not "od 2 lat"), "are 9 ani", "9-letni",
 * "clasa a 4-a", "۹ سال کا", "عمره ٩", "৯ বছরের", "বয়স ৯".
 */
const AGE_OR_YEAR = new RegExp(
  [
    String.raw`\b(?:aged?|age of)[ \u00a0]+\d{1,2}\b`,
    String.raw`\b\d{1,2}[ \u00a0-]*(?:years?|yrs?)[ \u00a0-]*old\b`,
    String.raw`\b(?:[Yy]ear|[Yy]r|Y)[ \u00a0]?(?:1[0-3]|[1-9]|R)\b`,
    String.raw`\b(?:ma|mam|masz)[ \u00a0]+\d{1,2}[ \u00a0]+(?:lat|lata|latka|roczek)(?![\p{L}])`,
    String.raw`\b\d{1,2}[ \u00a0-]*(?:letni|letnia|letniego|letniej|letnie|latek|latka|latkiem)(?![\p{L}])`,
    String.raw`\b(?:are|am|ai|avea|aveam|împlinit|implinit)[ \u00a0]+\d{1,2}[ \u00a0]+(?:de[ \u00a0]+)?ani(?![\p{L}])`,
    String.raw`(?:\b[Kk]las(?:a|ie|y|ę)|\bclasa(?:[ \u00a0]+a)?)[ \u00a0]+(?:\d{1,2}|[IVX]+)(?:-a)?\b`,
    String.raw`\b\d{1,2}[ \u00a0]+(?:klasie|klasy|klasa|klasę)(?![\p{L}])`,
    String.raw`\d{1,2}[ \u00a0]*(?:سال|برس)[ \u00a0]*(?:کا|کی|کے)(?![\p{L}])`,
    String.raw`\d{1,2}[ \u00a0]*سالہ(?![\p{L}])`,
    String.raw`\d{1,2}[ \u00a0]*বছরের(?![\p{L}])`,
    String.raw`(?:عمر|عمرہ|عمرها|عمره|عمري|عمرى|বয়স|ইয়ার|ক্লাস|শ্রেণি|الصف|کلاس|جماعت|Year)[ \u00a0]*:?[ \u00a0]*\d{1,2}(?!\d)`,
    // "Lejla (8 ani)", "(۸ سال)", "(٨ سنوات)", "(৮ বছর)": an age in brackets after a name.
    String.raw`\([ \u00a0]*\d{1,2}[ \u00a0-]*(?:years?|yrs?|y\.?o\.?|ani|lat|lata|latek|سال|سالہ|سنوات|سنة|عاما|বছর)[ \u00a0]*\)`,
  ].join("|"),
  "giu",
);

/** Ages and year groups, to be redacted only beside a name or a setting. */
export function findAges({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(AGE_OR_YEAR, folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "age" });
  }
}

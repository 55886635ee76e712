/**
 * Names found by the words around them, in every language at once: after a kinship word,
 * a role or an honorific ("mój syn Kuba", "fiul meu Andrei", "میری بیٹی عائشہ", "ابني
 * محمد", "আমার মেয়ে আয়েশা", "Doamna Popescu"), before an honorific that follows a name
 * ("রহিম সাহেব", "عائشہ باجی"), after a word that introduces a name ("ma na imię", "اسمه",
 * "ওর নাম"); and in Arabic and Bengali script, where no capital letter marks a name, the
 * given names a list knows.
 */
import { languageCues } from "./languages";
import {
  foldWord,
  isAnyFamilyName,
  isAnyGivenName,
  isEverydayWord,
  isListedFamilyName,
  isListedGivenName,
  isUnknownWord,
  lexiconTags,
  bengaliNameForms,
  nameForms,
} from "./knowledge";
import { foldForMatching } from "~/privacy/redaction/spans";
import { FUNCTION_WORDS, NEVER_NAMES } from "./english-words";
import type { Token } from "./tokens";

const fold = (words: string[]) => new Set(words.map(foldWord));
const all = Object.values(languageCues);
const RELATIONS = fold(all.flatMap((c) => c.relations));
const ROLES = fold(all.flatMap((c) => c.roles));
const TITLES_BEFORE = fold(all.flatMap((c) => c.titlesBefore));
const TITLES_AFTER = fold(all.flatMap((c) => c.titlesAfter));
const NAMERS = fold(all.flatMap((c) => c.namers));
const FAMILY_AFTER = fold(all.flatMap((c) => c.familyAfter));
const POSSESSIVES = fold(all.flatMap((c) => c.possessives));

/** Arabic joins "and", "for", "with" to the next word: "وابني", "لابنتي". */
function withoutArabicClitic(folded: string): string[] {
  const forms = [folded];
  if (/^[وفلب]/.test(folded) && folded.length > 3) forms.push(folded.slice(1));
  // "للسيد": for (ل) the (ال), the article's alif dropped.
  if (folded.startsWith("لل") && folded.length > 4) forms.push(`ا${folded.slice(1)}`);
  if (/^[وف]لل/.test(folded) && folded.length > 5) forms.push(`ا${folded.slice(2)}`);
  return forms;
}

/** Bengali joins case endings to a kinship word: "ছেলের", "মেয়েকে". */
function withoutBengaliEnding(folded: string): string[] {
  return bengaliNameForms(folded);
}

/** Is this folded word a kinship word, an honorific before a name or a namer? */
export function introducesName(folded: string, script: Token["script"]): boolean {
  const forms =
    script === "arabic"
      ? withoutArabicClitic(folded)
      : script === "bengali"
        ? withoutBengaliEnding(folded)
        : [folded];
  return forms.some((f) => RELATIONS.has(f) || TITLES_BEFORE.has(f) || NAMERS.has(f));
}

/** A kinship word, role, honorific or namer of any language: never a name itself. */
export function isCueWord(token: Token): boolean {
  return [RELATIONS, ROLES, TITLES_BEFORE, TITLES_AFTER, NAMERS, FAMILY_AFTER].some((set) =>
    isCue(token, set),
  );
}

function isCue(token: Token, set: Set<string>): boolean {
  const forms =
    token.script === "arabic"
      ? withoutArabicClitic(token.folded)
      : token.script === "bengali"
        ? withoutBengaliEnding(token.folded)
        : [token.folded];
  return forms.some((f) => set.has(f));
}

/** Only spaces, perhaps a comma or a colon, between two words. */
function near(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]*[,:(]?[ \u00a0]*$/.test(text.slice(a.outerEnd, b.start));
}

/** English words that follow a kinship word and are never a name: "my son has …". */
function isEnglishFunctionWord(token: Token): boolean {
  return FUNCTION_WORDS.has(token.lower) || NEVER_NAMES.has(token.lower);
}

/**
 * Could this word, straight after a cue, be a name? In Latin script a capitalised word that
 * is not an everyday word, or a lower-case word that is a listed name or no one's word; in
 * Arabic and Bengali script any word that is not an everyday word.
 */
/**
 * How sure a cue makes us: "strong" after a kinship word, an honorific or a namer; "weak"
 * after a role; "listed" where only a name from a list will do.
 */
type Strength = "strong" | "weak" | "listed";

const PROPER_TAGS = new Set(["Place", "Country", "City", "Region", "ProperNoun", "Organization"]);

/** Urdu's ergative "نے": the word before it did something, so is a person. */
const NEXT_ACTS = new Set(["نے"]);
let currentTokens: Token[] = [];
function nextOf(token: Token): Token | undefined {
  return currentTokens[currentTokens.indexOf(token) + 1];
}

/** Letters only Urdu's alphabet has. */
const URDU = /[ٹڈڑںےہھگچپژ]/;

function nameAfterCue(token: Token | undefined, strength: Strength): boolean {
  if (!token || token.placeholder || /\p{N}/u.test(token.text)) return false;
  if (isCueWord(token) || isCue(token, POSSESSIVES)) return false;
  if (strength === "listed") return isAnyGivenName(token.text) && !isEnglishFunctionWord(token);
  if (token.script === "latin") {
    if (isEnglishFunctionWord(token)) return false;
    if (isEverydayWord(token.text)) return false;
    if (token.capitalised || token.allCaps) return strength === "strong" || !isKnownWord(token);
    if (isListedGivenName(token.text)) return !isKnownWord(token) || strength === "strong";
    if (strength !== "strong") return false;
    // "pani asia": after a title even a word the English lexicon has only as a place.
    const tags = lexiconTags(token.lower);
    if (tags.length === 0) return isUnknownWord(token.text);
    return tags.every((t) => PROPER_TAGS.has(t)) && !isEverydayWord(token.text);
  }
  if (token.script === "arabic" || token.script === "bengali") {
    if (strength === "weak") {
      // "استانی فرحت نے": after a role, a listed name, or a word that acts ("نے").
      const acts = NEXT_ACTS.has(nextOf(token)?.folded ?? "");
      // "ডাক্তার ইসলাম": after a role, a family name too.
      const listed = isAnyGivenName(token.text) || isAnyFamilyName(token.text);
      return listed || (acts && isUnknownWord(token.text) && !isEverydayWord(token.text));
    }
    return (
      isUnknownWord(token.text) ||
      isListedGivenName(token.text) ||
      (strength === "strong" && isAnyGivenName(token.text))
    );
  }
  return false;
}

function isKnownWord(token: Token): boolean {
  return !isUnknownWord(token.text) && !isListedGivenName(token.text);
}

/** A second word of the same name: "Jan Kowalski", "محمد علی", "আয়েশা বেগম". */
function continuesName(
  text: string,
  prev: Token,
  token: Token | undefined,
  afterTitle = false,
): boolean {
  if (!token || !near(text, prev, token) || /\p{N}/u.test(token.text)) return false;
  if (/[,:(]/.test(text.slice(prev.outerEnd, token.start))) return false;
  if (isCueWord(token) && !isCue(token, FAMILY_AFTER)) return false;
  if (token.script === "latin") {
    return (
      (token.capitalised && isUnknownWord(token.text) && !isEnglishFunctionWord(token)) ||
      (token.capitalised && (isListedFamilyName(token.text) || isListedGivenName(token.text)))
    );
  }
  // "محمد علی", "আয়েশা বেগম", "রাশেদুল ইসলাম": a family name from any list; "الزهراني",
  // "القحطاني": a family name made from a place or a tribe; after an honorific any word
  // that is no everyday word ("مسز فرحت مرزا").
  return (
    isAnyFamilyName(token.text) ||
    isAnyGivenName(token.text) ||
    isCue(token, FAMILY_AFTER) ||
    (/^ال\p{L}{2,}ی$/u.test(token.folded) && isUnknownWord(token.text)) ||
    (afterTitle && isUnknownWord(token.text))
  );
}

/** "and" in each language, as its own word or (Arabic) joined to the next. */
const AND = fold([
  "and",
  "or",
  "i",
  "oraz",
  "lub",
  "și",
  "si",
  "sau",
  "اور",
  "یا",
  "و",
  "او",
  "আর",
  "ও",
  "এবং",
]);

function joinedByAnd(text: string, left: Token, right: Token, tokens: Token[]): boolean {
  const between = text.slice(left.outerEnd, right.start);
  if (/^[ \u00a0]*[,&][ \u00a0]*$/.test(between)) return right.script === "latin";
  if (right.script === "arabic" && /^[ \u00a0]+$/.test(between) && right.folded.startsWith("و"))
    return true;
  const words = between.trim();
  return AND.has(foldWord(words)) && /^[ \u00a0]+\S+[ \u00a0]+$/.test(between) && tokens.length > 0;
}

export function markCuedNames(text: string, tokens: Token[], marked: Set<number>): void {
  currentTokens = tokens;
  const markFrom = (k: number, strength: Strength, afterTitle = false): void => {
    let at = k;
    // "fiul meu Andrei", "mój syn, Kuba": skip one possessive after the cue.
    const skip = tokens[at];
    if (skip && isCue(skip, POSSESSIVES) && tokens[at + 1]) at++;
    const candidate = tokens[at];
    const before = tokens[at - 1];
    if (!candidate || !before || !near(text, before, candidate)) return;
    if (!nameAfterCue(candidate, strength)) return;
    marked.add(at);
    if (continuesName(text, candidate, tokens[at + 1], afterTitle)) marked.add(at + 1);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.placeholder) continue;
    if (isCue(token, TITLES_BEFORE)) {
      markFrom(i + 1, "strong", token.script !== "latin");
    } else if (isCue(token, RELATIONS) || isCue(token, NAMERS)) {
      // "ছেলে রেগে গেলে" is "when the boy gets angry": in Urdu and Bengali a kinship word
      // without "my" or "our" before it is a noun, and only a listed name follows as one.
      const owner = tokens[i - 1];
      const owned = !!owner && near(text, owner, token) && isCue(owner, POSSESSIVES);
      const bare =
        (token.script === "bengali" || (token.script === "arabic" && URDU.test(token.text))) &&
        isCue(token, RELATIONS) &&
        !owned;
      markFrom(i + 1, bare ? "listed" : "strong");
      // "جویریہ اور سدرہ جڑواں ہیں", "মুন্নি আর রুবি যমজ": two names, then what they are.
      const [a, and, b] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
      if (a && and && b && AND.has(and.folded) && near(text, b, token)) {
        for (const [k, t] of [
          [i - 3, a],
          [i - 1, b],
        ] as const) {
          if (nameAfterCue(t, "strong")) marked.add(k);
        }
      }
    } else if (isCue(token, ROLES)) {
      markFrom(i + 1, "weak");
    }
    if ((isCue(token, TITLES_AFTER) || isCue(token, FAMILY_AFTER)) && i > 0) {
      const before = tokens[i - 1];
      if (before && near(text, before, token) && nameAfterCue(before, "strong")) {
        marked.add(i - 1);
        if (isCue(token, FAMILY_AFTER)) marked.add(i);
        // "আয়েশা বেগম সাহেবা", "محمد علی صاحب": a given name before the family name.
        const first = tokens[i - 2];
        if (first && near(text, first, before) && isListedGivenName(first.folded))
          marked.add(i - 2);
      }
    }
  }

  // "فیضان کی تاریخ پیدائش", "রাফির জন্মতারিখ": whose birthday it is.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [token, of, what] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!token || !of || !what || marked.has(i) || token.script === "latin") continue;
    const birth =
      what.folded === "سالگرہ" || (what.folded === "تاریخ" && tokens[i + 3]?.folded === "پیدایش");
    const possessed = (of.folded === "کی" || of.folded === "کا") && birth;
    const bengali = /(?:ের|র)$/u.test(token.folded) && /^জন্ম/u.test(of.folded);
    if ((possessed || bengali) && isUnknownWord(token.text)) marked.add(i);
  }

  // "ليان (٨ سنوات)", "Lejla (8 ani)": a word with an age in brackets after it is a name.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i)) continue;
    const after = foldForMatching(text.slice(token.outerEnd, token.outerEnd + 16));
    if (!/^[ \u00a0]*\([ \u00a0]*\d{1,2}[ \u00a0-]*\p{L}/u.test(after)) continue;
    if (
      token.script === "latin"
        ? token.capitalised && !isKnownWord(token)
        : nameAfterCue(token, "strong")
    )
      marked.add(i);
  }

  // Arabic and Bengali script: a listed given name anywhere, and a family name beside it.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i) || token.script === "latin" || token.script === "other") continue;
    if (!isListedGivenName(token.text)) continue;
    marked.add(i);
    if (continuesName(text, token, tokens[i + 1])) marked.add(i + 1);
  }
}

/**
 * A name found once is a name wherever it appears in the comment, in any of its forms:
 * "Kuba" after "mój syn" makes "Kuby" at the start of the next sentence a name too, and
 * "তন্ময়" after "ওর নাম" makes "তন্ময়ের" one.
 */
export function markOtherForms(tokens: Token[], marked: Set<number>): void {
  const found = new Set<string>();
  /** Names the writer typed in lower case somewhere: only those are sought in lower case. */
  const foundLower = new Set<string>();
  for (const i of marked) {
    const token = tokens[i];
    if (!token) continue;
    for (const form of nameForms(token.folded)) if (form.length > 2) found.add(form);
    if (token.script === "latin" && !token.capitalised && !token.allCaps)
      foundLower.add(token.folded);
  }
  if (found.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i) || token.placeholder || isCueWord(token)) continue;
    // In lower case only the same word typed in lower case as a name elsewhere, and only if
    // it is no one's everyday word: "Will" the name does not make "will" one, nor
    // "Speranța" "nicio speranță".
    if (token.script === "latin" && !token.capitalised && !token.allCaps) {
      if (foundLower.has(token.folded) && isUnknownWord(token.text)) marked.add(i);
      continue;
    }
    // "الفصل" (the term) is not the name "فصل": the article is not a clitic a name takes.
    const forms =
      token.script === "arabic" ? withoutArabicClitic(token.folded) : nameForms(token.folded);
    if (forms.some((form) => found.has(form))) marked.add(i);
  }
}

/**
 * Names listed together: "[name] اور حبہ", "عمر وتسنيم وطه", "Kuba i Zosia". A word joined
 * by "and" (or a comma) to a name is a name, unless it is an everyday word.
 */
export function markListedTogether(text: string, tokens: Token[], marked: Set<number>): void {
  // "আবুল কালাম", "آصف اقبال": a given name just before a name is part of it.
  for (let i = tokens.length - 1; i > 0; i--) {
    const token = tokens[i - 1];
    const next = tokens[i];
    if (!token || !next || marked.has(i - 1) || !marked.has(i) || token.script === "latin")
      continue;
    if (!near(text, token, next) || isCueWord(token) || isCue(token, POSSESSIVES)) continue;
    // An unknown word counts too where a clause or a list starts ("সেলিনা ও আবুল কালাম"), not
    // after "our" or a noun ("ہماری پڑوسن …", "ট্যাক্সির ড্রাইভার …"): no capital marks a name.
    const before = tokens[i - 2];
    const starts =
      !before || !near(text, before, token) || AND.has(before.folded) || marked.has(i - 2);
    if (isAnyGivenName(token.text) || (starts && isUnknownWord(token.text))) marked.add(i - 1);
  }
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || !marked.has(i)) continue;
      for (const [k, left, right] of [
        [i + 1, token, tokens[i + 1]],
        [i + 2, token, tokens[i + 2]],
        [i - 1, tokens[i - 1], token],
        [i - 2, tokens[i - 2], token],
      ] as const) {
        const other = tokens[k];
        if (!other || !left || !right || marked.has(k) || other === token) continue;
        if (!joinedByAnd(text, left, right, tokens)) continue;
        if (other.script !== token.script) continue;
        const word = other.script === "arabic" ? other.folded.replace(/^و/, "") : other.text;
        if (other.script === "latin" && !(other.capitalised || other.allCaps)) continue;
        if (isEnglishFunctionWord(other) || isCueWord(other)) continue;
        if (!(isUnknownWord(word) || isAnyGivenName(word))) continue;
        marked.add(k);
        changed = true;
      }
    }
    if (!changed) return;
  }
}

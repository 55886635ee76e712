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
  isEverydayWord,
  isListedFamilyName,
  isListedGivenName,
  isUnknownWord,
  lexiconTags,
  nameForms,
} from "./knowledge";
import { FUNCTION_WORDS, NEVER_NAMES } from "./english-words";
import type { Token } from "./tokens";

const fold = (words: string[]) => new Set(words.map(foldWord));
const all = Object.values(languageCues);
const RELATIONS = fold(all.flatMap((c) => c.relations));
const ROLES = fold(all.flatMap((c) => c.roles));
const TITLES_BEFORE = fold(all.flatMap((c) => c.titlesBefore));
const TITLES_AFTER = fold(all.flatMap((c) => c.titlesAfter));
const NAMERS = fold(all.flatMap((c) => c.namers));
const POSSESSIVES = fold(all.flatMap((c) => c.possessives));

/** Arabic joins "and", "for", "with" to the next word: "وابني", "لابنتي". */
function withoutArabicClitic(folded: string): string[] {
  const forms = [folded];
  if (/^[وفلب]/.test(folded) && folded.length > 3) forms.push(folded.slice(1));
  return forms;
}

/** Bengali joins case endings to a kinship word: "ছেলের", "মেয়েকে". */
function withoutBengaliEnding(folded: string): string[] {
  const forms = [folded];
  const stem = folded.replace(/(?:ের|কে|রা|দের|টা|টি|র)$/u, "");
  if (stem !== folded && stem.length >= 2) forms.push(stem);
  return forms;
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
  return [RELATIONS, ROLES, TITLES_BEFORE, TITLES_AFTER, NAMERS].some((set) => isCue(token, set));
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
function nameAfterCue(token: Token | undefined, strength: "strong" | "weak"): boolean {
  if (!token || token.placeholder || /\p{N}/u.test(token.text)) return false;
  if (isCue(token, RELATIONS) || isCue(token, POSSESSIVES) || isCue(token, TITLES_AFTER))
    return false;
  if (token.script === "latin") {
    if (isEnglishFunctionWord(token)) return false;
    if (isEverydayWord(token.folded)) return false;
    if (token.capitalised || token.allCaps) return strength === "strong" || !isKnownWord(token);
    if (isListedGivenName(token.folded)) return !isKnownWord(token) || strength === "strong";
    return (
      strength === "strong" && isUnknownWord(token.folded) && lexiconTags(token.lower).length === 0
    );
  }
  if (token.script === "arabic" || token.script === "bengali") {
    return isUnknownWord(token.folded) || isListedGivenName(token.folded);
  }
  return false;
}

function isKnownWord(token: Token): boolean {
  return !isUnknownWord(token.folded) && !isListedGivenName(token.folded);
}

/** A second word of the same name: "Jan Kowalski", "محمد علی", "আয়েশা বেগম". */
function continuesName(text: string, prev: Token, token: Token | undefined): boolean {
  if (!token || !near(text, prev, token) || /\p{N}/u.test(token.text)) return false;
  if (/[,:(]/.test(text.slice(prev.outerEnd, token.start))) return false;
  if (token.script === "latin") {
    return (
      (token.capitalised && isUnknownWord(token.folded) && !isEnglishFunctionWord(token)) ||
      (token.capitalised && (isListedFamilyName(token.folded) || isListedGivenName(token.folded)))
    );
  }
  return (
    (isListedFamilyName(token.folded) || isListedGivenName(token.folded)) &&
    !isEverydayWord(token.folded)
  );
}

export function markCuedNames(text: string, tokens: Token[], marked: Set<number>): void {
  const markFrom = (k: number, strength: "strong" | "weak"): void => {
    let at = k;
    // "fiul meu Andrei", "mój syn, Kuba": skip one possessive after the cue.
    const skip = tokens[at];
    if (skip && isCue(skip, POSSESSIVES) && tokens[at + 1]) at++;
    const candidate = tokens[at];
    const before = tokens[at - 1];
    if (!candidate || !before || !near(text, before, candidate)) return;
    if (!nameAfterCue(candidate, strength)) return;
    marked.add(at);
    if (continuesName(text, candidate, tokens[at + 1])) marked.add(at + 1);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.placeholder) continue;
    if (isCue(token, RELATIONS) || isCue(token, NAMERS) || isCue(token, TITLES_BEFORE)) {
      markFrom(i + 1, "strong");
    } else if (isCue(token, ROLES)) {
      markFrom(i + 1, "weak");
    }
    if (isCue(token, TITLES_AFTER) && i > 0) {
      const before = tokens[i - 1];
      if (before && near(text, before, token) && nameAfterCue(before, "strong")) {
        marked.add(i - 1);
        // "আয়েশা বেগম সাহেবা", "محمد علی صاحب": a given name before the family name.
        const first = tokens[i - 2];
        if (first && near(text, first, before) && isListedGivenName(first.folded))
          marked.add(i - 2);
      }
    }
  }

  // Arabic and Bengali script: a listed given name anywhere, and a family name beside it.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i) || token.script === "latin" || token.script === "other") continue;
    if (!isListedGivenName(token.folded)) continue;
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
  for (const i of marked) {
    const token = tokens[i];
    if (!token) continue;
    for (const form of nameForms(token.folded)) if (form.length > 2) found.add(form);
  }
  if (found.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i) || token.placeholder || isCueWord(token)) continue;
    // In lower case only the same word, and only if it is no one's everyday word: "Will"
    // the name does not make "will" one.
    if (token.script === "latin" && !token.capitalised && !token.allCaps) {
      if (found.has(token.folded) && isUnknownWord(token.folded)) marked.add(i);
      continue;
    }
    if (nameForms(token.folded).some((form) => found.has(form))) marked.add(i);
  }
}

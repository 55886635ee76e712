/**
 * Names in English sentences, and in any Latin-script text, as people write them in this
 * domain: "my son Jack", "Mrs Green", "called Sarah", "Jake's teacher", "Kwabena Mensah",
 * capitals and lower case. Known given names come from compromise's lexicon and the lists
 * in `knowledge.ts`; everyday words that are also names ("Grant funding stopped") need
 * context.
 */
import {
  EVERYDAY_WORD_NAMES,
  EXTRA_GIVEN_NAMES,
  FUNCTION_WORDS,
  LOWER_CASE_TITLES,
  NEVER_NAMES,
  NON_NAME_TAGS,
  ORGANISATION_WORDS,
  PLACE_NAMES,
  PLACE_TAGS,
  POSSESSION_CUES,
  RELATION_CUES,
  ROLE_CUES,
  TITLES,
} from "./english-words";
import {
  foldWord,
  isEverydayWord,
  isListedFamilyName,
  isListedGivenName,
  isUnknownWord,
  lexiconTags,
} from "./knowledge";
import { isCueWord } from "./multilingual";
import type { Token } from "./tokens";

function isGivenNameWord(lower: string): boolean {
  if (EXTRA_GIVEN_NAMES.has(lower)) return true;
  // "amelia-rose", "alfie-james": a double-barrelled name whose parts are given names.
  if (lower.includes("-")) {
    const parts = lower.split("-").filter(Boolean);
    const [first, ...rest] = parts;
    if (first && rest.length > 0 && isGivenNameWord(first)) {
      if (rest.every((part) => isGivenNameWord(part) || EVERYDAY_WORD_NAMES.has(part))) return true;
    }
  }
  if (lexiconTags(lower).some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName"))
    return true;
  return isListedGivenName(foldWord(lower));
}

function isSurnameWord(lower: string): boolean {
  return lexiconTags(lower).includes("LastName") || isListedFamilyName(foldWord(lower));
}

/** A given name that is not also an everyday word: safe to trust in lower case. */
function isUnambiguousGivenName(lower: string): boolean {
  return isGivenNameWord(lower) && !EVERYDAY_WORD_NAMES.has(lower) && !isEverydayWord(lower);
}

function hasAnyTag(token: Token, tags: readonly string[]): boolean {
  return tags.some((t) => token.tags.has(t));
}

function isNeverName(token: Token): boolean {
  return (
    token.placeholder ||
    // "TA-ul", "EHCP-ul": an abbreviation with a Romanian or Polish ending.
    /^\p{Lu}{2,}-/u.test(token.text) ||
    NEVER_NAMES.has(token.lower) ||
    token.allCaps ||
    /\d/.test(token.text) ||
    isEverydayWord(token.text) ||
    isCueWord(token)
  );
}

/** Could this capitalised word be (part of) a name? */
function capitalisedCandidate(token: Token | undefined): boolean {
  return !!token && token.capitalised && !isNeverName(token);
}

/** After "Mrs", almost any capitalised word is a surname: "Mrs Green", "Mr Hill", "Mrs May". */
function titleCandidate(token: Token | undefined): boolean {
  return (
    !!token &&
    !token.placeholder &&
    (token.capitalised || token.allCaps || /^\p{Lu}$/u.test(token.text)) &&
    !FUNCTION_WORDS.has(token.lower) &&
    !/\d/.test(token.text)
  );
}

/** A word that, without a cue, is more likely a place than a person: "Milton Keynes". */
function isPlaceName(token: Token): boolean {
  return PLACE_NAMES.has(token.lower) || hasAnyTag(token, PLACE_TAGS);
}

/** "told", "loves", "is", "can't": a verb with a tense, not "funding" or "go". */
function isFiniteVerb(token: Token): boolean {
  return (
    token.tags.has("Verb") &&
    !hasAnyTag(token, ["Infinitive", "Gerund"]) &&
    hasAnyTag(token, ["PresentTense", "PastTense", "Copula", "Modal", "Auxiliary"])
  );
}

/** A lower-case word that compromise sees only as a singular noun. */
function isPlainNoun(token: Token): boolean {
  return (
    token.tags.has("Noun") &&
    !hasAnyTag(token, NON_NAME_TAGS) &&
    !/(?:ing|ed|ly)$/.test(token.lower) &&
    token.lower.length > 1
  );
}

type LowerCaseCue = "relation" | "named" | "called" | "title" | "doctor";

function lowerCaseNameAfterCue(token: Token | undefined, cue: LowerCaseCue): boolean {
  if (!token || token.placeholder || token.capitalised || token.allCaps) return false;
  if (/\d/.test(token.text)) return false;
  if (cue !== "title" && isNeverName(token)) return false;
  switch (cue) {
    case "called":
      return isUnambiguousGivenName(token.lower);
    case "doctor":
      // "dr appointment" is not a name; "dr patel" is.
      return isUnambiguousGivenName(token.lower) || isSurnameWord(token.lower);
    case "relation":
      return (
        isUnambiguousGivenName(token.lower) ||
        (lexiconTags(token.lower).length === 0 && isPlainNoun(token))
      );
    case "named":
      return isGivenNameWord(token.lower) || isPlainNoun(token);
    case "title":
      return (
        isSurnameWord(token.lower) ||
        isGivenNameWord(token.lower) ||
        (!FUNCTION_WORDS.has(token.lower) &&
          !hasAnyTag(token, [
            "Verb",
            "Preposition",
            "Determiner",
            "Pronoun",
            "Conjunction",
            "Adverb",
            "Value",
          ]))
      );
  }
}

/** Only spaces (and at most one comma or bracket) between two words. */
function closeTogether(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]*[,(]?[ \u00a0]*$/.test(text.slice(a.outerEnd, b.start)) && b.start > a.end;
}

/** Only spaces between two words. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return !a.possessive && /^[ \u00a0]+$/.test(text.slice(a.outerEnd, b.start));
}

function isOrganisationAhead(text: string, tokens: Token[], i: number): boolean {
  // "Mary Hare School", "Grace Academy", "Robin class": a proper noun for a place.
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const prev = tokens[k - 1];
    const next = tokens[k];
    if (!prev || !next || !adjacent(text, prev, next)) return false;
    if (ORGANISATION_WORDS.has(next.lower)) return true;
    if (!next.capitalised) return false;
  }
  return false;
}

/** Endings of English words (not names) that compromise's lexicon may lack. */
const COMMON_WORD_ENDING =
  /(?:ing|ion|ions|ment|ments|ity|ness|ics|ogy|ism|ist|ists|ive|ary|ery|ory|ance|ence|able|ible|ful|less|ous|ship|hood|ies)$/;

/**
 * Mark the tokens that are (part of) a name by the English rules. `marked` holds indexes
 * into `tokens`, and may already hold names other rules found.
 */
export function markEnglishNames(text: string, tokens: Token[], marked: Set<number>): void {
  const mark = (i: number) => marked.add(i);

  /** After a name at i, take a capitalised surname ("Sarah Jones") and return its index. */
  const extendSurname = (i: number): number => {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || !adjacent(text, token, next)) return i;
    if (capitalisedCandidate(next) && !ORGANISATION_WORDS.has(next.lower)) {
      mark(i + 1);
      return i + 1;
    }
    if (!token.capitalised && !next.capitalised && isSurnameWord(next.lower)) {
      mark(i + 1);
      return i + 1;
    }
    // "SARAH THOMPSON": in capitals, a surname or a word no one's vocabulary knows.
    if (
      token.allCaps &&
      next.allCaps &&
      !isNeverNameInCapitals(next) &&
      (isSurnameWord(next.lower) || isUnknownWord(next.text.toLowerCase()))
    ) {
      mark(i + 1);
      return i + 1;
    }
    return i;
  };

  /** After a name at i, take ", Name" and "and Name" that follow ("Jack, Sophie and Ali"). */
  const extendList = (i: number, cue: LowerCaseCue): void => {
    let last = i;
    for (;;) {
      const joiner = tokens[last + 1];
      let k = last + 1;
      if (joiner && (joiner.lower === "and" || joiner.lower === "or")) k = last + 2;
      else if (
        !/^[ \u00a0]*[,&][ \u00a0]*$/.test(
          text.slice(tokens[last]?.outerEnd ?? 0, joiner?.start ?? 0),
        )
      )
        return;
      const candidate = tokens[k];
      if (!candidate) return;
      if (
        !(capitalisedCandidate(candidate) && !isOrganisationAhead(text, tokens, k - 1)) &&
        !lowerCaseNameAfterCue(candidate, cue === "named" ? "named" : "called")
      )
        return;
      mark(k);
      last = extendSurname(k);
    }
  };

  const nameAfterCue = (k: number, cue: LowerCaseCue, allowLower = true): boolean => {
    const candidate = tokens[k];
    const before = tokens[k - 1];
    if (!candidate || !before || marked.has(k) || !closeTogether(text, before, candidate))
      return false;
    if (capitalisedCandidate(candidate)) {
      if (isOrganisationAhead(text, tokens, k - 1) || hasAnyTag(candidate, PLACE_TAGS)) {
        return false;
      }
    } else if (!allowLower || !lowerCaseNameAfterCue(candidate, cue)) {
      return false;
    }
    mark(k);
    const last = extendSurname(k);
    extendList(last, cue);
    return true;
  };

  /** "the senco zbigniew kowalczyk": a word no one knows at k, then a known surname. */
  const unknownBeforeSurname = (k: number): void => {
    const word = tokens[k];
    const surname = tokens[k + 1];
    if (
      word &&
      surname &&
      !word.capitalised &&
      isUnknownWord(word.text) &&
      lexiconTags(word.lower).length === 0 &&
      adjacent(text, word, surname) &&
      isSurnameWord(surname.lower)
    ) {
      mark(k);
      mark(k + 1);
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || token.placeholder) continue;
    const gapOk =
      closeTogether(text, token, next) ||
      /^\.[ \u00a0]+$/.test(text.slice(token.outerEnd, next.start));

    // Mr Smith, Mrs O'Brien, Dr Patel, mrs green
    if (TITLES.has(token.lower) && gapOk && !token.possessive) {
      if (titleCandidate(next)) {
        mark(i + 1);
        extendSurname(i + 1);
      } else if (LOWER_CASE_TITLES.has(token.lower) || token.lower === "dr") {
        nameAfterCue(i + 1, token.lower === "dr" ? "doctor" : "title");
      }
      continue;
    }

    // my son Jack, my daughter amelia-rose, our twins Ali and Zara
    if (RELATION_CUES.has(token.lower) && !token.possessive && closeTogether(text, token, next)) {
      if (!nameAfterCue(i + 1, "relation")) {
        // "my son max loves lego": an everyday word that is also a name, then a verb.
        const after = tokens[i + 2];
        if (
          !next.capitalised &&
          isGivenNameWord(next.lower) &&
          !FUNCTION_WORDS.has(next.lower) &&
          after &&
          adjacent(text, next, after) &&
          isFiniteVerb(after)
        ) {
          mark(i + 1);
        }
      }
      continue;
    }

    // called Sarah, named Oliver, his name is Tom, known as Bob, goes by Alex
    if (
      (token.lower === "called" || token.lower === "nicknamed") &&
      closeTogether(text, token, next)
    ) {
      if (!nameAfterCue(i + 1, "called")) unknownBeforeSurname(i + 1);
      continue;
    }
    if (token.lower === "named" && closeTogether(text, token, next)) {
      nameAfterCue(i + 1, "named");
      continue;
    }
    if (token.lower === "name" && token.possessive && closeTogether(text, token, next)) {
      nameAfterCue(i + 1, "named");
      continue;
    }
    if (
      (token.lower === "name" || token.lower === "names") &&
      ["is", "was", "are", "were"].includes(next.lower)
    ) {
      nameAfterCue(i + 2, "named");
      continue;
    }
    if (
      (token.lower === "known" && next.lower === "as") ||
      (token.lower === "goes" && next.lower === "by") ||
      (["calls", "called", "call"].includes(token.lower) &&
        ["himself", "herself", "themselves", "themself", "him", "her", "them"].includes(next.lower))
    ) {
      nameAfterCue(i + 2, "named");
      continue;
    }

    // our SENCO Sarah, the paediatrician Dr … (titles handled above)
    if (ROLE_CUES.has(token.lower) && !token.possessive && closeTogether(text, token, next)) {
      // "our SENCO Sarah", "the senco zbigniew kowalczyk": a capitalised word, or a known
      // given name in lower case.
      if (!nameAfterCue(i + 1, "called")) unknownBeforeSurname(i + 1);
      continue;
    }
  }

  // Jake's teacher, Amira's EHCP
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i) || !token.possessive || !capitalisedCandidate(token)) continue;
    const prev = tokens[i - 1];
    if (prev && (prev.lower === "st" || prev.lower === "saint")) continue;
    const next = tokens[i + 1];
    const followedByCue = !!next && POSSESSION_CUES.has(next.lower);
    if (followedByCue || (isGivenNameWord(token.lower) && !isPlaceName(token))) mark(i);
  }

  // Known given names and the people compromise finds.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i)) continue;
    if (
      token.allCaps &&
      isUnambiguousGivenName(token.lower) &&
      !NEVER_NAMES.has(token.lower) &&
      !PLACE_NAMES.has(token.lower)
    ) {
      // "JACK HAS BEEN WAITING": shouting, or a name typed in capitals.
      mark(i);
      extendSurname(i);
      continue;
    }
    if (
      token.allCaps &&
      token.script === "latin" &&
      isUnknownWord(token.text) &&
      !NEVER_NAMES.has(token.lower) &&
      tokens[i + 1]?.allCaps &&
      adjacent(text, token, tokens[i + 1]!) &&
      isSubjectFollower(tokens[i + 1]!)
    ) {
      // "KUBA NIE JEST LENIWY": a word in capitals that no one knows, before a verb.
      mark(i);
      continue;
    }
    if (!capitalisedCandidate(token)) {
      // compromise also finds names in lower-case text ("jack smith is my son"); trust it
      // only for words its lexicon lists as given names.
      if (
        !token.capitalised &&
        !token.allCaps &&
        !isNeverName(token) &&
        (followedByNameOrVerb(text, tokens, i) || token.sentenceStart) &&
        !/\d/.test(token.text) &&
        isUnambiguousGivenName(token.lower)
      ) {
        mark(i);
        extendSurname(i);
      }
      continue;
    }
    const known = isGivenNameWord(token.lower);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "Zosia nie chodzi", "Andrei nu vorbește": at the start of a sentence, a word no one's
    // vocabulary knows is a name when what follows is what follows a subject.
    const followerNext = !!next && adjacent(text, token, next) && isSubjectFollower(next);
    const unknown = !known && isUnknownWord(token.text) && (!token.sentenceStart || followerNext);
    if (!known && !unknown) continue;
    if (PLACE_NAMES.has(token.lower) || (hasAnyTag(token, PLACE_TAGS) && !known)) continue;
    if (isOrganisationAhead(text, tokens, i)) continue;
    if (prev && (prev.lower === "st" || prev.lower === "saint")) continue;
    const everyday = EVERYDAY_WORD_NAMES.has(token.lower) || !known;
    if (everyday && token.sentenceStart) {
      // "Grant funding stopped.", "Drew pictures all day." — at the start of a sentence
      // such a word is a name only when a verb follows it: "Amber told us".
      const verbNext = !!next && adjacent(text, token, next) && isFiniteVerb(next);
      const pairNext = !!next && adjacent(text, token, next) && capitalisedCandidate(next);
      if (!(verbNext || token.possessive || (pairNext && known) || followerNext)) continue;
    } else if (
      everyday &&
      prev &&
      adjacent(text, prev, token) &&
      prev.capitalised &&
      !prev.sentenceStart &&
      !marked.has(i - 1)
    ) {
      // "the Disabled Facilities Grant": part of a longer proper noun.
      continue;
    }
    mark(i);
    extendSurname(i);
  }

  // "Will has ADHD", "and Will said no": the modal verb is never followed by a finite verb.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || marked.has(i) || token.text !== "Will" || !adjacent(text, token, next))
      continue;
    if (isFiniteVerb(next) && !next.tags.has("Modal")) mark(i);
  }

  // Two capitalised words that are not dictionary words: "Kwabena Mensah".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a || !b || marked.has(i) || marked.has(i + 1)) continue;
    if (!capitalisedCandidate(a) || !capitalisedCandidate(b) || !adjacent(text, a, b)) continue;
    if (!unknownOrName(a) || !unknownOrName(b)) continue;
    if (isPlaceName(a) || isPlaceName(b)) continue;
    if (isOrganisationAhead(text, tokens, i + 1)) continue;
    mark(i);
    mark(i + 1);
  }

  // "Jan Kowalski", "June Whitfield": a month that is also a given name, before a surname.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || marked.has(i) || !marked.has(i + 1) || !token.capitalised) continue;
    if (
      MONTH_NAMES.has(token.lower) &&
      adjacent(text, token, next) &&
      !/\d/.test(text.slice(next.outerEnd, next.outerEnd + 3))
    )
      mark(i);
  }

  // "Nasra Abdi Hassan": an unknown capitalised word just before a name is part of it.
  for (const i of [...marked].sort((x, y) => y - x)) {
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const before = tokens[k];
      const after = tokens[k + 1];
      if (!before || !after || marked.has(k) || !marked.has(k + 1)) break;
      if (!adjacent(text, before, after) || !capitalisedCandidate(before)) break;
      if (!unknownOrName(before) || isPlaceName(before)) break;
      mark(k);
    }
  }

  // "Holly and Ivy", "Ruby, Max and Ali": a given name listed with a name is a name.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || marked.has(i) || !isGivenNameWord(token.lower)) continue;
      if (!(token.capitalised || token.allCaps) || NEVER_NAMES.has(token.lower)) continue;
      const listedWith = (k: number, joinerAt: number): boolean => {
        const joiner = tokens[joinerAt];
        const other = tokens[k];
        if (!other || !marked.has(k)) return false;
        const [left, right] = k < i ? [other, token] : [token, other];
        const between = text.slice(left.outerEnd, right.start);
        return (
          /^[ \u00a0]*[,&][ \u00a0]*$/.test(between) ||
          (!!joiner &&
            (joiner.lower === "and" || joiner.lower === "or") &&
            /^[ \u00a0]+(?:and|or)[ \u00a0]+$/i.test(between))
        );
      };
      if (
        listedWith(i + 1, i + 1) ||
        listedWith(i + 2, i + 1) ||
        listedWith(i - 1, i - 1) ||
        listedWith(i - 2, i - 1)
      ) {
        mark(i);
      }
    }
  }
}

/** A capitalised word that could be a name: a known name, or no dictionary word at all. */
function unknownOrName(token: Token): boolean {
  return (
    isGivenNameWord(token.lower) ||
    isSurnameWord(token.lower) ||
    (lexiconTags(token.lower).every((tag) => tag === "ProperNoun" || tag === "Person") &&
      !hasAnyTag(token, NON_NAME_TAGS) &&
      !COMMON_WORD_ENDING.test(token.lower))
  );
}

/** "jack smith is my son", "amira said": after a lower-case name, a surname or a verb. */
function followedByNameOrVerb(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next || !adjacent(text, token, next)) return false;
  return isSurnameWord(next.lower) || isFiniteVerb(next) || next.capitalised;
}

/**
 * Words that follow the subject of a sentence in Polish and Romanian: negation, "has", "is",
 * common verbs and the pronouns that come before a verb. After an unknown capitalised word
 * at the start of a sentence they make it a name: "Zosia nie chodzi", "Tomek ma",
 * "Andrei nu vorbește", "Ioana are".
 */
/** Months that are also given names. */
const MONTH_NAMES = new Set(["jan", "june", "april", "may", "august"]);

const SUBJECT_FOLLOWERS = new Set(
  `nie ma jest był była będzie chodzi czeka lubi mówi mi mnie też już zawsze nigdy bardzo
  dostał dostała potrzebuje płacze boi ciągle wciąż teraz został została poszedł poszła
  nu are este e era avea merge vrea poate îmi își plânge așteaptă vorbește a fost primește`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord),
);

function isSubjectFollower(token: Token): boolean {
  return SUBJECT_FOLLOWERS.has(token.folded);
}

/** In capitals, a word that is never a name: "THE SENCO SARAH THOMPSON NEVER REPLIED". */
function isNeverNameInCapitals(token: Token): boolean {
  return (
    NEVER_NAMES.has(token.lower) ||
    FUNCTION_WORDS.has(token.lower) ||
    token.tags.has("Verb") ||
    isEverydayWord(token.lower) ||
    /\d/.test(token.text)
  );
}

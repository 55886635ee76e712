/**
 * Ways to reach a person: email addresses (also spelt out, "sarah dot jones at gmail dot
 * com", or without a dot in the domain), links with or without a scheme in any top-level
 * domain, and social media handles. Detectors read the folded text, so full-width ＠ and ．
 * are found too.
 */
import topLevelDomains from "tlds";
import { type DetectorInput, type Span, TRAILING_PUNCTUATION, matches } from "./spans";

/** Any address with an @ between two runs of address characters, dotted domain or not. */
const EMAIL =
  /(?<![\p{L}\p{N}.%+_-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;

/** "at" and "dot" as people spell them out, in the languages the surveys are offered in. */
const AT = String.raw`(?:\s+(?:at|małpa|arond|ایٹ|اٹ|ات|آت|অ্যাট|এট)\s+|\s*[[(]\s*at\s*[\])]\s*|\s+@\s*|\s*@\s+)`;
const DOT = String.raw`(?:\s+(?:dot|kropka|punct|ڈاٹ|دوت|دot|نقطة|نقطہ|ডট)\s+|\s*[[(]\s*dot\s*[\])]\s*|\.)`;
const SPELT_OUT_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])[\p{L}\p{N}][\p{L}\p{N}_+-]*(?:${DOT}[\p{L}\p{N}_+-]+){0,3}${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+){0,2}${DOT}([a-z]{2,24})(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])`,
  "giu",
);

const TLDS = new Set<string>(topLevelDomains);

/** Top-level domains that are also everyday words: "went home.it was", "end.so". */
const WORD_LIKE_TLDS = new Set(
  "it is in at to do no so us go my me be am an as by he hi we or on up ok one new now fun".split(
    " ",
  ),
);

export function findEmails({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(EMAIL, folded)) {
    const value = m[0].replace(/[.-]+$/, "");
    out.push({ start: m.index, end: m.index + value.length, tag: "email" });
  }
}

/** Runs after `findEmails`, so an address written out in full wins where the two overlap. */
export function findSpeltOutEmails({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(SPELT_OUT_EMAIL, folded)) {
    // "he was at school. Then" is not an address: the last part must be a real domain.
    const tld = (m[1] ?? "").toLowerCase();
    if (!TLDS.has(tld)) continue;
    if (WORD_LIKE_TLDS.has(tld) && /\.[a-z]+$/i.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "email" });
  }
}

const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'[\]{}]+/giu;
/** A host name of one or more labels and a top-level domain, perhaps a path after it. */
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@./-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+)([a-z]{2,24})(?![\p{L}\p{N}-])(\/[^\s<>"'[\]{}]*)?/giu;

export function findUrls({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(URL_WITH_SCHEME, folded)) {
    const trimmed = m[0].replace(TRAILING_PUNCTUATION, "");
    if (trimmed.length < 4) continue;
    out.push({ start: m.index, end: m.index + trimmed.length, tag: "url" });
  }
  for (const m of matches(BARE_DOMAIN, folded)) {
    const labels = m[1] ?? "";
    const tld = (m[2] ?? "").toLowerCase();
    const path = m[3] ?? "";
    if (!TLDS.has(tld)) continue;
    // "i.e.", "e.g", "a.m.": single letters are abbreviations, not hosts.
    if (/^(?:[a-z]\.)+$/i.test(labels)) continue;
    // "Year 4.Then": a sentence run on without a space, not a host, unless it is lower case.
    if (/[A-Z]/.test(m[2] ?? "") && !/^[A-Z0-9.-]+$/.test(m[0].replace(path, ""))) continue;
    const secondLevel = /(?:^|\.)(?:co|com|org|net|ac|gov|edu|sch|nhs|ltd|plc|me)\.$/i.test(labels);
    if (WORD_LIKE_TLDS.has(tld) && !path && !secondLevel) continue;
    const trimmed = m[0].replace(TRAILING_PUNCTUATION, "");
    if (trimmed.length < 4) continue;
    out.push({ start: m.index, end: m.index + trimmed.length, tag: "url" });
  }
}

const SOCIAL_HANDLE = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]{2,30}(?![\p{L}\p{N}_@])/gu;

export function findHandles({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(SOCIAL_HANDLE, folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "social-handle" });
  }
}

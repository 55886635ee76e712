/**
 * Numbers that identify a person: phone numbers, NHS numbers, unique pupil numbers, National
 * Insurance numbers, case references and any other long run of digits. They read the folded
 * text, so ASCII, Arabic-Indic (٠–٩), Extended Arabic-Indic (۰–۹, Urdu) and Bengali (০–৯)
 * digits are all found, mixed with spaces, dashes and dots.
 */
import { type DetectorInput, type Span, groupRange, matches } from "./spans";

/** A unique pupil number: a letter, eleven digits, a digit or letter; spaces allowed. */
const PUPIL_NUMBER = /(?<![A-Za-z0-9])([A-Za-z])([ -]?)(?:\d[ -]?){11}[0-9A-Za-z](?![A-Za-z0-9])/g;

export function findPupilNumbers({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(PUPIL_NUMBER, folded)) {
    const letter = m[1] ?? "";
    // "a 123456789012" is an article before a number, not a pupil number; the number
    // is still caught below as a long number.
    if (m[2] === " " && letter === letter.toLowerCase()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "pupil-number" });
  }
}

/** A National Insurance number: QQ 12 34 56 C. */
const NI_NUMBER = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/gi;

export function findNiNumbers({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(NI_NUMBER, folded)) {
    const prefix = m[0].slice(0, 2);
    // In lower case only the unspaced form is distinctive enough ("at 12 34 56 a" is not).
    if (prefix !== prefix.toUpperCase() && /\s/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "ni-number" });
  }
}

const SEPARATOR = String.raw`(?:[ \u00a0]?[-.][ \u00a0]?|[ \u00a0])`;

/**
 * A run of digits that could be a UK phone number: an international prefix, a bracketed
 * area code or a leading 0, then digits in groups split by single spaces, dots or dashes.
 * Each repetition consumes a digit, so the expression is linear.
 */
const PHONE_CANDIDATE = new RegExp(
  String.raw`(?<![\w+£$€])(?:(?:\+|\b00)[ \u00a0]?44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\(0\d{1,4}\)[ \u00a0]?|\b0)\d(?:${SEPARATOR}?\d){5,12}(?![\d%])`,
  "g",
);

/** A number from abroad: "+48 601 234 567", "0040 721 234 567". */
const INTERNATIONAL_PHONE = new RegExp(
  String.raw`(?<![\w+£$€])(?:\+|\b00)[1-9]\d{0,2}(?:${SEPARATOR}?\(?\d\)?){7,13}(?![\d%])`,
  "g",
);

function phoneDigitsAreValid(digits: string, international: boolean): boolean {
  if (international) {
    // +44 then the national number without its leading 0: 9 or 10 digits.
    const national = digits.replace(/^(?:00)?44/, "").replace(/^0/, "");
    return /^[1-9]\d{8,9}$/.test(national);
  }
  if (!digits.startsWith("0") || digits.startsWith("00")) return false;
  if (digits.length === 10 || digits.length === 11) return true;
  // Freephone and short national numbers: 0800 1111 (Childline), 0808 800 5000.
  return /^0(?:800|808|500)\d{4,7}$/.test(digits);
}

export function findPhones({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(PHONE_CANDIDATE, folded)) {
    const international = /^(?:\+|00)/.test(m[0]);
    // "07700 900123 3 times": drop trailing groups until what is left is a phone number.
    let candidate = m[0];
    for (;;) {
      if (phoneDigitsAreValid(candidate.replace(/\D/g, ""), international)) {
        out.push({ start: m.index, end: m.index + candidate.length, tag: "phone" });
        break;
      }
      const shorter = candidate.replace(new RegExp(`${SEPARATOR}\\d+$`), "");
      if (shorter === candidate) break;
      candidate = shorter;
    }
  }
  for (const m of matches(INTERNATIONAL_PHONE, folded)) {
    if (/^(?:\+|00)44/.test(m[0])) continue;
    const digits = m[0].replace(/\D/g, "").replace(/^00/, "");
    if (digits.length < 9 || digits.length > 15) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "phone" });
  }
}

/** An NHS number: ten digits, usually 3-3-4, with one kind of separator throughout. */
const NHS_NUMBER = /(?<![\w.,£$€/-])[1-9]\d{2}([ .-]?)\d{3}\1\d{4}(?![\w%/]|[.,]\d)/g;

export function findNhsNumbers({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(NHS_NUMBER, folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "nhs-number" });
  }
}

/**
 * Any other long run of digits is an identifier of some kind, also when it is split into
 * groups ("1234 5678 90", "12-34-56-78"): eight digits or more in all.
 */
const LONG_NUMBER = /(?<![\w.,£$€])\d(?:[ .-]?\d){7,}(?![\w%]|[.,]\d)/g;

export function findLongNumbers({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(LONG_NUMBER, folded)) {
    // "between 2022 and 2024" is not a number; "2022 2023 2024" written as a list is not
    // either: groups that are each a year stay.
    const groups = m[0].split(/[ .-]/);
    if (groups.length > 1 && groups.every((g) => /^(?:19|20)\d{2}$/.test(g))) continue;
    // "10 12 14" (sizes, scores): short groups of one or two digits split by spaces.
    if (groups.length > 1 && groups.every((g) => g.length <= 2) && /^[\d ]+$/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "number" });
  }
}

/**
 * A case, patient or other reference given after a cue, in any of the surveys' languages:
 * "our case ref is EHC/2023/0456", "numer sprawy 12345", "numărul dosarului 4567",
 * "کیس نمبر 4567", "رقم الملف 4567", "রেফারেন্স নম্বর 4567".
 */
const REFERENCE_CUES = [
  String.raw`\b(?:ref(?:erence)?|case|claim|patient|hospital|student|pupil|crn|mrn)\.?(?:[ \u00a0]+(?:no|num|number|id|ref))?\.?`,
  String.raw`\b(?:nr|numer(?:u)?(?:[ \u00a0]+(?:sprawy|pacjenta|ucznia|referencyjny|referencyjnego))?|sygn(?:atura)?)\.?`,
  String.raw`\b(?:num[aă]r(?:ul)?(?:[ \u00a0]+(?:dosar(?:ului)?|de[ \u00a0]+referin[tț][aă]|pacient(?:ului)?))?|dosar(?:ul)?|referin[tț]a)`,
  String.raw`(?:کیس|ریفرنس|حوالہ|مریض|طالب علم)?[ \u00a0]*نمبر`,
  String.raw`(?:ال)?(?:رقم|مرجع)(?:[ \u00a0]+(?:الملف|الحالة|المريض|الطالب|المرجع|المرجعي))?`,
  String.raw`(?:রেফারেন্স|কেস|রোগীর|ছাত্রের)?[ \u00a0]*(?:নম্বর|নং)`,
];
const REFERENCE = new RegExp(
  `(?:${REFERENCE_CUES.join("|")})(?![\\p{L}\\p{N}])(?:[ \\u00a0]*(?:is|was|:|-|#|to|jest|este|ہے|هو|হল|:))?[ \\u00a0]*#?([A-Za-z0-9][A-Za-z0-9/-]{2,30}[A-Za-z0-9])`,
  "dgiu",
);

export function findReferences({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(REFERENCE, folded)) {
    const value = m[1] ?? "";
    const digits = value.replace(/\D/g, "").length;
    if (digits < 3 || digits / value.length < 0.4) continue;
    // "in case 2020 was different": a year is not a reference.
    if (/^(?:19|20)\d{2}$/.test(value)) continue;
    const range = groupRange(m, 1);
    if (range) out.push({ start: range[0], end: range[1], tag: "reference" });
  }
}

/**
 * Where a child lives: UK postcodes and street addresses, in English and as Urdu, Bengali
 * and Arabic write them ("۲۳ سٹریٹفورڈ روڈ", "৩৭ ব্রিক লেন", "١٤ شارع كوفنتري"; digits are
 * folded before matching).
 */
import { type DetectorInput, type Span, groupRange, matches } from "./spans";

/** A full UK postcode, with or without its space, in any case. */
const POSTCODE =
  /(?<![A-Za-z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)[ \u00a0]?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/gi;

/** "postcode LS16": a postcode district, given as one. */
const CUED_POSTCODE_DISTRICT =
  /\bpost[ -]?code(?:[ \u00a0]+is|:)?[ \u00a0]*([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)(?![A-Za-z0-9])/dgi;

export function findPostcodes({ folded: text }: DetectorInput, out: Span[]): void {
  for (const m of matches(CUED_POSTCODE_DISTRICT, text)) {
    const range = groupRange(m, 1);
    if (range) out.push({ start: range[0], end: range[1], tag: "postcode" });
  }
  for (const m of matches(POSTCODE, text)) {
    const value = m[0];
    // "Y6 2nd", "ks2 3rd": a school year or key stage and an ordinal, not a postcode.
    const ordinal = /\s(?:1st|2nd|3rd|[04-9]th)$/i.test(value);
    if (ordinal && (value !== value.toUpperCase() || /^(?:y|yr|ks)\d/i.test(value))) continue;
    out.push({ start: m.index, end: m.index + value.length, tag: "postcode" });
  }
}

const STREET_TYPES =
  "(?:[Ss]treet|St|[Rr]oad|Rd|[Aa]venue|Ave|[Ll]ane|Ln|[Cc]lose|[Dd]rive|Dr|[Ww]ay|[Cc]rescent|Cres|[Cc]ourt|Ct|[Pp]lace|Pl|[Gg]rove|[Gg]ardens|Gdns|[Tt]errace|Terr|[Ww]alk|[Hh]ill|[Mm]ews|[Rr]ow|[Ss]quare|Sq|[Pp]ark|[Vv]iew|[Rr]ise|[Gg]reen|[Pp]arade|[Vv]ale|[Gg]ate|[Cc]roft|[Ff]old|[Mm]eadows?|[Bb]oulevard|[Ww]harf|[Vv]illas|[Cc]ottages|[Ee]state|[Ww]ay|[Cc]hase|[Bb]rae|[Ww]ynd)";
const STREET_NAME = `(?:[A-Z][\\p{L}'’-]*[ \\u00a0]+){1,3}${STREET_TYPES}(?![\\p{L}])\\.?`;
/** "12 Acacia Avenue", "Flat 3, 45 High Street", "12a-14 Mill Lane" */
const NUMBERED_ADDRESS = new RegExp(
  `(?<![\\w£$€.,])(?:(?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt|[Uu]nit)\\.?[ \\u00a0]*\\d{1,4}[A-Za-z]?,?[ \\u00a0]+)?\\d{1,4}[A-Za-z]?(?:[ \\u00a0]*-[ \\u00a0]*\\d{1,4}[A-Za-z]?)?,?[ \\u00a0]+${STREET_NAME}`,
  "gu",
);
/** "we live on Acacia Avenue", "moved to Mill Lane", "address is Rose Cottages" */
const CUED_STREET = new RegExp(
  `\\b(?:[Ll]ive[sd]?|[Ll]iving|[Mm]ove[sd]?|[Mm]oving|[Aa]ddress(?:[ \\u00a0]+is)?:?)[ \\u00a0]+(?:on|in|at|to|into)?[ \\u00a0]*(?:the[ \\u00a0]+)?(${STREET_NAME})`,
  "dgu",
);
/** "Flat 3" on its own, when no street follows. */
const FLAT_NUMBER = /\b(?:[Ff]lat|FLAT)[ \u00a0]+\d{1,4}[A-Za-z]?\b/g;

export function findAddresses({ folded: text }: DetectorInput, out: Span[]): void {
  for (const m of matches(NUMBERED_ADDRESS, text)) {
    const value = m[0].replace(/\.$/, "");
    out.push({ start: m.index, end: m.index + value.length, tag: "address" });
  }
  for (const m of matches(CUED_STREET, text)) {
    const range = groupRange(m, 1);
    if (!range) continue;
    const value = text.slice(range[0], range[1]).replace(/\.$/, "");
    out.push({ start: range[0], end: range[0] + value.length, tag: "address" });
  }
  for (const m of matches(FLAT_NUMBER, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "address" });
  }
}

const SCRIPT_WORD = String.raw`(?:[\p{L}\p{M}]|\u200c|\u200d)+`;
/** Urdu and Bengali write the street's name, then its kind, as English does. */
const NAME_FIRST_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}[ \u00a0]+(?:${SCRIPT_WORD}[ \u00a0]+){1,3}(?:روڈ|سٹریٹ|اسٹریٹ|سڑک|لین|ایونیو|کلوز|وے|گلی|রোড|লেন|স্ট্রিট|অ্যাভিনিউ|ক্লোজ|ওয়ে)(?![\p{L}\p{M}])`,
  "gu",
);
/** Arabic writes the kind first: "١٤ شارع كوفنتري", "شارع الملك". */
const KIND_FIRST_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,4}[ \u00a0]+)?(?:شارع|طريق|جادة)[ \u00a0]+${SCRIPT_WORD}`,
  "gu",
);

export function findAddressesInOtherScripts({ folded }: DetectorInput, out: Span[]): void {
  for (const re of [NAME_FIRST_STREET, KIND_FIRST_STREET]) {
    for (const m of matches(re, folded)) {
      out.push({ start: m.index, end: m.index + m[0].length, tag: "address" });
    }
  }
}

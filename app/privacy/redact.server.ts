/**
 * Redaction of free text before it is stored (DESIGN.md, "Anonymity is a property").
 *
 * `redactFreeText` replaces each identifier in a comment with a tag such as `[name]` and
 * reports which kinds it replaced. It is a pure function: no I/O, no logging, and the values
 * it removes never leave it.
 *
 * Every comment goes through every language's rules, whatever the survey's language:
 * parents mix languages and scripts in one sentence. Each kind of identifier has its own
 * module under `redaction/`:
 *
 * - `contacts.ts`: emails (also spelt out), links in any top-level domain, handles;
 * - `numbers.ts`: phones, NHS, pupil and NI numbers, references, long numbers, in ASCII,
 *   Arabic-Indic, Urdu and Bengali digits;
 * - `dates.ts`: dates with month names in all six languages, birth dates;
 * - `addresses.ts`: postcodes and street addresses;
 * - `settings.ts`: schools and settings by name, and ages and year groups;
 * - `names/`: names in every language and script (see its index.ts).
 *
 * Each detector proposes spans over the original text; spans are accepted in priority
 * order (email before link, phone before date, address before name, …), and a span that
 * overlaps one already accepted is dropped. The rules lean towards redacting: a place or a
 * club wrongly tagged `[name]` costs a little readability, a child's name left in costs
 * their anonymity.
 */
import { findAddresses, findAddressesInOtherScripts, findPostcodes } from "./redaction/addresses";
import { findEmails, findHandles, findSpeltOutEmails, findUrls } from "./redaction/contacts";
import { findDates } from "./redaction/dates";
import { findNames } from "./redaction/names";
import {
  findLongNumbers,
  findNhsNumbers,
  findNiNumbers,
  findPhones,
  findPupilNumbers,
  findReferences,
} from "./redaction/numbers";
import { findAges, findSettings } from "./redaction/settings";
import {
  type Detector,
  type RedactionTag,
  type Span,
  foldForMatching,
  redactionLabels,
} from "./redaction/spans";

export { redactionLabels, type RedactionTag } from "./redaction/spans";

export interface RedactionResult {
  /** The text with every identifier replaced by its tag, e.g. `[name]`. */
  text: string;
  /** One entry per replacement, in the order they appear in the text. Never the values. */
  found: RedactionTag[];
}

/**
 * The version of these rules. Raise it when a change would redact more: drafts made under
 * an older version have their own words redacted again when they are sent (redacting is
 * idempotent), so no draft is stored under rules older than the ones running.
 *
 * 2: every language's names, digits, months and settings (#15).
 */
export const redactionRulesVersion = 2;

/** Detectors in priority order: an earlier one wins where two overlap. */
const DETECTORS: readonly Detector[] = [
  findEmails,
  findSpeltOutEmails,
  findUrls,
  findHandles,
  findPupilNumbers,
  findNiNumbers,
  findPhones,
  findNhsNumbers,
  findDates,
  findReferences,
  findLongNumbers,
  findPostcodes,
  findAddresses,
  findAddressesInOtherScripts,
  findSettings,
  findNames,
];

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function accept(accepted: Span[], proposed: Span[]): void {
  proposed.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of proposed) {
    if (span.end <= span.start) continue;
    if (accepted.some((s) => overlaps(s, span))) continue;
    accepted.push(span);
  }
}

/**
 * Replace every identifier in `text` with a tag and list the kinds replaced (one entry per
 * replacement, in text order). Pure: no I/O, no logging.
 */
export function redactFreeText(text: string): RedactionResult {
  if (!text || !/[\p{L}\p{N}@＠]/u.test(text)) return { text, found: [] };

  const input = { text, folded: foldForMatching(text) };
  const accepted: Span[] = [];
  for (const detect of DETECTORS) {
    const proposed: Span[] = [];
    detect(input, proposed);
    accept(accepted, proposed);
  }
  // "age 9, Year 4 at St Mary's": beside a name or a setting an exact age or year group
  // narrows the comment to one child; alone it stays for the inspectors.
  const named = accepted.some(
    (s) => s.tag === "name" || s.tag === "setting" || s.tag === "address",
  );
  if (named || /\[(?:name|school or setting|address)\]/.test(text)) {
    const ages: Span[] = [];
    findAges(input, ages);
    accept(accepted, ages);
  }
  accepted.sort((a, b) => a.start - b.start);

  // "Sarah Jones" is one name, not two: merge same-kind spans split only by spaces.
  const merged: Span[] = [];
  for (const span of accepted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.tag === span.tag &&
      (span.tag === "name" || span.tag === "setting") &&
      /^[ \u00a0]+$/.test(text.slice(last.end, span.start))
    ) {
      last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }

  let output = "";
  let cursor = 0;
  const found: RedactionTag[] = [];
  for (const span of merged) {
    output += text.slice(cursor, span.start) + redactionLabels[span.tag];
    cursor = span.end;
    found.push(span.tag);
  }
  output += text.slice(cursor);
  return { text: output, found };
}

/**
 * What every detector shares: the kinds of identifier, the tag written in place of each, and
 * the span a detector proposes. See `../redact.server.ts` for how spans are accepted.
 */

export type RedactionTag =
  | "email"
  | "url"
  | "social-handle"
  | "phone"
  | "nhs-number"
  | "pupil-number"
  | "ni-number"
  | "reference"
  | "number"
  | "postcode"
  | "date"
  | "address"
  | "setting"
  | "age"
  | "name";

/** The placeholder written in place of each kind of identifier. */
export const redactionLabels: Readonly<Record<RedactionTag, string>> = {
  email: "[email]",
  url: "[link]",
  "social-handle": "[handle]",
  phone: "[phone]",
  "nhs-number": "[NHS number]",
  "pupil-number": "[pupil number]",
  "ni-number": "[NI number]",
  reference: "[reference]",
  number: "[number]",
  postcode: "[postcode]",
  date: "[date]",
  address: "[address]",
  setting: "[school or setting]",
  age: "[age or year]",
  name: "[name]",
};

export interface Span {
  start: number;
  end: number;
  tag: RedactionTag;
}

/**
 * A detector reads the comment and proposes spans. `text` is the comment as typed;
 * `folded` is the same comment, character for character, with every digit system and
 * full-width form folded to ASCII (see `foldForMatching`), so offsets agree.
 */
export type Detector = (input: DetectorInput, out: Span[]) => void;

export interface DetectorInput {
  text: string;
  folded: string;
}

export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  // matchAll clones the expression, so the shared module-level RegExp keeps no state.
  for (const m of text.matchAll(re)) yield m as RegExpExecArray;
}

/** Start and end of capture group `group`, or of the whole match. */
export function groupRange(m: RegExpExecArray, group = 0): [number, number] | undefined {
  const range = m.indices?.[group];
  return range ? [range[0], range[1]] : undefined;
}

export const TRAILING_PUNCTUATION = /[.,;:!?'"’”)\]}>*]+$/;

export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Digits of every system the surveys are offered in, and the full-width forms a phone
 * keyboard may give (＠, ．, ０–９), folded to ASCII one character for one, so a pattern
 * written for ASCII finds "۰۷۷۰۰ ۹۰۰۱۲۳" and "jo＠mail．com" at the same offsets.
 */
export function foldForMatching(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\uff01-\uff5e]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
    if (code >= 0x09e6 && code <= 0x09ef) return String.fromCharCode(48 + code - 0x09e6);
    return String.fromCharCode(code - 0xfee0);
  });
}

/**
 * Names, in every language and script the surveys are offered in. The English rules read
 * every Latin-script word (Polish and Romanian names too, with their inflected forms); the
 * cue rules read every language's kinship words, roles and honorifics; Arabic- and
 * Bengali-script given names are found from lists. A word any rule marks is a name.
 */
import type { DetectorInput, Span } from "~/privacy/redaction/spans";
import { markEnglishNames } from "./english";
import { readArabicScriptLanguage } from "./knowledge";
import { markCuedNames, markListedTogether, markOtherForms } from "./multilingual";
import { tokenise } from "./tokens";

export function findNames({ text }: DetectorInput, out: Span[]): void {
  readArabicScriptLanguage(text);
  const tokens = tokenise(text);
  if (tokens.length === 0) return;
  const marked = new Set<number>();
  markCuedNames(text, tokens, marked);
  markEnglishNames(text, tokens, marked);
  markListedTogether(text, tokens, marked);
  markOtherForms(tokens, marked);
  for (const i of [...marked].sort((a, b) => a - b)) {
    const token = tokens[i];
    if (token) out.push({ start: token.start, end: token.end, tag: "name" });
  }
}

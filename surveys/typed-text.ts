/*
 * How typed words are kept, wherever a person types more than a line: a respondent's own
 * words, and an inspector's text boxes (guidance, notes, transcripts). Here, in the content
 * folder, because survey answers are read here and the app may use surveys/ but not the
 * other way round (app/platform/text.ts passes it on).
 */

// eslint-disable-next-line no-control-regex -- line breaks other than a line feed
const otherBreaks = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- control characters, less tab and line feed
const controlNotBreak = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * The words as they are kept: every kind of line break made a line feed (a word processor's
 * pasted line break is a vertical tab; Windows sends CR LF), other control characters
 * dropped (they cannot be stored and are never meant), and trimmed. Nothing a person can see
 * is lost.
 */
export function textBoxText(typed: string): string {
  return typed.replace(otherBreaks, "\n").replace(controlNotBreak, "").trim();
}

/**
 * Whether the words hold anything a reader can see: a letter, a digit, punctuation or a
 * symbol (emoji included). Only spaces, joiners or direction marks is no answer at all.
 */
export function hasVisibleWords(text: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(text);
}

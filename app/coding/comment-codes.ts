import { suggestCriteria } from "./suggest";

export interface CommentCode {
  criterion: string;
  /** Why, as stored: the question it answered and the words that matched (see readReason). */
  reason: string;
}

/*
 * A code's reason is stored as text, parts joined by "; ": "asked in a question about it",
 * "words: <word>, <word>" (the comment's own words since issue #15; lexicon phrases such as
 * "assess*" in older rows) and "added by an inspector". Matched words never hold "," or ";"
 * (a match is letters and the spaces between them), so the parts read back unambiguously.
 */
const askedReason = "asked in a question about it";
const wordsPrefix = "words: ";
export const addedByInspectorReason = "added by an inspector";

/**
 * Suggested codes for a comment: the criteria of the question it answers (unless the question
 * is open, coded from the words alone, as "What could be better?" is), and any criterion
 * whose phrases it uses, in any language. Each says why.
 */
export function codeComment(
  question: { criteria: readonly string[]; coding?: "question" | "words" },
  text: string,
): CommentCode[] {
  const codes = new Map<string, string[]>();
  if (question.coding !== "words") {
    for (const criterion of question.criteria) codes.set(criterion, [askedReason]);
  }
  for (const { criterion, matched } of suggestCriteria(text)) {
    codes.set(criterion, [...(codes.get(criterion) ?? []), `${wordsPrefix}${matched.join(", ")}`]);
  }
  return [...codes].map(([criterion, reasons]) => ({ criterion, reason: reasons.join("; ") }));
}

/** A stored reason, read back for the page: what the inspector is shown, in their language. */
export interface CodeReason {
  asked: boolean;
  /** The words that matched, in the comment's own script (or an old row's phrases). */
  words: string[];
  addedByInspector: boolean;
  /** Anything else stored, shown as it is. */
  other: string[];
}

export function readReason(reason: string | null): CodeReason {
  const read: CodeReason = { asked: false, words: [], addedByInspector: false, other: [] };
  for (const part of (reason ?? "").split("; ").filter(Boolean)) {
    if (part === askedReason) read.asked = true;
    else if (part === addedByInspectorReason) read.addedByInspector = true;
    else if (part.startsWith(wordsPrefix))
      read.words.push(...part.slice(wordsPrefix.length).split(", "));
    else read.other.push(part);
  }
  return read;
}

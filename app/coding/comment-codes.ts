import { suggestCriteria } from "./suggest";

export interface CommentCode {
  criterion: string;
  /** Shown to inspectors: the question it answered and the phrases that matched. */
  reason: string;
}

/**
 * Suggested codes for a comment: the criteria of the question it answers, and any criterion
 * whose phrases it uses. Each says why.
 */
export function codeComment(questionCriteria: readonly string[], text: string): CommentCode[] {
  const codes = new Map<string, string[]>();
  for (const criterion of questionCriteria) codes.set(criterion, ["asked in a question about it"]);
  for (const { criterion, matched } of suggestCriteria(text)) {
    codes.set(criterion, [...(codes.get(criterion) ?? []), `words: ${matched.join(", ")}`]);
  }
  return [...codes].map(([criterion, reasons]) => ({ criterion, reason: reasons.join("; ") }));
}

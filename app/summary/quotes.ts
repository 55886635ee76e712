import type { CommentWithCodes } from "~/coding/comments.server";
import type { Audience } from "~/inspections/audiences";

export interface CriterionQuotes {
  quotes: { id: string; text: string }[];
  /** How many comments are coded to the criterion in all (the comments page has them all). */
  total: number;
}

/**
 * A few comments under each criterion, as quotes: codes an inspector confirmed first, then
 * suggested ones; removed codes never. Audiences with too few responses to show (their count
 * is "fewer than N") get none, as on the comments page. A comment that may be a disclosure
 * is never chosen (#19): the team reads it on the safeguarding page.
 */
export function quotesByCriterion(
  comments: CommentWithCodes[],
  withheld: Audience[],
  perCriterion = 3,
): Partial<Record<Audience, Record<string, CriterionQuotes>>> {
  const result: Partial<Record<Audience, Record<string, CriterionQuotes>>> = {};
  const shown = comments.filter((c) => !withheld.includes(c.audience));
  const entry = (audience: Audience, criterion: string) =>
    ((result[audience] ??= {})[criterion] ??= { quotes: [], total: 0 });
  for (const comment of shown)
    for (const code of comment.codes)
      if (code.status !== "removed") entry(comment.audience, code.criterion).total += 1;
  // Confirmed by an inspector first, then suggested by the lexicon.
  for (const status of ["confirmed", "suggested"] as const)
    for (const comment of shown)
      for (const code of comment.codes) {
        if (code.status !== status || comment.concern) continue;
        const quotes = entry(comment.audience, code.criterion).quotes;
        if (quotes.length < perCriterion) quotes.push({ id: comment.id, text: comment.text });
      }
  return result;
}

import type { Database } from "~db/client.server";
import { listComments } from "~/coding/comments.server";
import type { CommentWithCodes } from "~/coding/comments.server";
import { audiences } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import { quotesByCriterion } from "./quotes";
import type { CriterionQuotes } from "./quotes";
import type { InspectionSummary } from "./summary.server";
import { inspectionSummary } from "./summary.server";
import { suppressionThreshold } from "./threshold.server";

/*
 * The one place that decides whose words may be quoted (#17, #25). An audience whose number of
 * responses is hidden ("fewer than N people", or withheld with one) is withheld: the team reads
 * its comments and hears its recordings like any others, since reading is their job and what
 * respondents are told, but its words are never quoted in the summary, the evidence pack or
 * any export. Routes get quotes and quotable comments only from here (a lint rule says so).
 */

/** The audiences withheld in a summary already worked out (its everyone view). */
export function withheldIn(summary: Pick<InspectionSummary, "responses">): Audience[] {
  return audiences.filter((audience) => summary.responses[audience].suppressed);
}

/** The audiences of an inspection whose words are never quoted. */
export async function withheldAudiences(
  db: Database,
  inspectionId: string,
  threshold = suppressionThreshold(),
): Promise<Audience[]> {
  return withheldIn(await inspectionSummary(db, inspectionId, threshold));
}

/** Every comment that may be quoted or exported: none from a withheld audience. */
export async function quotableComments(
  db: Database,
  inspectionId: string,
  withheld: Audience[],
): Promise<CommentWithCodes[]> {
  return (await listComments(db, inspectionId)).filter((c) => !withheld.includes(c.audience));
}

/** A few quotes under each criterion, from audiences that are not withheld. */
export async function summaryQuotes(
  db: Database,
  inspectionId: string,
  withheld: Audience[],
): Promise<Partial<Record<Audience, Record<string, CriterionQuotes>>>> {
  return quotesByCriterion(await quotableComments(db, inspectionId, withheld), withheld);
}

import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~db/client.server";
import {
  inspections,
  localAreas,
  webinarFeedback,
  webinarFeedbackLinks,
  webinars,
} from "~db/schema";
import { redactFreeText } from "~/privacy/redact.server";
import { commentConcern, detectDisclosure } from "~/safeguarding/detect";
import { sha256 } from "~/platform/random.server";
import { heardOptions, usefulOptions } from "./feedback-options";

/*
 * The feedback form a follow-up email links to (#22): three questions, optional, anonymous.
 * The link is spent and the answers stored in one transaction, so a link gives one answer;
 * the answers row holds the webinar and the answers only (no link, sign-up or time), and the
 * link row never named the person, so nothing joins the two.
 */

/** Long enough to say something, short enough that it is not a second survey. */
export const otherMaxLength = 1000;

/** Messages are keys under `followUp.form.errors` in the webinars namespace. */
export const feedbackSchema = z.object({
  useful: z.enum(usefulOptions, { error: "usefulRequired" }),
  heard: z.enum(heardOptions, { error: "heardRequired" }),
  other: z.string().trim().max(otherMaxLength, "otherTooLong"),
});

export type FeedbackAnswers = z.output<typeof feedbackSchema>;

const isLinkToken = (token: string) => /^[\w-]{20,40}$/.test(token);

/** The webinar a feedback link is for, while the link is unspent. */
export async function findFeedbackLink(db: Database, token: string) {
  if (!isLinkToken(token)) return undefined;
  const [row] = await db
    .select({ title: webinars.title, areaName: localAreas.name })
    .from(webinarFeedbackLinks)
    .innerJoin(webinars, eq(webinars.id, webinarFeedbackLinks.webinarId))
    .innerJoin(inspections, eq(inspections.id, webinars.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(webinarFeedbackLinks.tokenHash, sha256(token)));
  return row;
}

/**
 * Stores one person's answers and spends their link, together: "used" when the link was
 * spent already (or never was), and then nothing is stored. Free text is redacted as survey
 * answers are before it is kept, and read for a possible disclosure as own words are, in
 * every language, before redaction too (#19): "flagged" when it may be one, so the person is
 * shown where to get help and the team finds it on the safeguarding page.
 */
export async function giveFeedback(
  db: Database,
  token: string,
  answers: FeedbackAnswers,
): Promise<"stored" | "flagged" | "used"> {
  if (!isLinkToken(token)) return "used";
  const other = answers.other ? redactFreeText(answers.other).text : null;
  const concern = other
    ? commentConcern(other, detectDisclosure(answers.other).flagged)
    : { concern: false, concernWords: [] };
  return db.transaction(async (tx) => {
    // Spent by deleting it: of two presses at once, only one goes on.
    const [link] = await tx
      .delete(webinarFeedbackLinks)
      .where(eq(webinarFeedbackLinks.tokenHash, sha256(token)))
      .returning({ webinarId: webinarFeedbackLinks.webinarId });
    if (!link) return "used";
    await tx.insert(webinarFeedback).values({
      webinarId: link.webinarId,
      useful: answers.useful,
      heard: answers.heard,
      other,
      ...concern,
    });
    return concern.concern ? "flagged" : "stored";
  });
}

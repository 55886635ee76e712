import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~db/client.server";
import {
  inspections,
  localAreas,
  webinarFeedbackLinks,
  webinarFollowUps,
  webinarSignups,
  webinars,
} from "~db/schema";
import type { Webinar, WebinarSignup } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { formatDateTime } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { enqueue, publicUrlMark, wakeMailWorker } from "~/mail/outbox.server";
import type { NewMessage } from "~/mail/outbox.server";
import { randomToken, sha256 } from "~/platform/random.server";
import { oneLineText } from "~/platform/text";
import type { WebinarWork } from "./manage.server";

/*
 * After a webinar (#22): the host ticks who came (markAttendance), may add a slides or notes
 * link, and sends the follow-up once. Each person who came gets one email in the language
 * they signed up in, with the notes link and a single-use link to a three-question feedback
 * form (feedback.server.ts). The links name the webinar, not the person.
 */

/** The follow-up form: an optional https link (nothing that could run script when clicked). */
export const followUpSchema = z.object({
  notesUrl: z.union([
    z.literal("").transform(() => null),
    oneLineText("notesUrlInvalid")
      .pipe(z.string().max(500, "tooLong"))
      .pipe(z.string().regex(/^https:\/\/[^\s<>"]+$/, "notesUrlInvalid")),
  ]),
});

/** What the follow-up part of a webinar's page shows: whether it can go, or when it went. */
export async function followUpState(db: Database, webinar: Webinar, now = new Date()) {
  const [sent] = await db
    .select()
    .from(webinarFollowUps)
    .where(eq(webinarFollowUps.webinarId, webinar.id));
  const came = await cameTo(db, webinar.id);
  return {
    cancelled: Boolean(webinar.cancelledAt),
    ended: webinar.endsAt <= now,
    came: came.length,
    sent: sent ?? null,
  };
}

/** The people with a place marked as having come. */
function cameTo(db: Pick<Database, "select">, webinarId: string) {
  return db
    .select()
    .from(webinarSignups)
    .where(
      and(
        eq(webinarSignups.webinarId, webinarId),
        eq(webinarSignups.status, "confirmed"),
        eq(webinarSignups.attended, true),
      ),
    );
}

export type FollowUpResult =
  | { ok: true; sentTo: number }
  | { ok: false; reason: "cancelled" | "notEnded" | "nobodyCame" | "alreadySent" };

/**
 * Sends the follow-up to everyone marked as having come, once: the webinar's row is locked
 * and the follow-up row written in the same transaction as the emails, so a second press (or
 * two at once) sends nothing more. Audited with how many it went to. A cancelled webinar has
 * no follow-up: nobody came to it, whatever was ticked.
 */
export async function sendFollowUp(
  db: Database,
  work: WebinarWork,
  notesUrl: string | null,
  now = new Date(),
): Promise<FollowUpResult> {
  const result = await db.transaction(async (tx): Promise<FollowUpResult> => {
    const [webinar] = await tx
      .select()
      .from(webinars)
      .where(eq(webinars.id, work.webinarId))
      .for("update");
    if (webinar?.cancelledAt) return { ok: false, reason: "cancelled" };
    if (!webinar || webinar.endsAt > now) return { ok: false, reason: "notEnded" };
    const [already] = await tx
      .select({ at: webinarFollowUps.sentAt })
      .from(webinarFollowUps)
      .where(eq(webinarFollowUps.webinarId, webinar.id));
    if (already) return { ok: false, reason: "alreadySent" };
    const people = await cameTo(tx, webinar.id);
    if (people.length === 0) return { ok: false, reason: "nobodyCame" };
    await tx
      .insert(webinarFollowUps)
      .values({ webinarId: webinar.id, notesUrl, sentTo: people.length, sentAt: now });
    const [area] = await tx
      .select({ name: localAreas.name })
      .from(inspections)
      .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
      .where(eq(inspections.id, webinar.inspectionId));
    const messages: NewMessage[] = [];
    for (const person of people) {
      const token = randomToken();
      await tx
        .insert(webinarFeedbackLinks)
        .values({ tokenHash: sha256(token), webinarId: webinar.id });
      const about = { webinar, person, areaName: area?.name ?? "", notesUrl, token };
      messages.push({
        webinarId: webinar.id,
        signupId: person.id,
        kind: "follow_up",
        to: person.email,
        sendAfter: now,
        ...(await composeFollowUp(about)),
      });
    }
    await enqueue(tx, messages);
    await audit(tx, {
      userId: work.inspectorId,
      inspectionId: work.inspectionId,
      action: "webinar_followed_up",
      detail: { webinarId: webinar.id, sentTo: people.length, notes: notesUrl !== null },
    });
    return { ok: true, sentTo: people.length };
  });
  if (result.ok) wakeMailWorker();
  return result;
}

/** The follow-up email in the person's own language, plain text as the other webinar emails. */
export async function composeFollowUp(about: {
  webinar: Webinar;
  person: Pick<WebinarSignup, "name" | "language">;
  areaName: string;
  notesUrl: string | null;
  token: string;
}) {
  // Bookings store the language the person signed up in; anything unknown reads English.
  const language = isLanguageCode(about.person.language) ? about.person.language : "en";
  const t = await getFixedT(language, "webinars");
  const values = {
    name: about.person.name,
    title: about.webinar.title,
    area: about.areaName,
    when: formatDateTime(about.webinar.startsAt, language),
    notesUrl: about.notesUrl ?? "",
    // The site's address goes in when it is sent (outbox.server.ts); the page opens in the
    // language the email is in.
    link: `${publicUrlMark}/webinar-feedback/${about.token}?lng=${language}`,
  };
  const paragraphs = [
    t("email.greeting", values),
    t("followUp.email.body", values),
    ...(about.notesUrl ? [t("followUp.email.notes", values)] : []),
    t("followUp.email.feedback", values),
    t("followUp.email.anonymous"),
    t("email.signOff", values),
  ];
  return { subject: t("followUp.email.subject", values), body: paragraphs.join("\n\n") };
}

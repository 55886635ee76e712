import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx, Database } from "~db/client.server";
import { inspectionTeam, outbox, users, webinarSignups } from "~db/schema";
import type { AccessNeeds, Webinar, WebinarSignup } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { enqueue, publicUrlMark, wakeMailWorker } from "~/mail/outbox.server";
import type { NewMessage } from "~/mail/outbox.server";
import type { WebinarWork } from "./manage.server";
import { needsText } from "./needs";

/*
 * Access needs that reach someone (#22): a confirmed place that asks for a BSL interpreter,
 * live captions or a spoken-language interpreter sends the webinar's host side one email
 * saying what and by when, in the transaction that gives the place. The host marks each
 * arranged on the attendees page, and the person is told.
 */

/** The needs someone has to book before the webinar: the others need no one found. */
export const needsToArrange = ["bsl", "captions", "interpreter"] as const;
export type NeedToArrange = (typeof needsToArrange)[number];

/** What this person asked for that must be arranged and is not yet. */
export function unarranged(signup: Pick<WebinarSignup, "accessNeeds" | "arrangedNeeds">) {
  return needsToArrange.filter(
    (need) => signup.accessNeeds[need] && !signup.arrangedNeeds.includes(need),
  );
}

/** Only these needs, as the person's needs in words show them (with the language). */
export function needsOnly(needs: AccessNeeds, which: readonly NeedToArrange[]): AccessNeeds {
  return {
    bsl: which.includes("bsl"),
    captions: which.includes("captions"),
    interpreter: which.includes("interpreter"),
    interpreterLanguage: which.includes("interpreter") ? needs.interpreterLanguage : undefined,
    breaks: false,
  };
}

/**
 * Who arranges a webinar's access needs: its leads when inspectors host it, the forum's
 * organisers when the forum does (its leads while it has none). Enabled accounts only.
 */
async function hostAddresses(db: DbOrTx, webinar: Webinar): Promise<string[]> {
  const withRole = (role: "lead" | "organiser") =>
    db
      .select({ email: users.email })
      .from(inspectionTeam)
      .innerJoin(users, eq(users.id, inspectionTeam.userId))
      .where(
        and(
          eq(inspectionTeam.inspectionId, webinar.inspectionId),
          eq(inspectionTeam.role, role),
          isNull(users.disabledAt),
        ),
      );
  const organisers = webinar.host === "forum" ? await withRole("organiser") : [];
  const hosts = organisers.length > 0 ? organisers : await withRole("lead");
  return hosts.map((host) => host.email);
}

/**
 * For a place just confirmed (or given from the waiting list): one email to each of the host
 * side listing what this person needs arranged and by when, or none when nothing is to be
 * arranged. Written in the caller's transaction. Inspectors' emails are in English.
 */
export async function needsEmails(
  tx: DbOrTx,
  webinar: Webinar,
  signup: WebinarSignup,
): Promise<NewMessage[]> {
  const needs = unarranged(signup);
  if (needs.length === 0) return [];
  const t = await getFixedT("en", "inspector");
  const tw = await getFixedT("en", "webinars");
  const values = {
    title: webinar.title,
    name: signup.name,
    when: formatDateTime(webinar.startsAt, "en"),
    link: `${publicUrlMark}/inspections/${webinar.inspectionId}/webinars/${webinar.id}`,
  };
  const body = [
    t("needsEmail.body", values),
    ...needsText(needsOnly(signup.accessNeeds, needs), tw).map((line) => `- ${line}`),
    t("needsEmail.byWhen", values),
    t("needsEmail.link", values),
  ].join("\n\n");
  return (await hostAddresses(tx, webinar)).map((to) => ({
    webinarId: webinar.id,
    signupId: signup.id,
    kind: "needs" as const,
    to,
    subject: t("needsEmail.subject", values),
    body,
    expiresAt: webinar.startsAt,
  }));
}

/**
 * A webinar moved to a new time (changeWebinar): what was arranged was arranged for the old
 * time, so every need of everyone with a place is to arrange again. Their marks are cleared
 * (the attendees page lists them again), unsent emails about needs at the old time are
 * withdrawn, and each of the host side gets one email listing them all for the new time.
 * Nothing when nobody with a place asked for anything to arrange. In the caller's transaction.
 */
export async function movedNeedsEmails(
  tx: DbOrTx,
  webinar: Webinar,
  was: Date,
): Promise<NewMessage[]> {
  const booked = await tx
    .select()
    .from(webinarSignups)
    .where(and(eq(webinarSignups.webinarId, webinar.id), eq(webinarSignups.status, "confirmed")))
    .orderBy(asc(webinarSignups.seq));
  const needing = booked.filter((signup) => needsToArrange.some((n) => signup.accessNeeds[n]));
  await tx
    .delete(outbox)
    .where(and(eq(outbox.webinarId, webinar.id), eq(outbox.kind, "needs"), isNull(outbox.sentAt)));
  if (needing.length === 0) return [];
  await tx
    .update(webinarSignups)
    .set({ arrangedNeeds: [] })
    .where(
      inArray(
        webinarSignups.id,
        needing.map((signup) => signup.id),
      ),
    );
  const t = await getFixedT("en", "inspector");
  const tw = await getFixedT("en", "webinars");
  const values = {
    title: webinar.title,
    when: formatDateTime(webinar.startsAt, "en"),
    was: formatDateTime(was, "en"),
    link: `${publicUrlMark}/inspections/${webinar.inspectionId}/webinars/${webinar.id}`,
  };
  const people = needing.map((signup) => {
    const needs = needsToArrange.filter((need) => signup.accessNeeds[need]);
    return `- ${signup.name}: ${needsText(needsOnly(signup.accessNeeds, needs), tw).join("; ")}`;
  });
  const body = [
    t("needsEmail.moved.body", values),
    people.join("\n"),
    t("needsEmail.moved.again"),
    t("needsEmail.byWhen", values),
    t("needsEmail.link", values),
  ].join("\n\n");
  return (await hostAddresses(tx, webinar)).map((to) => ({
    webinarId: webinar.id,
    kind: "needs" as const,
    to,
    subject: t("needsEmail.moved.subject", values),
    body,
    expiresAt: webinar.startsAt,
  }));
}

/**
 * The host marks one of a person's needs arranged: recorded once, audited, and the person
 * told by email in their own language. False when there is nothing to mark (not theirs, not
 * asked for, already arranged, or no place).
 */
export async function markArranged(
  db: Database,
  work: WebinarWork & { webinar: Webinar; areaName: string },
  signupId: string,
  need: NeedToArrange,
): Promise<boolean> {
  const done = await db.transaction(async (tx) => {
    const [signup] = await tx
      .update(webinarSignups)
      .set({ arrangedNeeds: sql`array_append(${webinarSignups.arrangedNeeds}, ${need})` })
      .where(
        and(
          eq(webinarSignups.id, signupId),
          eq(webinarSignups.webinarId, work.webinarId),
          eq(webinarSignups.status, "confirmed"),
          sql`(${webinarSignups.accessNeeds} ->> ${need})::boolean`,
          sql`not (${need} = any(${webinarSignups.arrangedNeeds}))`,
        ),
      )
      .returning();
    if (!signup) return false;
    await enqueue(tx, [await arrangedEmail(work.webinar, signup, need, work.areaName)]);
    await audit(tx, {
      userId: work.inspectorId,
      inspectionId: work.inspectionId,
      action: "access_need_arranged",
      detail: { webinarId: work.webinarId, signupId, need },
    });
    return true;
  });
  if (done) wakeMailWorker();
  return done;
}

/** "What you asked for is arranged", in the person's language. */
async function arrangedEmail(
  webinar: Webinar,
  signup: WebinarSignup,
  need: NeedToArrange,
  areaName: string,
): Promise<NewMessage> {
  const language = isLanguageCode(signup.language) ? signup.language : "en";
  const t = await getFixedT(language, "webinars");
  const values = {
    name: signup.name,
    title: webinar.title,
    area: areaName,
    need: needsText(needsOnly(signup.accessNeeds, [need]), t)[0],
    when: formatDateTime(webinar.startsAt, language),
    ends: formatEnd(webinar.startsAt, webinar.endsAt, language),
  };
  return {
    webinarId: webinar.id,
    signupId: signup.id,
    kind: "arranged",
    to: signup.email,
    subject: t("arrangedEmail.subject", values),
    body: [
      t("email.greeting", values),
      t("arrangedEmail.body", values),
      t("email.when", values),
      t("email.signOff", values),
    ].join("\n\n"),
    expiresAt: webinar.startsAt,
  };
}

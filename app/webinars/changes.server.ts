import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { outbox, webinarSignupRequests, webinarSignups, webinars } from "~db/schema";
import type { Webinar } from "~db/schema";
import { audit } from "~/auth/audit.server";
import type { TeamRole } from "~/auth/session.server";
import { enqueue, wakeMailWorker } from "~/mail/outbox.server";
import type { WebinarFormValues } from "~/components/webinars/WebinarFields";
import { toDateParts } from "~/components/ui/DateInput";
import { readDateParts } from "~/components/ui/DateInput.server";
import { formatDate } from "~/i18n/format";
import type { LanguageCode } from "~/i18n/languages";
import { checkFields, textFields } from "~/platform/form-fields";
import { londonDay, londonTimeOfDay } from "~/platform/time";
import type { WebinarChange } from "./emails.server";
import { webinarSchema } from "./manage.server";
import type { WebinarWork } from "./manage.server";
import { movedNeedsEmails } from "./access-needs.server";
import { bookingLink, emailsFor, fillPlaces, placesTakenBy } from "./webinars.server";

/*
 * Changing and cancelling a whole webinar (#22). Everyone booked hears once, with a calendar
 * file of the same UID and a higher SEQUENCE, so their calendar moves the event it has
 * rather than adding another.
 */

/**
 * Who changes or cancels a webinar: the inspection's lead, and a forum organiser for the
 * forum's webinars (the only ones they can reach: requireTeamWebinar).
 */
export function mayChangeWebinar(teamRole: TeamRole): boolean {
  return teamRole === "lead" || teamRole === "organiser";
}

/** The change form filled in with the webinar as it is (times in London). */
export function changeFormValues(webinar: Webinar): WebinarFormValues {
  return {
    title: webinar.title,
    day: toDateParts(londonDay(webinar.startsAt)),
    starts: londonTimeOfDay(webinar.startsAt),
    ends: londonTimeOfDay(webinar.endsAt),
    capacity: String(webinar.capacity),
    joinUrl: webinar.joinUrl,
  };
}

interface Team {
  inspection: { notifiedOn: string; week3: string };
  language: LanguageCode;
  t: (key: string, options?: Record<string, string | number>) => string;
}

/**
 * Reads the change form with the new-webinar form's rules (webinarSchema: a day during the
 * inspection, not in the past, ending after it starts, an https link); audience and host stay.
 * Then saves it (changeWebinar); a refusal is one message a field, with what was typed.
 */
export async function submitWebinarChange(
  db: Database,
  team: Team,
  work: WebinarWork,
  webinar: Webinar,
  form: FormData,
) {
  const text = textFields(form, ["title", "starts", "ends", "capacity", "joinUrl"], 600);
  const values = { ...text, day: readDateParts(form, "webinar") };
  const checked = checkFields(
    webinarSchema(team.inspection, [webinar.host]),
    { ...values, audience: webinar.audience, host: webinar.host },
    { prefix: "webinars.errors", t: team.t, formatDay: (day) => formatDate(day, team.language) },
  );
  if (!checked.ok) return { ok: false as const, errors: checked.errors, values };
  const { title, startsAt, endsAt, capacity, joinUrl } = checked.form;
  const result = await changeWebinar(db, work, { title, startsAt, endsAt, capacity, joinUrl });
  if (result.ok) return result;
  const errors =
    result.reason === "capacity"
      ? { capacity: team.t("webinars.detail.capacityTooLow", { count: Math.max(1, result.taken) }) }
      : { title: team.t("webinars.change.closed") };
  return { ok: false as const, errors, values };
}

/** A webinar's new details, as the checked form gives them (webinarSchema). */
export interface WebinarDetails {
  title: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  joinUrl: string;
}

export type ChangeResult =
  | { ok: true; emailed: number }
  | { ok: false; reason: "capacity"; taken: number }
  | { ok: false; reason: "closed" };

/**
 * Saves new details. Places never go below those taken (counted with the row locked); added
 * places go to the waiting list in order. A change a calendar shows (title, time, joining
 * link) raises the webinar's sequence and emails each person with a place once, in their
 * language, with the updated calendar file; their unsent reminder is written again. A new
 * time sends the host side the access needs to arrange again (movedNeedsEmails).
 */
export async function changeWebinar(
  db: Database,
  work: WebinarWork,
  details: WebinarDetails,
  now = new Date(),
): Promise<ChangeResult> {
  const result = await db.transaction(async (tx): Promise<ChangeResult> => {
    const [current] = await tx
      .select()
      .from(webinars)
      .where(eq(webinars.id, work.webinarId))
      .for("update");
    if (!current || current.cancelledAt || current.startsAt <= now)
      return { ok: false, reason: "closed" };
    const taken = await placesTakenBy(tx, current.id);
    if (details.capacity < taken) return { ok: false, reason: "capacity", taken };
    const change = whatChanged(current, details);
    const calendarChanged = Object.keys(change).length > 0;
    const [updated] = await tx
      .update(webinars)
      .set({ ...details, sequence: current.sequence + (calendarChanged ? 1 : 0) })
      .where(eq(webinars.id, current.id))
      .returning();
    let emailed = 0;
    if (calendarChanged) {
      const booked = await peopleOf(tx, current.id, ["confirmed"]);
      // Their reminders say the old time and link: each gets a new one with the change.
      if (booked.length > 0)
        await tx.delete(outbox).where(
          and(
            inArray(
              outbox.signupId,
              booked.map((p) => p.id),
            ),
            eq(outbox.kind, "reminder"),
            isNull(outbox.sentAt),
          ),
        );
      for (const person of booked) {
        const token = await bookingLink(tx, person.id);
        const about = { webinar: updated!, signup: person, token, change };
        await enqueue(tx, await emailsFor(tx, "changed", about, now));
      }
      emailed = booked.length;
      // Interpreters and captioners were booked for the old time: the host arranges again.
      if (change.startsAt) await enqueue(tx, await movedNeedsEmails(tx, updated!, change.startsAt));
    }
    if (details.capacity > current.capacity) await fillPlaces(tx, updated!, now);
    await audit(tx, {
      userId: work.inspectorId,
      inspectionId: work.inspectionId,
      action: "webinar_updated",
      detail: {
        webinarId: current.id,
        changed: Object.keys(change),
        startsAt: change.startsAt ? details.startsAt.toISOString() : undefined,
        capacity: { before: current.capacity, after: details.capacity },
        sequence: updated!.sequence,
        emailed,
      },
    });
    return { ok: true, emailed };
  });
  if (result.ok) wakeMailWorker();
  return result;
}

function whatChanged(current: Webinar, details: WebinarDetails): WebinarChange {
  const change: WebinarChange = {};
  if (details.title !== current.title) change.title = current.title;
  if (
    details.startsAt.getTime() !== current.startsAt.getTime() ||
    details.endsAt.getTime() !== current.endsAt.getTime()
  )
    change.startsAt = current.startsAt;
  if (details.joinUrl !== current.joinUrl) change.joinUrl = true;
  return change;
}

type Status = "confirmed" | "waiting";

function peopleOf(db: Pick<Database, "select">, webinarId: string, statuses: Status[]) {
  return db
    .select()
    .from(webinarSignups)
    .where(and(eq(webinarSignups.webinarId, webinarId), inArray(webinarSignups.status, statuses)))
    .orderBy(asc(webinarSignups.seq));
}

/**
 * Who cancelling would email, in one sentence for its confirmation page: everyone with a place
 * and everyone waiting, as cancelWebinar emails them (peopleOf), each number in its plural.
 */
export async function cancellationReach(
  db: Pick<Database, "select">,
  webinarId: string,
  t: Team["t"],
): Promise<string> {
  const people = await peopleOf(db, webinarId, ["confirmed", "waiting"]);
  const booked = people.filter((p) => p.status === "confirmed").length;
  const waiting = people.length - booked;
  if (booked && waiting)
    return t("webinars.cancel.reach.both", {
      count: booked + waiting,
      booked: t("webinars.cancel.reach.withPlace", { count: booked }),
      waiting: t("webinars.cancel.reach.onWaitingList", { count: waiting }),
    });
  if (booked) return t("webinars.cancel.reach.booked", { count: booked });
  if (waiting) return t("webinars.cancel.reach.waiting", { count: waiting });
  return t("webinars.cancel.reach.nobody");
}

/**
 * Cancels the whole webinar: sign-up closes, unsent emails about it (reminders among them)
 * are withdrawn, sign-ups still waiting for their address's owner are deleted, and everyone
 * booked or waiting gets one email with a METHOD:CANCEL calendar entry. Twice is once.
 */
export async function cancelWebinar(
  db: Database,
  work: WebinarWork,
  now = new Date(),
): Promise<"cancelled" | "already" | "started"> {
  const result = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(webinars)
      .where(eq(webinars.id, work.webinarId))
      .for("update");
    if (!current || current.cancelledAt) return "already" as const;
    if (current.startsAt <= now) return "started" as const;
    const [cancelled] = await tx
      .update(webinars)
      .set({ cancelledAt: now, sequence: current.sequence + 1 })
      .where(eq(webinars.id, current.id))
      .returning();
    await tx.delete(outbox).where(and(eq(outbox.webinarId, current.id), isNull(outbox.sentAt)));
    await tx.delete(webinarSignupRequests).where(eq(webinarSignupRequests.webinarId, current.id));
    const people = await peopleOf(tx, current.id, ["confirmed", "waiting"]);
    for (const person of people) {
      const token = await bookingLink(tx, person.id);
      const about = { webinar: cancelled!, signup: person, token };
      await enqueue(tx, await emailsFor(tx, "webinarCancelled", about, now));
    }
    await audit(tx, {
      userId: work.inspectorId,
      inspectionId: work.inspectionId,
      action: "webinar_cancelled",
      detail: { webinarId: current.id, emailed: people.length, sequence: cancelled!.sequence },
    });
    return "cancelled" as const;
  });
  if (result === "cancelled") wakeMailWorker();
  return result;
}

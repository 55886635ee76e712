import { and, eq, inArray } from "drizzle-orm";
import { data } from "@remix-run/node";
import { z } from "zod";
import type { Database } from "~db/client.server";
import { webinars } from "~db/schema";
import type { Webinar, WebinarSignup } from "~db/schema";
import type { TeamRole } from "~/auth/session.server";
import { audit } from "~/auth/audit.server";
import { wakeMailWorker } from "~/mail/outbox.server";
import { realDate, timeOfDay } from "~/components/ui/DateInput.server";
import { checkWebinarDay } from "~/inspections/timetable.server";
import { londonDateTime } from "~/platform/time";
import { inspectionContext } from "~/inspections/context.server";
import { isUuid } from "~/platform/ids";
import { oneLineText } from "~/platform/text";
import { attendees, createWebinar, setAttendance, setCapacity } from "./webinars.server";
import type { NewWebinar } from "./webinars.server";

/**
 * The new-webinar form, for a webinar during its inspection (see checkWebinarDay). Messages
 * are keys under `webinars.errors` in the inspector namespace.
 */
export const webinarSchema = (
  inspection: { notifiedOn: string; week3: string },
  hosts: readonly Webinar["host"][] = ["inspectors", "forum"],
  now: Date = new Date(),
) =>
  z
    .object({
      title: oneLineText("oneLine").min(1, "titleRequired").max(120, "tooLong"),
      day: realDate,
      starts: timeOfDay("startsInvalid"),
      ends: timeOfDay("endsInvalid"),
      capacity: z
        .string()
        .trim()
        .regex(/^\d{1,4}$/, "capacityInvalid")
        .transform(Number)
        .refine((n) => n >= 1 && n <= 1000, "capacityInvalid"),
      audience: z.enum(["parents", "forum", "both"], { error: "audienceRequired" }),
      host: z.enum(hosts as [Webinar["host"], ...Webinar["host"][]], { error: "hostRequired" }),
      // Only https links: nothing that could run script when a parent clicks it.
      joinUrl: oneLineText("joinUrlInvalid")
        .max(500, "tooLong")
        .regex(/^https:\/\/[^\s<>"]+$/, "joinUrlInvalid"),
    })
    .transform((form, ctx) => {
      const startsAt = londonDateTime(form.day, form.starts);
      const endsAt = londonDateTime(form.day, form.ends);
      if (endsAt <= startsAt)
        ctx.addIssue({ code: "custom", path: ["ends"], message: "endsBeforeStart" });
      if (startsAt <= now) ctx.addIssue({ code: "custom", path: ["day"], message: "inThePast" });
      else checkWebinarDay(ctx, "day", form.day, inspection);
      return { ...form, startsAt, endsAt };
    });

/**
 * Which hosts' webinars someone on the team schedules, sees and runs: a forum organiser only
 * the forum's own (their sign-ups' names are none of theirs otherwise), everyone else all.
 */
export function webinarHostsFor(teamRole: TeamRole): readonly Webinar["host"][] {
  return teamRole === "organiser" ? ["forum"] : ["inspectors", "forum"];
}

/** The webinars pages' start: the team, organisers included (inspectionContext). */
export const webinarsContext = (request: Request, inspectionId: string | undefined) =>
  inspectionContext(request, inspectionId, { for: "webinars" });

/**
 * A webinar of an inspection this inspector is on, of a host they may see (webinarHostsFor);
 * any other answers 404.
 */
export async function requireTeamWebinar(
  request: Request,
  inspectionId: string | undefined,
  webinarId: string | undefined,
) {
  const team = await webinarsContext(request, inspectionId);
  const valid = isUuid(webinarId ?? "");
  const [webinar] = valid
    ? await team.db
        .select()
        .from(webinars)
        .where(
          and(
            eq(webinars.id, webinarId!),
            eq(webinars.inspectionId, team.inspectionId),
            inArray(webinars.host, [...webinarHostsFor(team.teamRole)]),
          ),
        )
    : [];
  if (!webinar) throw data(null, { status: 404 });
  return { ...team, webinar };
}

export type NeedCounts = {
  bsl: number;
  captions: number;
  interpreter: number;
  breaks: number;
  other: number;
  languages: string[];
};

/** What the people with a place need, counted, so inspectors can book interpreters in time. */
export function countNeeds(people: WebinarSignup[]): NeedCounts {
  const coming = people.filter((p) => p.status === "confirmed");
  const languages = new Set<string>();
  for (const p of coming)
    if (p.accessNeeds.interpreter && p.accessNeeds.interpreterLanguage)
      languages.add(p.accessNeeds.interpreterLanguage);
  const count = (test: (p: WebinarSignup) => boolean) => coming.filter(test).length;
  return {
    bsl: count((p) => p.accessNeeds.bsl),
    captions: count((p) => p.accessNeeds.captions),
    interpreter: count((p) => p.accessNeeds.interpreter),
    breaks: count((p) => p.accessNeeds.breaks),
    other: count((p) => Boolean(p.accessNeeds.other)),
    languages: [...languages].sort(),
  };
}

/** Which inspector is working on which of their inspection's webinars: what the audit records. */
export interface WebinarWork {
  inspectorId: string;
  inspectionId: string;
  webinarId: string;
}

/** A new webinar from the inspection's page, audited with its name, start and places. */
export async function scheduleWebinar(
  db: Database,
  inspectorId: string,
  webinar: NewWebinar,
): Promise<string> {
  return db.transaction(async (tx) => {
    const id = await createWebinar(tx, webinar);
    await audit(tx, {
      userId: inspectorId,
      inspectionId: webinar.inspectionId,
      action: "webinar_created",
      detail: {
        webinarId: id,
        title: webinar.title,
        startsAt: webinar.startsAt.toISOString(),
        capacity: webinar.capacity,
      },
    });
    return id;
  });
}

/** Everyone who signed up, in `attendees` order, each waiting with their place in the queue. */
export async function attendeeList(db: Database, webinarId: string) {
  let position = 0;
  return (await attendees(db, webinarId)).map((person) => ({
    ...person,
    position: person.status === "waiting" ? (position += 1) : undefined,
  }));
}

/** The attendee list for the webinar's page; seeing names and emails is audited. */
export async function viewAttendees(db: Database, work: WebinarWork) {
  const people = await attendeeList(db, work.webinarId);
  await audit(db, {
    userId: work.inspectorId,
    inspectionId: work.inspectionId,
    action: "attendees_viewed",
    detail: { webinarId: work.webinarId },
  });
  return people;
}

/** The attendee list for its CSV download, audited as an export of that many rows. */
export async function exportAttendees(db: Database, work: WebinarWork) {
  const people = await attendeeList(db, work.webinarId);
  await audit(db, {
    userId: work.inspectorId,
    inspectionId: work.inspectionId,
    action: "export",
    detail: { file: "webinar-attendees.csv", webinarId: work.webinarId, rows: people.length },
  });
  return people;
}

/** Ticks who came (ids of people with a place; any other id is ignored), audited. */
export async function markAttendance(db: Database, work: WebinarWork, came: string[]) {
  await db.transaction(async (tx) => {
    await setAttendance(tx, work.webinarId, came);
    await audit(tx, {
      userId: work.inspectorId,
      inspectionId: work.inspectionId,
      action: "attendance_marked",
      detail: { webinarId: work.webinarId, came: came.length },
    });
  });
}

/**
 * A new number of places as typed (whole numbers up to four digits); never below the places
 * taken, which a refusal gives. A change is audited, and the mail worker woken for anyone
 * moved up from the waiting list.
 */
export async function changeCapacity(
  db: Database,
  work: WebinarWork,
  typed: string,
): Promise<{ ok: true } | { ok: false; taken: number }> {
  if (!/^\d{1,4}$/.test(typed)) {
    const people = await attendees(db, work.webinarId);
    return { ok: false, taken: people.filter((p) => p.status === "confirmed").length };
  }
  const capacity = Number(typed);
  const result = await setCapacity(db, work.webinarId, capacity);
  if (!result.ok) return result;
  await audit(db, {
    userId: work.inspectorId,
    inspectionId: work.inspectionId,
    action: "webinar_updated",
    detail: { webinarId: work.webinarId, capacity: { before: result.before, after: capacity } },
  });
  wakeMailWorker();
  return { ok: true };
}

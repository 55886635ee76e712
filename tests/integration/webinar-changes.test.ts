import { and, eq, inArray } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { outbox, users, webinarSignups, webinars } from "~db/schema";
import { hashPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { createInspection } from "~/inspections/inspections.server";
import { useDatabase } from "~/platform/db.server";
import { londonDateTime } from "~/platform/time";
import {
  action as cancelAction,
  loader as cancelLoader,
} from "~/routes/inspections.$inspectionId.webinars.$webinarId.cancel";
import { action as detailAction } from "~/routes/inspections.$inspectionId.webinars.$webinarId._index";
import { createServerI18n } from "~/i18n/i18n.server";
import { cancellationReach } from "~/webinars/changes.server";
import { scheduleWebinar } from "~/webinars/manage.server";
import { findBooking, findOpenWebinar, signUp, webinarsTokenOf } from "~/webinars/webinars.server";
import { dateFields, daysFromToday, today } from "../clock";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * Changing and cancelling a whole webinar (#22): one email per person with a place, with a
 * calendar file a real parser reads (same UID, higher SEQUENCE); places never below those
 * taken; cancelling tells everyone, booked and waiting, with METHOD:CANCEL; each email in
 * the language the person signed up in, right to left in Urdu.
 */
let handle: DatabaseHandle;
let inspectionId: string;
let leadSession: string;
let memberSession: string;
let leadId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const person = async (email: string) => {
    const [row] = await handle.db
      .insert(users)
      .values({
        email,
        name: email,
        passwordHash: await hashPassword("a long enough password"),
        role: "inspector",
      })
      .returning({ id: users.id });
    return row!.id;
  };
  leadId = await person("lead@changes.test");
  const memberId = await person("member@changes.test");
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Changeshire",
    notifiedOn: today(),
    team: [
      { userId: leadId, role: "lead" },
      { userId: memberId, role: "member" },
    ],
    now: new Date(Date.now() - 60_000),
  });
  leadSession = (await startSession(leadId)).split(";")[0]!;
  memberSession = (await startSession(memberId)).split(";")[0]!;
});
afterAll(() => handle.close());

const firstDay = daysFromToday(3);
const nextDay = daysFromToday(4);
const noNeeds = { bsl: false, captions: false, interpreter: false, breaks: false };

/** A webinar on `firstDay` 18:00–19:00 with people signed up in the given languages. */
async function webinarWith(capacity: number, languages: string[]) {
  const webinarId = await scheduleWebinar(handle.db, leadId, {
    inspectionId,
    title: "Meet the inspectors",
    startsAt: londonDateTime(firstDay, "18:00"),
    endsAt: londonDateTime(firstDay, "19:00"),
    capacity,
    audience: "both",
    host: "inspectors",
    joinUrl: "https://meet.example.org/room",
  });
  const tokens: string[] = [];
  for (const [n, language] of languages.entries()) {
    const result = await signUp(handle.db, webinarId, {
      name: `Parent ${n}`,
      email: `parent${n}.${webinarId}@example.org`,
      role: "parent",
      accessNeeds: noNeeds,
      language,
    });
    if ("token" in result) tokens.push(result.token);
  }
  return { webinarId, tokens };
}

const request = (path: string, fields: Record<string, string>, session = leadSession) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: session,
      "Accept-Language": "en",
    },
  });

type Refused = { data: { errors: Record<string, string> }; init: { status: number } };

/** The change form as a lead sends it, with the webinar's details unless said. */
async function change(webinarId: string, fields: Record<string, string>, session = leadSession) {
  const form = {
    intent: "change",
    title: "Meet the inspectors",
    ...dateFields("webinar", firstDay),
    starts: "18:00",
    ends: "19:00",
    capacity: "2",
    joinUrl: "https://meet.example.org/room",
    ...fields,
  };
  const path = `/inspections/${inspectionId}/webinars/${webinarId}`;
  return detailAction({
    request: request(path, form, session),
    params: { inspectionId, webinarId },
    context: { cspNonce: "" },
  });
}

async function cancel(webinarId: string) {
  const path = `/inspections/${inspectionId}/webinars/${webinarId}/cancel`;
  return cancelAction({
    request: request(path, { intent: "cancel" }),
    params: { inspectionId, webinarId },
    context: { cspNonce: "" },
  });
}

const mail = (webinarId: string, kinds: string[]) =>
  handle.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.webinarId, webinarId), inArray(outbox.kind, kinds as never)));

const people = (webinarId: string) =>
  handle.db.select().from(webinarSignups).where(eq(webinarSignups.webinarId, webinarId));

/** The calendar file as a calendar program reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    organizer: vevent.getFirstPropertyValue("organizer"),
    summary: event.summary,
    description: event.description,
    start: event.startDate.toJSDate(),
  };
}

describe(`changing and cancelling a webinar on ${databaseKind}`, () => {
  it("emails each person with a place once, with the same UID and a higher SEQUENCE", async () => {
    const { webinarId } = await webinarWith(2, ["en", "en", "en"]);
    const first = await mail(webinarId, ["confirmed"]);
    expect(first).toHaveLength(2);
    const answer = (await change(webinarId, dateFields("webinar", nextDay))) as Response;
    expect(answer.status).toBe(302);
    const changed = await mail(webinarId, ["changed"]);
    expect(changed.map((m) => m.to).sort()).toEqual(first.map((m) => m.to).sort());
    for (const message of changed) {
      const before = parse(first.find((m) => m.to === message.to)!.calendar!);
      const after = parse(message.calendar!);
      expect(after.uid).toBe(before.uid);
      expect(after.sequence).toBeGreaterThan(before.sequence);
      expect(after.start).toEqual(londonDateTime(nextDay, "18:00"));
      expect(message.subject).toBe("Your webinar has changed: Meet the inspectors");
      expect(message.body).toMatch(/Its time has changed\. It was going to start/);
    }
    // Each keeps one reminder, for the new time; the person waiting hears nothing.
    const reminders = await mail(webinarId, ["reminder"]);
    expect(reminders).toHaveLength(2);
    for (const reminder of reminders)
      expect(reminder.sendAfter).toEqual(
        new Date(londonDateTime(nextDay, "18:00").getTime() - 24 * 3600_000),
      );
    const [row] = await handle.db.select().from(webinars).where(eq(webinars.id, webinarId));
    expect(row!.sequence).toBe(1);
    // Places alone are not a calendar's business: nobody is emailed, the sequence stays.
    expect(
      ((await change(webinarId, { ...dateFields("webinar", nextDay), capacity: "2" })) as Response)
        .status,
    ).toBe(302);
    expect(await mail(webinarId, ["changed"])).toHaveLength(2);
  });

  it("refuses fewer places than are taken, saying how many, and changes nothing", async () => {
    const { webinarId } = await webinarWith(3, ["en", "en"]);
    const refused = (await change(webinarId, {
      capacity: "1",
      title: "A new name",
    })) as unknown as Refused;
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual({
      capacity: "Enter a number from 2 to 1000: 2 places are already taken",
    });
    const [row] = await handle.db.select().from(webinars).where(eq(webinars.id, webinarId));
    expect(row).toMatchObject({ title: "Meet the inspectors", capacity: 3, sequence: 0 });
    expect(await mail(webinarId, ["changed"])).toEqual([]);
  });

  it("gives added places to the waiting list in order", async () => {
    const { webinarId } = await webinarWith(1, ["en", "en", "en"]);
    expect(((await change(webinarId, { capacity: "2" })) as Response).status).toBe(302);
    const statuses = (await people(webinarId)).sort((a, b) => a.seq - b.seq).map((p) => p.status);
    expect(statuses).toEqual(["confirmed", "confirmed", "waiting"]);
    expect(await mail(webinarId, ["promoted"])).toHaveLength(1);
  });

  it("refuses bad input with words and writes nothing", async () => {
    const { webinarId } = await webinarWith(2, ["en"]);
    const refused = (await change(webinarId, {
      title: "",
      joinUrl: "http://insecure.example.org",
    })) as unknown as Refused;
    expect(refused.init.status).toBe(400);
    expect(Object.keys(refused.data.errors).sort()).toEqual(["joinUrl", "title"]);
    for (const words of Object.values(refused.data.errors)) expect(words).toMatch(/\w{3,} \w+/);
    const [row] = await handle.db.select().from(webinars).where(eq(webinars.id, webinarId));
    expect(row).toMatchObject({ title: "Meet the inspectors", sequence: 0 });
    expect(await mail(webinarId, ["changed"])).toEqual([]);
    // An inspector on the team who is not its lead may not change it.
    await expect(change(webinarId, { title: "Mine now" }, memberSession)).rejects.toMatchObject({
      init: { status: 403 },
    });
  });

  it("cancels: everyone booked and waiting gets METHOD:CANCEL, sign-up closes, reminders go", async () => {
    const { webinarId, tokens } = await webinarWith(1, ["en", "en"]);
    const first = parse((await mail(webinarId, ["confirmed"]))[0]!.calendar!);
    expect(((await cancel(webinarId)) as Response).status).toBe(302);
    const cancelled = await mail(webinarId, ["webinarCancelled"]);
    expect(cancelled).toHaveLength(2);
    for (const message of cancelled) {
      const entry = parse(message.calendar!);
      expect(entry).toMatchObject({ method: "CANCEL", status: "CANCELLED" });
      expect(entry.organizer).toMatch(/^mailto:/i);
      expect(entry.sequence).toBeGreaterThan(first.sequence);
      expect(message.calendar).toMatch(/ATTENDEE[^:]*:mailto:parent\d/i);
    }
    const booked = cancelled.find((m) => m.signupId === first.uid.split(".")[1]!.split("@")[0]);
    expect(parse(booked!.calendar!).uid).toBe(first.uid);
    expect(await mail(webinarId, ["reminder"])).toEqual([]);
    const token = await webinarsTokenOf(handle.db, inspectionId);
    expect(await findOpenWebinar(handle.db, token, webinarId)).toMatchObject({ cancelled: true });
    const late = await signUp(handle.db, webinarId, {
      name: "Late",
      email: "late@example.org",
      role: "parent",
      accessNeeds: noNeeds,
      language: "en",
    });
    expect(late).toEqual({ outcome: "closed" });
    expect((await findBooking(handle.db, tokens[0]!))!.webinar.cancelledAt).not.toBeNull();
    // Twice is once: nobody is emailed again.
    expect(((await cancel(webinarId)) as Response).status).toBe(302);
    expect(await mail(webinarId, ["webinarCancelled"])).toHaveLength(2);
  });

  it("says on its confirmation page how many people with a place and waiting will be emailed", async () => {
    const { webinarId } = await webinarWith(3, ["en", "en", "en", "en", "en"]);
    const path = `/inspections/${inspectionId}/webinars/${webinarId}/cancel`;
    const page = await cancelLoader({
      request: new Request(`http://localhost${path}`, {
        headers: { Cookie: leadSession, "Accept-Language": "en" },
      }),
      params: { inspectionId, webinarId },
      context: { cspNonce: "" },
    });
    expect(page.reach).toBe("3 people with a place and 2 on the waiting list will be emailed.");
    // The number the page gives is the number cancelling emails.
    await cancel(webinarId);
    expect(await mail(webinarId, ["webinarCancelled"])).toHaveLength(5);
    // One of each, only one kind, and nobody; and in the languages that count otherwise.
    const one = await webinarWith(1, ["en", "en"]);
    const only = await webinarWith(4, ["en", "en"]);
    const nobody = await webinarWith(2, []);
    const say = async (language: "en" | "pl" | "ar", id: string) => {
      const t = (await createServerI18n(language)).getFixedT(language, "inspector");
      return cancellationReach(handle.db, id, t);
    };
    expect(await say("en", one.webinarId)).toBe(
      "1 person with a place and 1 on the waiting list will be emailed.",
    );
    expect(await say("en", only.webinarId)).toBe("2 people with a place will be emailed.");
    expect(await say("en", nobody.webinarId)).toBe(
      "Nobody has a place or is on the waiting list, so nobody will be emailed.",
    );
    expect(await say("pl", only.webinarId)).toBe("E-mail dostaną 2 osoby z miejscem.");
    expect(await say("pl", one.webinarId)).toBe(
      "E-mail dostaną: 1 osoba z miejscem i 1 osoba z listy rezerwowej.",
    );
    expect(await say("ar", only.webinarId)).toBe("سيُرسَل بريد إلكتروني إلى شخصين لديهما مكان.");
  });

  it("writes each email in the person's language, Urdu right to left", async () => {
    const { webinarId } = await webinarWith(2, ["ur", "pl"]);
    await change(webinarId, dateFields("webinar", nextDay));
    const [urdu] = (await mail(webinarId, ["changed"])).filter((m) => m.to.startsWith("parent0"));
    // The title is kept apart (U+2068…U+2069) so its own direction cannot reorder the line.
    expect(urdu!.subject).toBe("آپ کے ویبینار میں تبدیلی: \u2068Meet the inspectors\u2069");
    const lines = urdu!.body!.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line.startsWith("\u200f")).toBe(true);
    expect(urdu!.body).toContain("اس کا وقت بدل گیا ہے");
    expect(parse(urdu!.calendar!).description).toContain("کے علاقائی SEND معائنے کا حصہ");
    const [polish] = (await mail(webinarId, ["changed"])).filter((m) => m.to.startsWith("parent1"));
    expect(polish!.body).not.toContain("\u200f");
    expect(polish!.subject).toBe("Zmiana w webinarze: Meet the inspectors");
    await cancel(webinarId);
    const [urduCancel] = (await mail(webinarId, ["webinarCancelled"])).filter((m) =>
      m.to.startsWith("parent0"),
    );
    expect(urduCancel!.subject).toBe("منسوخ: \u2068Meet the inspectors\u2069");
    expect(parse(urduCancel!.calendar!).summary).toBe("منسوخ: \u2068Meet the inspectors\u2069");
  });
});

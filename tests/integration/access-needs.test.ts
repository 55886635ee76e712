import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { inspectionTeam, outbox, users, webinarSignups, webinars } from "~db/schema";
import type { AccessNeeds, Webinar } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { useDatabase } from "~/platform/db.server";
import { formatDateTime } from "~/i18n/format";
import { markArranged, unarranged } from "~/webinars/access-needs.server";
import { changeWebinar } from "~/webinars/changes.server";
import { scheduleWebinar } from "~/webinars/manage.server";
import { setCapacity, signUp } from "~/webinars/webinars.server";
import { today } from "../clock";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * Access needs that reach someone (#22): a place that asks for BSL, captions or an interpreter
 * sends the host side one email (the leads for the inspectors' webinar, the forum's organisers
 * for the forum's), saying what and by when; marking a need arranged tells the person, once.
 */
let handle: DatabaseHandle;
let inspectionId: string;
const ids = { lead: "", member: "", organiser: "" };
const hour = 60 * 60_000;
const none: AccessNeeds = { bsl: false, captions: false, interpreter: false, breaks: false };

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  for (const [who, role] of [
    ["lead", "inspector"],
    ["member", "inspector"],
    ["organiser", "organiser"],
  ] as const) {
    const [row] = await handle.db
      .insert(users)
      .values({ email: `${who}@needs.test`, name: who, passwordHash: "-", role })
      .returning({ id: users.id });
    ids[who] = row!.id;
  }
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Needshire",
    notifiedOn: today(),
    team: [
      { userId: ids.lead, role: "lead" },
      { userId: ids.member, role: "member" },
    ],
  });
  await handle.db
    .insert(inspectionTeam)
    .values({ inspectionId, userId: ids.organiser, role: "organiser" });
});
afterAll(() => handle.close());

async function webinar(host: Webinar["host"], capacity = 5) {
  const startsAt = new Date(Date.now() + 72 * hour);
  const id = await scheduleWebinar(handle.db, ids.lead, {
    inspectionId,
    title: `Meet us (${host})`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + hour),
    capacity,
    audience: "both",
    host,
    joinUrl: "https://meet.example.org/room",
  });
  const [row] = await handle.db.select().from(webinars).where(eq(webinars.id, id));
  return row!;
}

const join = (webinarId: string, email: string, accessNeeds: AccessNeeds, language = "en") =>
  signUp(handle.db, webinarId, {
    name: email.split("@")[0]!,
    email,
    role: "parent",
    accessNeeds,
    language,
  });

const mail = (webinarId: string, kind: "needs" | "arranged") =>
  handle.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.webinarId, webinarId), eq(outbox.kind, kind)));

describe(`access needs on ${databaseKind}`, () => {
  it("emails the inspectors' webinar's lead once, with what is needed and by when", async () => {
    const hosted = await webinar("inspectors");
    await join(hosted.id, "asha@example.org", {
      ...none,
      bsl: true,
      interpreter: true,
      interpreterLanguage: "Somali",
      breaks: true,
    });
    await join(hosted.id, "ben@example.org", { ...none, breaks: true });
    const sent = await mail(hosted.id, "needs");
    expect(sent.map((m) => m.to)).toEqual(["lead@needs.test"]);
    const [email] = sent;
    expect(email!.subject).toBe("Access needs to arrange: Meet us (inspectors)");
    expect(email!.body).toContain("asha has a place at Meet us (inspectors) and needs:");
    expect(email!.body).toContain("A British Sign Language (BSL) interpreter");
    expect(email!.body).toContain("An interpreter for another spoken language: Somali");
    expect(email!.body).not.toContain("Breaks");
    expect(email!.body).toMatch(/before the webinar starts: .+ \(UK time\)/);
    expect(email!.body).toContain(`/inspections/${inspectionId}/webinars/${hosted.id}`);
  });

  it("emails the forum's organiser for the forum's webinar, and a place from the waiting list when it comes", async () => {
    const forum = await webinar("forum", 1);
    await join(forum.id, "first@example.org", none);
    await join(forum.id, "chen@example.org", { ...none, captions: true });
    // Waiting: no place yet, nothing to arrange.
    expect(await mail(forum.id, "needs")).toEqual([]);
    await setCapacity(handle.db, forum.id, 2);
    const sent = await mail(forum.id, "needs");
    expect(sent.map((m) => m.to)).toEqual(["organiser@needs.test"]);
    expect(sent[0]!.body).toContain("Live captions (words on the screen)");
  });

  it("marks a need arranged once, tells the person in their language, and leaves the rest", async () => {
    const hosted = await webinar("inspectors");
    await join(hosted.id, "dami@example.org", { ...none, bsl: true, captions: true }, "ur");
    const [signup] = await handle.db
      .select()
      .from(webinarSignups)
      .where(eq(webinarSignups.webinarId, hosted.id));
    const work = {
      inspectorId: ids.lead,
      inspectionId,
      webinarId: hosted.id,
      webinar: hosted,
      areaName: "Needshire",
    };
    expect(await markArranged(handle.db, work, signup!.id, "bsl")).toBe(true);
    expect(await markArranged(handle.db, work, signup!.id, "bsl")).toBe(false);
    // Not asked for, and someone else's webinar's sign-up: nothing to mark.
    expect(await markArranged(handle.db, work, signup!.id, "interpreter")).toBe(false);
    const other = await webinar("inspectors");
    expect(
      await markArranged(handle.db, { ...work, webinarId: other.id }, signup!.id, "captions"),
    ).toBe(false);
    const told = await mail(hosted.id, "arranged");
    expect(told).toHaveLength(1);
    expect(told[0]!.to).toBe("dami@example.org");
    expect(told[0]!.body).toContain("برطانوی اشاروں کی زبان");
    const [after] = await handle.db
      .select()
      .from(webinarSignups)
      .where(eq(webinarSignups.id, signup!.id));
    expect(after!.arrangedNeeds).toEqual(["bsl"]);
    expect(unarranged(after!)).toEqual(["captions"]);
  });

  it("sends the host the needs again when the webinar moves, for the new time, and clears old marks", async () => {
    const hosted = await webinar("inspectors");
    await join(hosted.id, "ella@example.org", { ...none, bsl: true, captions: true });
    await join(hosted.id, "femi@example.org", {
      ...none,
      interpreter: true,
      interpreterLanguage: "Yoruba",
    });
    await join(hosted.id, "gil@example.org", { ...none, breaks: true });
    const people = await handle.db
      .select()
      .from(webinarSignups)
      .where(eq(webinarSignups.webinarId, hosted.id));
    const ella = people.find((p) => p.email === "ella@example.org")!;
    const work = { inspectorId: ids.lead, inspectionId, webinarId: hosted.id };
    expect(
      await markArranged(
        handle.db,
        { ...work, webinar: hosted, areaName: "Needshire" },
        ella.id,
        "bsl",
      ),
    ).toBe(true);
    // The two sign-ups' emails have not gone yet: they say the old time.
    expect(await mail(hosted.id, "needs")).toHaveLength(2);
    const details = {
      title: hosted.title,
      startsAt: hosted.startsAt,
      endsAt: hosted.endsAt,
      capacity: hosted.capacity,
      joinUrl: hosted.joinUrl,
    };
    // A new name alone: nothing for the host to arrange again.
    await changeWebinar(handle.db, work, { ...details, title: "Meet us, renamed" });
    expect(await mail(hosted.id, "needs")).toHaveLength(2);

    const day = 24 * hour;
    const startsAt = new Date(hosted.startsAt.getTime() + day);
    await changeWebinar(handle.db, work, {
      ...details,
      title: "Meet us, renamed",
      startsAt,
      endsAt: new Date(hosted.endsAt.getTime() + day),
    });
    const sent = await mail(hosted.id, "needs");
    expect(sent).toHaveLength(1);
    const [email] = sent;
    expect(email).toMatchObject({ to: "lead@needs.test", signupId: null, expiresAt: startsAt });
    expect(email!.subject).toBe("Access needs to arrange for the new time: Meet us, renamed");
    expect(email!.body).toContain(
      `Meet us, renamed has moved. It now starts ${formatDateTime(startsAt, "en")} (UK time); it was going to start ${formatDateTime(hosted.startsAt, "en")}.`,
    );
    expect(email!.body).toContain(
      "- ella: A British Sign Language (BSL) interpreter; Live captions (words on the screen)",
    );
    expect(email!.body).toContain("- femi: An interpreter for another spoken language: Yoruba");
    expect(email!.body).not.toContain("gil");
    expect(email!.body).toContain(
      `Please arrange this before the webinar starts: ${formatDateTime(startsAt, "en")} (UK time).`,
    );
    // Arranged for the old time is not arranged for the new one.
    const [after] = await handle.db
      .select()
      .from(webinarSignups)
      .where(eq(webinarSignups.id, ella.id));
    expect(after!.arrangedNeeds).toEqual([]);
    expect(unarranged(after!)).toEqual(["bsl", "captions"]);

    // A move with nobody needing anything arranged sends the host nothing.
    const quiet = await webinar("inspectors");
    await join(quiet.id, "hana@example.org", { ...none, breaks: true });
    await changeWebinar(
      handle.db,
      { ...work, webinarId: quiet.id },
      {
        ...details,
        startsAt: new Date(quiet.startsAt.getTime() + day),
        endsAt: new Date(quiet.endsAt.getTime() + day),
      },
    );
    expect(await mail(quiet.id, "needs")).toEqual([]);
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { auditLog, users, webinarSignups } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { useDatabase } from "~/platform/db.server";
import {
  attendeeList,
  changeCapacity,
  exportAttendees,
  markAttendance,
  scheduleWebinar,
  viewAttendees,
} from "~/webinars/manage.server";
import type { WebinarWork } from "~/webinars/manage.server";
import { signUp } from "~/webinars/webinars.server";
import { today } from "../clock";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * What inspectors do with their webinars (#17: the capability, not the route, decides and
 * audits): schedule one, see and export who is coming, tick who came, change the places.
 */
let handle: DatabaseHandle;
let inspectorId: string;
let inspectionId: string;
const hour = 60 * 60_000;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const [row] = await handle.db
    .insert(users)
    .values({ email: "host@webinars.test", name: "Host", passwordHash: "-", role: "inspector" })
    .returning({ id: users.id });
  inspectorId = row!.id;
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Eastshire",
    notifiedOn: today(),
    team: [{ userId: inspectorId, role: "lead" }],
  });
});
afterAll(() => handle.close());

async function webinarWith(capacity: number, people: number): Promise<WebinarWork> {
  const startsAt = new Date(Date.now() + 72 * hour);
  const webinarId = await scheduleWebinar(handle.db, inspectorId, {
    inspectionId,
    title: "Meet the inspectors",
    startsAt,
    endsAt: new Date(startsAt.getTime() + hour),
    capacity,
    audience: "both",
    host: "inspectors",
    joinUrl: "https://meet.example.org/room",
  });
  for (let n = 0; n < people; n += 1)
    await signUp(handle.db, webinarId, {
      name: `Parent ${n}`,
      email: `parent${n}.${webinarId}@example.org`,
      role: "parent",
      accessNeeds: { bsl: false, captions: false, interpreter: false, breaks: false },
      language: "en",
    });
  return { inspectorId, inspectionId, webinarId };
}

const audited = (action: string, webinarId: string) =>
  handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action as never), eq(auditLog.inspectionId, inspectionId)))
    .then((rows) =>
      rows.filter((row) => (row.detail as { webinarId?: string }).webinarId === webinarId),
    );

describe(`inspectors' webinar commands on ${databaseKind}`, () => {
  it("schedules a webinar and audits its name, start and places", async () => {
    const { webinarId } = await webinarWith(12, 0);
    const [entry] = await audited("webinar_created", webinarId);
    expect(entry).toMatchObject({ userId: inspectorId, inspectionId });
    expect(entry!.detail).toEqual({
      webinarId,
      title: "Meet the inspectors",
      startsAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      capacity: 12,
    });
  });

  it("numbers the waiting list from one, in the order people signed up", async () => {
    const { webinarId } = await webinarWith(2, 5);
    const people = await attendeeList(handle.db, webinarId);
    expect(people.map((p) => [p.status, p.position])).toEqual([
      ["confirmed", undefined],
      ["confirmed", undefined],
      ["waiting", 1],
      ["waiting", 2],
      ["waiting", 3],
    ]);
    expect(people.filter((p) => p.status === "waiting").map((p) => p.name)).toEqual([
      "Parent 2",
      "Parent 3",
      "Parent 4",
    ]);
  });

  it("audits seeing the list, and exporting it with its number of rows", async () => {
    const work = await webinarWith(1, 3);
    expect(await viewAttendees(handle.db, work)).toHaveLength(3);
    expect(await exportAttendees(handle.db, work)).toHaveLength(3);
    const [viewed] = await audited("attendees_viewed", work.webinarId);
    expect(viewed).toMatchObject({ userId: inspectorId, detail: { webinarId: work.webinarId } });
    const [exported] = await audited("export", work.webinarId);
    expect(exported!.detail).toEqual({
      file: "webinar-attendees.csv",
      webinarId: work.webinarId,
      rows: 3,
    });
  });

  it("ticks who came among those with a place, and audits how many were ticked", async () => {
    const work = await webinarWith(2, 3);
    const [first, second, waiting] = await attendeeList(handle.db, work.webinarId);
    await markAttendance(handle.db, work, [first!.id, waiting!.id]);
    const rows = await handle.db
      .select({ id: webinarSignups.id, attended: webinarSignups.attended })
      .from(webinarSignups)
      .where(eq(webinarSignups.webinarId, work.webinarId));
    const attended = Object.fromEntries(rows.map((row) => [row.id, row.attended]));
    expect(attended[first!.id]).toBe(true);
    expect(attended[second!.id]).toBe(false);
    // Someone waiting had no place, so is not marked either way.
    expect(attended[waiting!.id]).toBeNull();
    const [entry] = await audited("attendance_marked", work.webinarId);
    expect(entry!.detail).toEqual({ webinarId: work.webinarId, came: 2 });
  });

  it("changes the places: refuses words and too few, gives new places to people waiting", async () => {
    const work = await webinarWith(2, 4);
    expect(await changeCapacity(handle.db, work, "lots")).toEqual({ ok: false, taken: 2 });
    expect(await changeCapacity(handle.db, work, "1")).toEqual({ ok: false, taken: 2 });
    expect(await changeCapacity(handle.db, work, "00003")).toEqual({ ok: false, taken: 2 });
    expect(await audited("webinar_updated", work.webinarId)).toEqual([]);
    expect(await changeCapacity(handle.db, work, "3")).toEqual({ ok: true });
    const people = await attendeeList(handle.db, work.webinarId);
    expect(people.map((p) => p.status)).toEqual(["confirmed", "confirmed", "confirmed", "waiting"]);
    expect(people.at(-1)!.position).toBe(1);
    const [entry] = await audited("webinar_updated", work.webinarId);
    expect(entry!.detail).toEqual({
      webinarId: work.webinarId,
      capacity: { before: 2, after: 3 },
    });
  });
});

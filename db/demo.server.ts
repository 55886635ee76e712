import { and, eq, gt } from "drizzle-orm";
import type { Database } from "./client.server";
import { inspectionTeam, inspections, localAreas, users, webinars } from "./schema";
import { hashPassword } from "../app/auth/password.server";
import { createInspection, listSurveyLinks } from "../app/inspections/inspections.server";
import { addDays, londonDateTime, londonDay } from "../app/platform/time";

export const demoAreaName = "Demo local area";
export const demoInspector = {
  email: "demo.inspector@send-voice.test",
  password: "demo-inspector-password",
  name: "Demo Inspector",
};

/**
 * Makes sure the demo inspection and inspector exist, and that the demo's surveys are open
 * today, so a demo started weeks later still works. Safe to run on every start.
 */
export async function seedDemo(db: Database, now: Date = new Date()) {
  let [user] = await db.select().from(users).where(eq(users.email, demoInspector.email));
  if (!user) {
    [user] = await db
      .insert(users)
      .values({
        email: demoInspector.email,
        name: demoInspector.name,
        passwordHash: await hashPassword(demoInspector.password),
        role: "admin",
      })
      .returning();
  }
  const [existing] = await db
    .select({ id: inspections.id, closesAt: inspections.surveysCloseAt })
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(localAreas.name, demoAreaName));
  let inspectionId = existing?.id;
  if (!inspectionId) {
    inspectionId = await createInspection(db, {
      localAreaName: demoAreaName,
      notifiedOn: londonDay(now),
      supportService: {
        name: "Demo SEND information, advice and support service (SENDIASS)",
        phone: "0300 123 4567",
        url: "https://example.org/sendiass",
      },
      team: [{ userId: user!.id, role: "lead" }],
      now,
    });
  } else if (existing!.closesAt <= now) {
    const today = londonDay(now);
    await db
      .update(inspections)
      .set({
        notifiedOn: today,
        surveysOpenAt: now,
        surveysCloseAt: londonDateTime(addDays(today, 8), "09:00"),
        surveysClosedEarly: false,
      })
      .where(eq(inspections.id, inspectionId));
  }
  await db
    .insert(inspectionTeam)
    .values({ inspectionId, userId: user!.id, role: "lead" })
    .onConflictDoNothing();
  // Two webinars ahead: a big one, and a small one that shows the waiting list quickly.
  const upcoming = await db
    .select({ id: webinars.id })
    .from(webinars)
    .where(and(eq(webinars.inspectionId, inspectionId), gt(webinars.startsAt, now)));
  if (upcoming.length === 0) {
    const today = londonDay(now);
    await db.insert(webinars).values([
      {
        inspectionId,
        title: "Meet the inspectors: parents and carers",
        startsAt: londonDateTime(addDays(today, 3), "18:30"),
        endsAt: londonDateTime(addDays(today, 3), "19:30"),
        capacity: 40,
        audience: "parents",
        host: "inspectors",
        joinUrl: "https://example.org/demo-webinar-parents",
      },
      {
        inspectionId,
        title: "Parent carer forum meeting with the inspectors",
        startsAt: londonDateTime(addDays(today, 4), "10:00"),
        endsAt: londonDateTime(addDays(today, 4), "11:30"),
        capacity: 2,
        audience: "both",
        host: "forum",
        joinUrl: "https://example.org/demo-webinar-forum",
      },
    ]);
  }
  const [{ webinarsToken }] = (await db
    .select({ webinarsToken: inspections.webinarsToken })
    .from(inspections)
    .where(eq(inspections.id, inspectionId))) as [{ webinarsToken: string }];
  return { inspectionId, webinarsToken, links: await listSurveyLinks(db, inspectionId) };
}

/*
 * A webinar of the demo inspection that ended yesterday, with two people ticked as having
 * come, for the follow-up's e2e check (#22): a webinar cannot be scheduled in the past, and
 * the e2e server's database is the server's alone once it runs.
 */
import type { Database } from "~db/client.server";
import { webinarSignups, webinars } from "~db/schema";
import { addDays, londonDateTime, londonDay } from "~/platform/time";

export const heldWebinar = {
  title: "Coffee morning with the inspectors (held)",
  came: [
    { name: "Bea Parent", email: "bea@example.org" },
    { name: "Cai Parent", email: "cai@example.org" },
  ],
} as const;

export async function seedHeldWebinar(db: Database, inspectionId: string) {
  const yesterday = addDays(londonDay(), -1);
  const [webinar] = await db
    .insert(webinars)
    .values({
      inspectionId,
      title: heldWebinar.title,
      startsAt: londonDateTime(yesterday, "10:00"),
      endsAt: londonDateTime(yesterday, "11:00"),
      capacity: 10,
      audience: "parents",
      host: "inspectors",
      joinUrl: "https://example.org/demo-webinar-coffee",
    })
    .returning({ id: webinars.id });
  await db.insert(webinarSignups).values(
    heldWebinar.came.map((person) => ({
      webinarId: webinar!.id,
      name: person.name,
      email: person.email,
      emailKey: person.email,
      role: "parent" as const,
      accessNeeds: { bsl: false, captions: false, interpreter: false, breaks: false },
      language: "en",
      status: "confirmed" as const,
      attended: true,
    })),
  );
}

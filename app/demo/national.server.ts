import { eq, inArray } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspections, localAreas, responses } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { londonDay } from "~/platform/time";
import { foldPendingCounts } from "~/summary/counts.server";
import { latestShownYear, nationalYear } from "~/summary/national";
import { seededRandom, submitRandomResponses } from "./random-responses.server";

/*
 * The demo's national picture (#18): three made-up inspections, closed, in the latest year the
 * picture shows, so an admin trying the demo sees figures rather than an empty page. They have
 * no team, so no one's list of inspections changes. Each is made through the real journey
 * (drafts, submit, the counters' fold) and then moved back into that year: the one place an
 * inspection joins a year already shown, and only a year with no inspection in it.
 */

export const demoPastAreas = [
  "Demo past area: Northvale",
  "Demo past area: Eastmoor",
  "Demo past area: Southbury",
];

/** Made once: a demo started again, or in a later year, keeps the ones it has. */
export async function seedDemoNationalYear(db: Database, now: Date = new Date()) {
  const made = await db
    .select({ id: localAreas.id })
    .from(localAreas)
    .where(inArray(localAreas.name, demoPastAreas));
  if (made.length > 0) return;
  const year = latestShownYear(londonDay(now));
  // A year already shown is frozen (#18): they go only into one that has no inspection, so
  // no figures anyone has seen change.
  const opening = await db.select({ opensAt: inspections.surveysOpenAt }).from(inspections);
  if (opening.some((i) => nationalYear(i.opensAt) === year)) return;
  // Each group big enough across the three that the picture shows it, as real areas would.
  const plan = ["child", "parent", "parent", "practitioner", "practitioner"] as const;
  for (const [i, localAreaName] of demoPastAreas.entries()) {
    const id = await createInspection(db, {
      localAreaName,
      notifiedOn: londonDay(now),
      now: new Date(now.getTime() - 60_000),
    });
    await db
      .update(inspections)
      .set({ surveysCloseAt: new Date(now.getTime() + 86_400_000) })
      .where(eq(inspections.id, id));
    const next = seededRandom(1800 + i);
    for (let round = 0; round < 5; round += 1) await submitRandomResponses(db, id, [...plan], next);
    // March, April and May of that year.
    const month = String(3 + i).padStart(2, "0");
    await db
      .update(responses)
      .set({ submittedOn: `${year}-${month}-05` })
      .where(eq(responses.inspectionId, id));
    await db
      .update(inspections)
      .set({
        notifiedOn: `${year}-${month}-02`,
        surveysOpenAt: new Date(`${year}-${month}-02T09:00:00Z`),
        surveysCloseAt: new Date(`${year}-${month}-10T09:00:00Z`),
        week2StartsOn: `${year}-${month}-09`,
        week3StartsOn: `${year}-${month}-16`,
      })
      .where(eq(inspections.id, id));
  }
  while ((await foldPendingCounts(db)) > 0);
}

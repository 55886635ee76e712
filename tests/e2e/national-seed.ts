/*
 * Three closed inspections in the last year the national picture shows (#18), for its e2e
 * check: no team (no one's list of inspections changes), made through the real journey,
 * then moved back into that year. The demo inspection is left as it is.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspections, responses } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { londonDay } from "~/platform/time";
import { foldPendingCounts } from "~/summary/counts.server";
import { latestShownYear } from "./national-year";
import { seededRandom, submitRandomResponses } from "../integration/random-responses";

export async function seedNationalYear(db: Database) {
  const year = latestShownYear();
  const plan = ["child", "parent", "parent", "practitioner", "practitioner"] as const;
  for (let i = 0; i < 3; i += 1) {
    const id = await createInspection(db, {
      localAreaName: `National picture area ${i + 1}`,
      notifiedOn: londonDay(),
      now: new Date(Date.now() - 60_000),
    });
    await db
      .update(inspections)
      .set({ surveysCloseAt: new Date(Date.now() + 86_400_000) })
      .where(eq(inspections.id, id));
    const next = seededRandom(1800 + i);
    for (let round = 0; round < 5; round += 1) await submitRandomResponses(db, id, [...plan], next);
    const day = `${year}-0${3 + i}-02`;
    await db
      .update(responses)
      .set({ submittedOn: `${year}-0${3 + i}-05` })
      .where(eq(responses.inspectionId, id));
    await db
      .update(inspections)
      .set({
        notifiedOn: day,
        surveysOpenAt: new Date(`${day}T09:00:00Z`),
        surveysCloseAt: new Date(`${year}-0${3 + i}-10T09:00:00Z`),
        week2StartsOn: `${year}-0${3 + i}-09`,
        week3StartsOn: `${year}-0${3 + i}-16`,
      })
      .where(eq(inspections.id, id));
  }
  while ((await foldPendingCounts(db)) > 0);
}

import { and, eq } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspectionTeam, inspections, localAreas, surveyLinks } from "~db/schema";
import { addDays, londonDateTime, londonDay } from "~/platform/time";
import { randomToken, readableCode } from "~/platform/random.server";
import { audiences } from "./audiences";
import type { Audience } from "./audiences";

export interface NewInspection {
  localAreaName: string;
  /** `YYYY-MM-DD`, the day the local area was told (usually a Monday). */
  notifiedOn: string;
  supportService?: { name?: string; phone?: string; url?: string };
  team?: { userId: string; role: "lead" | "member" }[];
  now?: Date;
}

/**
 * Surveys open when the inspection is created (or at 09:00 on the day of notification, when
 * it is set up ahead of that day) and close at 09:00 on the eighth day after notification,
 * as one recent area's did; inspectors can edit both.
 */
export function defaultSurveyWindow(notifiedOn: string, now: Date = new Date()) {
  return {
    opensAt: notifiedOn > londonDay(now) ? londonDateTime(notifiedOn, "09:00") : now,
    closesAt: londonDateTime(addDays(notifiedOn, 8), "09:00"),
  };
}

export async function createInspection(db: Database, input: NewInspection) {
  const window = defaultSurveyWindow(input.notifiedOn, input.now);
  return db.transaction(async (tx) => {
    const [area] = await tx
      .insert(localAreas)
      .values({ name: input.localAreaName })
      .returning({ id: localAreas.id });
    const [inspection] = await tx
      .insert(inspections)
      .values({
        localAreaId: area!.id,
        notifiedOn: input.notifiedOn,
        surveysOpenAt: window.opensAt,
        surveysCloseAt: window.closesAt,
        week2StartsOn: addDays(input.notifiedOn, 7),
        week3StartsOn: addDays(input.notifiedOn, 14),
        supportServiceName: input.supportService?.name,
        supportServicePhone: input.supportService?.phone,
        supportServiceUrl: input.supportService?.url,
        // The app's clock, not the database's: the timetable's checks read it by the same clock.
        createdAt: input.now ?? new Date(),
      })
      .returning({ id: inspections.id });
    const inspectionId = inspection!.id;
    for (const audience of audiences) {
      await tx.insert(surveyLinks).values({
        inspectionId,
        audience,
        token: randomToken(),
        // 31^6 ≈ 887 million codes: a clash is rare, and the unique index rejects it.
        shortCode: readableCode(6),
      });
    }
    if (input.team?.length) {
      await tx
        .insert(inspectionTeam)
        .values(input.team.map((member) => ({ inspectionId, ...member })));
    }
    return inspectionId;
  });
}

export async function listSurveyLinks(db: Database, inspectionId: string) {
  return db
    .select({
      audience: surveyLinks.audience,
      token: surveyLinks.token,
      shortCode: surveyLinks.shortCode,
    })
    .from(surveyLinks)
    .where(eq(surveyLinks.inspectionId, inspectionId))
    .orderBy(surveyLinks.audience);
}

export async function findSurveyLink(db: Database, audience: Audience, inspectionId: string) {
  const [link] = await db
    .select()
    .from(surveyLinks)
    .where(and(eq(surveyLinks.inspectionId, inspectionId), eq(surveyLinks.audience, audience)));
  return link;
}

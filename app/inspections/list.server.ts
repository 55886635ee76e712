import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { inspectionTeam, inspections, localAreas, responses } from "../../db/schema";

const inspectionColumns = {
  id: inspections.id,
  areaName: localAreas.name,
  notifiedOn: inspections.notifiedOn,
  opensAt: inspections.surveysOpenAt,
  closesAt: inspections.surveysCloseAt,
  closedEarly: inspections.surveysClosedEarly,
  week2: inspections.week2StartsOn,
  week3: inspections.week3StartsOn,
};

/** The inspections this inspector is on, newest first, with how many responses each has. */
export async function inspectionsFor(db: Database, userId: string) {
  return db
    .select({
      ...inspectionColumns,
      responses: sql<number>`(select count(*)::int from ${responses} where ${responses.inspectionId} = ${inspections.id})`,
    })
    .from(inspectionTeam)
    .innerJoin(inspections, eq(inspections.id, inspectionTeam.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(inspectionTeam.userId, userId))
    .orderBy(sql`${inspections.notifiedOn} desc`);
}

export async function inspectionDetail(db: Database, inspectionId: string) {
  const [row] = await db
    .select(inspectionColumns)
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(inspections.id, inspectionId));
  return row;
}

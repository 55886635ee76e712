import { eq, sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspectionTeam, inspections, localAreas, responses } from "~db/schema";
import { totalOfAudiences } from "~/summary/summary.server";
import { suppressCount } from "~/summary/suppression";
import type { ShownCell } from "~/summary/suppression";
import { audiences } from "./audiences";
import type { Audience } from "./audiences";

const inspectionColumns = {
  id: inspections.id,
  areaName: localAreas.name,
  notifiedOn: inspections.notifiedOn,
  opensAt: inspections.surveysOpenAt,
  closesAt: inspections.surveysCloseAt,
  closedEarly: inspections.surveysClosedEarly,
  week2: inspections.week2StartsOn,
  week3: inspections.week3StartsOn,
  dataDeletedAt: inspections.dataDeletedAt,
};

/**
 * The inspections this inspector is on, newest first, with how many responses each has, in
 * all and from each audience (the list shows the total only where the inspection's own pages
 * would: see totalOfAudiences).
 */
export async function inspectionsFor(db: Database, userId: string) {
  const rows = await db
    .select({
      ...inspectionColumns,
      responses: sql<number>`(select count(*)::int from ${responses} where ${responses.inspectionId} = ${inspections.id})`,
      children: sql<number>`(select count(*)::int from ${responses} where ${responses.inspectionId} = ${inspections.id} and ${responses.audience} = 'child')`,
      parents: sql<number>`(select count(*)::int from ${responses} where ${responses.inspectionId} = ${inspections.id} and ${responses.audience} = 'parent')`,
      practitioners: sql<number>`(select count(*)::int from ${responses} where ${responses.inspectionId} = ${inspections.id} and ${responses.audience} = 'practitioner')`,
    })
    .from(inspectionTeam)
    .innerJoin(inspections, eq(inspections.id, inspectionTeam.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(inspectionTeam.userId, userId))
    .orderBy(sql`${inspections.notifiedOn} desc`);
  return rows.map(({ children, parents, practitioners, ...row }) => ({
    ...row,
    byAudience: { child: children, parent: parents, practitioner: practitioners },
  }));
}

export async function inspectionDetail(db: Database, inspectionId: string) {
  const [row] = await db
    .select({ ...inspectionColumns, createdAt: inspections.createdAt })
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(inspections.id, inspectionId));
  return row;
}

/**
 * The inspections list's rows with their figures as every other view of an inspection shows
 * them: each audience's count suppressed, and the total withheld while any is hidden
 * (totalOfAudiences), so the list never gives away what the inspection's pages hide (#25).
 */
export async function inspectionsWithFigures(db: Database, userId: string, threshold: number) {
  return (await inspectionsFor(db, userId)).map((row) => ({
    ...row,
    responses: totalOfAudiences(
      Object.fromEntries(
        audiences.map((a) => [a, suppressCount(row.byAudience[a], threshold)]),
      ) as Record<Audience, ShownCell>,
      row.responses,
      threshold,
    ),
  }));
}

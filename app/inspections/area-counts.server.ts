import { and, eq, sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspections, localAreas, responses } from "~db/schema";
import { randomToken, sha256 } from "~/platform/random.server";
import { audit } from "~/auth/audit.server";
import { suppressCount, suppressRow } from "~/summary/suppression";
import type { ShownCell } from "~/summary/suppression";
import { audiences } from "./audiences";
import type { Audience } from "./audiences";

/**
 * A secret link for the local area's contact: live response counts by audience and day, no
 * answers, so the area and its parent carer forum can reach groups that are quiet. Only its
 * hash is kept; making a new link ends the old one.
 */
export async function makeAreaCountsLink(
  db: Database,
  userId: string,
  inspectionId: string,
): Promise<string> {
  const token = randomToken(24);
  await db
    .update(inspections)
    .set({ areaCountsTokenHash: sha256(token) })
    .where(eq(inspections.id, inspectionId));
  await audit(db, {
    userId,
    inspectionId,
    action: "inspection_updated",
    detail: { areaCountsLink: "made" },
  });
  return token;
}

export interface AreaCounts {
  areaName: string;
  closesAt: Date;
  totals: Record<Audience, ShownCell>;
  days: { day: string; counts: Record<Audience, ShownCell> }[];
}

export async function areaCountsByToken(
  db: Database,
  token: string,
  threshold: number,
): Promise<AreaCounts | undefined> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
  const [inspection] = await db
    .select({ id: inspections.id, areaName: localAreas.name, closesAt: inspections.surveysCloseAt })
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(and(eq(inspections.areaCountsTokenHash, sha256(token))));
  if (!inspection) return undefined;
  const rows = await db
    .select({
      day: responses.submittedOn,
      audience: responses.audience,
      count: sql<number>`count(*)::int`,
    })
    .from(responses)
    .where(eq(responses.inspectionId, inspection.id))
    .groupBy(responses.submittedOn, responses.audience)
    .orderBy(responses.submittedOn);
  const days = [...new Set(rows.map((r) => r.day))];
  const count = (day: string, audience: Audience) =>
    rows.find((r) => r.day === day && r.audience === audience)?.count ?? 0;
  // Each audience's days add up to its total: suppress them as one row, with a partner.
  const byAudience = Object.fromEntries(
    audiences.map((audience) => {
      const cells = days.map((day) => ({
        count: count(day, audience),
        people: count(day, audience),
      }));
      const total = cells.reduce((sum, c) => sum + c.count, 0);
      return [
        audience,
        {
          total: suppressCount(total, threshold),
          days: total
            ? suppressRow(cells, total, threshold).cells
            : cells.map(() => suppressCount(0, threshold)),
        },
      ];
    }),
  ) as Record<Audience, { total: ShownCell; days: ShownCell[] }>;
  return {
    areaName: inspection.areaName,
    closesAt: inspection.closesAt,
    totals: Object.fromEntries(audiences.map((a) => [a, byAudience[a].total])) as Record<
      Audience,
      ShownCell
    >,
    days: days.map((day, i) => ({
      day,
      counts: Object.fromEntries(audiences.map((a) => [a, byAudience[a].days[i]!])) as Record<
        Audience,
        ShownCell
      >,
    })),
  };
}

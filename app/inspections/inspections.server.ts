/**
 * Inspections, one module (#17): creating one (with its survey links), its lead's commands
 * (closing and reopening the surveys, changing dates) and the queries behind the inspector's
 * list and every page about one inspection. Whether surveys are open: survey-window.server.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~db/client.server";
import { inspectionTeam, inspections, localAreas, responses } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { oneLineText } from "~/platform/text";
import { addDays, londonDateTime, londonDay } from "~/platform/time";
import { frozenYearProblem } from "~/summary/national";
import { totalOfAudiences } from "~/summary/summary.server";
import { suppressCount } from "~/summary/suppression";
import type { ShownCell } from "~/summary/suppression";
import { audiences } from "./audiences";
import type { Audience } from "./audiences";
import { createSurveyLinks } from "./survey-links.server";
import { closingTimeAheadSql, whySurveysClosed } from "./survey-window.server";
import { notificationDay } from "./timetable.server";
import type { datesSchema } from "./timetable.server";

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

/** The national picture's frozen years (#18), as a last guard behind the forms' own checks. */
function refuseFrozenYear(opens: Date, before: Date | undefined, now: Date) {
  const frozen = frozenYearProblem(opens, before, londonDay(now));
  if (frozen) throw new Error(`Surveys cannot open then (${frozen.message} ${frozen.params.year})`);
}

export async function createInspection(db: Database, input: NewInspection) {
  const window = defaultSurveyWindow(input.notifiedOn, input.now);
  refuseFrozenYear(window.opensAt, undefined, input.now ?? new Date());
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
    await createSurveyLinks(tx, inspectionId);
    if (input.team?.length) {
      await tx
        .insert(inspectionTeam)
        .values(input.team.map((member) => ({ inspectionId, ...member })));
    }
    return inspectionId;
  });
}

// Creating one from the new-inspection form, and its lead's commands.

const optionalText = (max: number) =>
  oneLineText("oneLine")
    .max(max, "tooLong")
    .transform((v) => v || undefined);

export const newInspectionSchema = (now: Date = new Date()) =>
  z.object({
    localAreaName: oneLineText("oneLine").min(1, "areaRequired").max(120, "tooLong"),
    notifiedOn: notificationDay(now),
    supportName: optionalText(160),
    supportPhone: optionalText(40),
    // Only https links are shown to families: nothing that could run script.
    supportUrl: optionalText(300).refine(
      (v) => v === undefined || /^https:\/\/[^\s<>"]+$/.test(v),
      "urlInvalid",
    ),
  });

export type NewInspectionForm = z.input<ReturnType<typeof newInspectionSchema>>;

export async function createInspectionFor(
  db: Database,
  userId: string,
  form: z.output<ReturnType<typeof newInspectionSchema>>,
) {
  const id = await createInspection(db, {
    localAreaName: form.localAreaName,
    notifiedOn: form.notifiedOn,
    supportService: { name: form.supportName, phone: form.supportPhone, url: form.supportUrl },
    team: [{ userId, role: "lead" }],
  });
  await audit(db, {
    userId,
    inspectionId: id,
    action: "inspection_created",
    detail: { localAreaName: form.localAreaName, notifiedOn: form.notifiedOn },
  });
  return id;
}

/**
 * Closes the surveys now, or reopens surveys that were closed early. Reopening only works
 * while their closing time is still ahead: once it has passed, nothing changes and the
 * answer is "closingTimePassed", and the lead sets a new closing time on the dates page
 * (`updateDates` with `reopen`). Audited when something changed.
 */
export async function setSurveysClosed(
  db: Database,
  userId: string,
  inspectionId: string,
  closed: boolean,
  now: Date = new Date(),
): Promise<"closed" | "reopened" | "closingTimePassed"> {
  const changed = await db
    .update(inspections)
    .set({ surveysClosedEarly: closed, surveysClosedAt: closed ? now : null })
    .where(
      closed
        ? eq(inspections.id, inspectionId)
        : and(eq(inspections.id, inspectionId), closingTimeAheadSql(now)),
    )
    .returning({ id: inspections.id });
  if (changed.length === 0) return "closingTimePassed";
  await audit(db, {
    userId,
    inspectionId,
    action: "inspection_updated",
    detail: { surveysClosedEarly: closed },
  });
  return closed ? "closed" : "reopened";
}

export async function updateDates(
  db: Database,
  userId: string,
  inspectionId: string,
  dates: z.output<ReturnType<typeof datesSchema>>,
) {
  const [before] = await db
    .select({
      notifiedOn: inspections.notifiedOn,
      opens: inspections.surveysOpenAt,
      closes: inspections.surveysCloseAt,
      week2: inspections.week2StartsOn,
      week3: inspections.week3StartsOn,
    })
    .from(inspections)
    .where(eq(inspections.id, inspectionId));
  refuseFrozenYear(dates.opens, before?.opens, new Date());
  const { reopen, ...after } = dates;
  await db
    .update(inspections)
    .set({
      notifiedOn: dates.notifiedOn,
      surveysOpenAt: dates.opens,
      surveysCloseAt: dates.closes,
      week2StartsOn: dates.week2,
      week3StartsOn: dates.week3,
      ...(reopen ? { surveysClosedEarly: false, surveysClosedAt: null } : {}),
    })
    .where(eq(inspections.id, inspectionId));
  await audit(db, {
    userId,
    inspectionId,
    action: "inspection_updated",
    detail: { dates: { before, after }, ...(reopen ? { surveysClosedEarly: false } : {}) },
  });
}

// Queries.

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
  summaryFinalAt: inspections.summaryFinalAt,
};

/**
 * The inspections this inspector is on, newest first, with how many responses each has, in
 * all and from each audience (the list shows the total only where the inspection's own pages
 * would: see totalOfAudiences).
 */
/** The inspections this person is on the team of, with their figures; never as an organiser. */
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
    .where(and(eq(inspectionTeam.userId, userId), ne(inspectionTeam.role, "organiser")))
    .orderBy(sql`${inspections.notifiedOn} desc`);
  return rows.map(({ children, parents, practitioners, ...row }) => ({
    ...row,
    byAudience: { child: children, parent: parents, practitioner: practitioners },
  }));
}

/** The inspections this person organises the forum's webinars for (#22): their names only. */
export async function organisedInspections(db: Database, userId: string) {
  return db
    .select({ id: inspections.id, areaName: localAreas.name })
    .from(inspectionTeam)
    .innerJoin(inspections, eq(inspections.id, inspectionTeam.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(and(eq(inspectionTeam.userId, userId), eq(inspectionTeam.role, "organiser")))
    .orderBy(asc(localAreas.name));
}

/** One inspection, with why its surveys are closed now (null while they are not). */
export async function inspectionDetail(db: Database, inspectionId: string, now = new Date()) {
  const [row] = await db
    .select({ ...inspectionColumns, createdAt: inspections.createdAt })
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(inspections.id, inspectionId));
  return row && { ...row, closedBecause: whySurveysClosed(row, now) };
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

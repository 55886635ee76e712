import { and, eq, gt } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~db/client.server";
import { inspections } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { oneLineText } from "~/platform/text";
import { createInspection } from "./inspections.server";
import { notificationDay } from "./timetable.server";
import type { datesSchema } from "./timetable.server";

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
 * Why an inspection's surveys are closed, or null while they are not: their closing time has
 * passed (reopening needs a new one), or they were closed early (reopening is one press).
 */
export function whySurveysClosed(
  inspection: { closesAt: Date; closedEarly: boolean },
  now = new Date(),
): "closingTimePassed" | "closedEarly" | null {
  if (now >= inspection.closesAt) return "closingTimePassed";
  return inspection.closedEarly ? "closedEarly" : null;
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
        : and(eq(inspections.id, inspectionId), gt(inspections.surveysCloseAt, now)),
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

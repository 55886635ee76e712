import { and, eq, gt } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client.server";
import { inspections } from "../../db/schema";
import { audit } from "../auth/audit.server";
import { addDays, londonDateTime, londonDay } from "../platform/time";
import { createInspection } from "./inspections.server";

/** Day, month and year as typed into the GOV.UK date pattern, checked as a real date. */
export const realDate = z
  .object({ day: z.string(), month: z.string(), year: z.string() })
  .transform(({ day, month, year }, ctx) => {
    const [d, m, y] = [day, month, year].map((v) => Number(v.trim()));
    const date = new Date(Date.UTC(y!, m! - 1, d!));
    if (
      !/^\d{1,2}$/.test(day.trim()) ||
      !/^\d{1,2}$/.test(month.trim()) ||
      !/^\d{4}$/.test(year.trim()) ||
      date.getUTCDate() !== d ||
      date.getUTCMonth() !== m! - 1
    ) {
      ctx.addIssue({ code: "custom", message: "notifiedInvalid" });
      return z.NEVER;
    }
    return date.toISOString().slice(0, 10);
  });

/** A 24-hour time as typed ("9:30", "09.30"), checked as a real time of day; gives "09:30". */
export const timeOfDay = (message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const match = /^(\d{1,2})[:.](\d{2})$/.exec(value);
      const [hours, minutes] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
      if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
    });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((v) => v || undefined);

/**
 * The days a notification can be on: no earlier than a week ago (the surveys would already
 * have closed) and no more than eight weeks ahead (an inspection is announced 10 working
 * days before fieldwork).
 */
const notificationDay = (now: Date) =>
  realDate.superRefine((day, ctx) => {
    if (day < addDays(londonDay(now), -7))
      ctx.addIssue({ code: "custom", message: "notifiedTooLate" });
    else if (day > addDays(londonDay(now), 56))
      ctx.addIssue({ code: "custom", message: "notifiedTooFar" });
  });

export const newInspectionSchema = (now: Date = new Date()) =>
  z.object({
    localAreaName: z.string().trim().min(1, "areaRequired").max(120, "tooLong"),
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

/**
 * Changing the survey window and the week 2 and week 3 dates. Messages are `dates.errors`
 * keys. With `reopen` (surveys closed early, or whose closing time has passed), the new
 * closing time must be ahead of `now`, and saving opens the surveys again.
 */
export const datesSchema = (options: { reopen: boolean; now: Date; currentCloses?: Date }) =>
  z
    .object({
      opensOn: realDate,
      opensAt: timeOfDay("timeInvalid"),
      closesOn: realDate,
      closesAt: timeOfDay("timeInvalid"),
      week2: realDate,
      week3: realDate,
    })
    .transform((form, ctx) => {
      const opens = londonDateTime(form.opensOn, form.opensAt);
      const closes = londonDateTime(form.closesOn, form.closesAt);
      if (closes <= opens)
        ctx.addIssue({ code: "custom", path: ["closesOn"], message: "closesBeforeOpens" });
      else if (options.reopen && closes <= options.now)
        ctx.addIssue({ code: "custom", path: ["closesOn"], message: "reopenClosesPassed" });
      // A closing time moved into the past would close the surveys at once, and let the next
      // retention sweep delete drafts and recordings: closing now is its own, explained step.
      else if (closes <= options.now && closes.getTime() !== options.currentCloses?.getTime())
        ctx.addIssue({ code: "custom", path: ["closesOn"], message: "closesInPast" });
      if (form.week3 <= form.week2)
        ctx.addIssue({ code: "custom", path: ["week3"], message: "week3BeforeWeek2" });
      return { opens, closes, week2: form.week2, week3: form.week3, reopen: options.reopen };
    });

export async function updateDates(
  db: Database,
  userId: string,
  inspectionId: string,
  dates: z.output<ReturnType<typeof datesSchema>>,
) {
  const [before] = await db
    .select({
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

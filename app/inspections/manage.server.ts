import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client.server";
import { inspections } from "../../db/schema";
import { audit } from "../auth/audit.server";
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

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((v) => v || undefined);

export const newInspectionSchema = z.object({
  localAreaName: z.string().trim().min(1, "areaRequired").max(120, "tooLong"),
  notifiedOn: realDate,
  supportName: optionalText(160),
  supportPhone: optionalText(40),
  // Only https links are shown to families: nothing that could run script.
  supportUrl: optionalText(300).refine(
    (v) => v === undefined || /^https:\/\/[^\s<>"]+$/.test(v),
    "urlInvalid",
  ),
});

export type NewInspectionForm = z.input<typeof newInspectionSchema>;

export async function createInspectionFor(
  db: Database,
  userId: string,
  form: z.output<typeof newInspectionSchema>,
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

/** Closes the surveys now, or reopens them (until their closing time). Audited. */
export async function setSurveysClosed(
  db: Database,
  userId: string,
  inspectionId: string,
  closed: boolean,
) {
  await db
    .update(inspections)
    .set({ surveysClosedEarly: closed })
    .where(eq(inspections.id, inspectionId));
  await audit(db, {
    userId,
    inspectionId,
    action: "inspection_updated",
    detail: { surveysClosedEarly: closed },
  });
}

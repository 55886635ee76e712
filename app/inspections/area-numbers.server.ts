/*
 * The local area's own numbers (#18), entered by the inspection's lead: children and young
 * people with an EHC plan, with SEN support, and practitioners invited. Each is optional; the
 * overview and the evidence pack set each audience's responses against them as a response rate
 * (app/summary/response-rates.ts). Changing them is audited here.
 */
import { eq } from "drizzle-orm";
import type { Database, DbOrTx } from "~db/client.server";
import { inspections } from "~db/schema";
import { audit } from "~/auth/audit.server";
import type { AreaNumbers } from "~/summary/response-rates";
import { areaNumberFields, maxAreaNumber } from "./area-number-fields";
import type { AreaNumberField } from "./area-number-fields";

/** Why a number was refused: inspector:areaNumbers.errors.<problem>. */
export type AreaNumberProblem = "notWhole" | "tooBig";

/**
 * The numbers as typed: blank is "not known"; "2,300" and " 2300 " are 2300; anything but a
 * whole number from 0 to `maxAreaNumber` is refused, field by field.
 */
export function readAreaNumbers(
  form: Record<AreaNumberField, unknown>,
):
  | { ok: true; numbers: AreaNumbers }
  | { ok: false; problems: Partial<Record<AreaNumberField, AreaNumberProblem>> } {
  const numbers: AreaNumbers = { ehcPlans: null, senSupport: null, practitionersInvited: null };
  const problems: Partial<Record<AreaNumberField, AreaNumberProblem>> = {};
  for (const field of areaNumberFields) {
    const raw = form[field];
    const typed = typeof raw === "string" ? raw.trim().replace(/[,\s]/g, "") : "";
    if (!typed) continue;
    if (!/^\d{1,9}$/.test(typed)) problems[field] = "notWhole";
    else if (Number(typed) > maxAreaNumber) problems[field] = "tooBig";
    else numbers[field] = Number(typed);
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, numbers };
}

/** The inspection's numbers as the lead last entered them (null where not entered). */
export async function areaNumbers(db: DbOrTx, inspectionId: string): Promise<AreaNumbers> {
  const [row] = await db
    .select({
      ehcPlans: inspections.areaEhcPlans,
      senSupport: inspections.areaSenSupport,
      practitionersInvited: inspections.areaPractitionersInvited,
    })
    .from(inspections)
    .where(eq(inspections.id, inspectionId));
  return row ?? { ehcPlans: null, senSupport: null, practitionersInvited: null };
}

/** A lead sets the numbers (blank ones are cleared). Audited with before and after. */
export async function setAreaNumbers(
  db: Database,
  input: { userId: string; inspectionId: string; numbers: AreaNumbers },
) {
  await db.transaction(async (tx) => {
    const before = await areaNumbers(tx, input.inspectionId);
    await tx
      .update(inspections)
      .set({
        areaEhcPlans: input.numbers.ehcPlans,
        areaSenSupport: input.numbers.senSupport,
        areaPractitionersInvited: input.numbers.practitionersInvited,
      })
      .where(eq(inspections.id, input.inspectionId));
    await audit(tx, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "area_numbers_changed",
      detail: { before, after: input.numbers },
    });
  });
}

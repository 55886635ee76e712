import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspections } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { surveysHaveOpened, whySurveysClosed } from "./survey-window.server";
import type { SurveyWindow } from "./survey-window.server";

/*
 * The summary marked final (#20, docs/decisions/0010-late-paper-and-changing-version.md): paper forms that reach
 * the team after the surveys closed are keyed in, and counted as late, until the lead marks
 * the summary final; from then on no paper form is keyed in. The lead can undo it (a form
 * found in a drawer the next morning still counts), and both are audited.
 */

export interface PaperWindow extends SurveyWindow {
  dataDeletedAt: Date | null;
  summaryFinalAt: Date | null;
}

/** Why a paper form cannot be keyed in now, or null when it can: the one home of the rule. */
export function whyPaperRefused(
  inspection: PaperWindow,
  now = new Date(),
): "dataDeleted" | "notOpenYet" | "final" | null {
  if (inspection.dataDeletedAt) return "dataDeleted";
  if (!surveysHaveOpened(inspection, now)) return "notOpenYet";
  if (inspection.summaryFinalAt) return "final";
  return null;
}

/** Whether a paper form keyed in now comes late: after the surveys closed. */
export const isLatePaper = (inspection: SurveyWindow, now = new Date()) =>
  whySurveysClosed(inspection, now) !== null;

/**
 * Marks the summary final, or undoes it; audited. Returns false when it was already so (a
 * repeated post changes nothing and is not audited twice).
 */
export async function setSummaryFinal(
  db: Database,
  input: { userId: string; inspectionId: string; final: boolean; now?: Date },
): Promise<boolean> {
  const { userId, inspectionId, final } = input;
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(inspections)
      .set({ summaryFinalAt: final ? (input.now ?? new Date()) : null })
      .where(
        and(
          eq(inspections.id, inspectionId),
          final ? isNull(inspections.summaryFinalAt) : isNotNull(inspections.summaryFinalAt),
        ),
      )
      .returning({ id: inspections.id });
    if (changed.length === 0) return false;
    await audit(tx, {
      userId,
      inspectionId,
      action: final ? "summary_final" : "summary_final_undone",
    });
    return true;
  });
}

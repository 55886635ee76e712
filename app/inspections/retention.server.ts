import { and, eq, isNull, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { Database, Transaction } from "~db/client.server";
import { rowsOf } from "~db/client.server";
import {
  answers,
  auditLog,
  commentCodes,
  comments,
  drafts,
  inspections,
  organiserInvitations,
  pendingCounts,
  recordings,
  responses,
  summaryCounts,
  surveyLinks,
  webinarFeedback,
  webinarFeedbackLinks,
  webinarSignups,
  webinars,
} from "~db/schema";
import { audit } from "~/auth/audit.server";
import { formatDate } from "~/i18n/format";
import { settings } from "~/platform/settings.server";
import type { Retention } from "~/platform/settings.server";
import { addDays, addMonths, londonDateTime, londonDay, londonTimeOfDay } from "~/platform/time";
import { holdCountsLock } from "~/summary/counts.server";
import { hasOpenConcerns } from "~/safeguarding/concerns.server";

/*
 * Retention of whole inspections (#16). An inspection ends when week 3, on site, ends: at
 * midnight UK time seven days after week 3 starts (the schema's last date), or when its
 * surveys close if that is later (a window stretched past the timetable before it was
 * checked). RETENTION_YEARS after that (in whole months; settings.server.ts) the hourly sweep
 * deletes everything people sent for it, and what was made from it, in one transaction:
 * responses with their answers, comments and comment codes, recordings, saved drafts, the
 * summary's counters, webinars with any sign-ups left and their feedback (answers and unused
 * links), the local area's counts link, and the detail of its audit entries. The inspection
 * row, its dates, survey links and team stay, so the audit log (who did what, and the one
 * entry with what was deleted) still says which inspection it was.
 */

/** When an inspection ends: the end of week 3, or its surveys' close if that is later. */
export function inspectionEnds(inspection: { week3: string; closesAt: Date }): Date {
  const week3Ends = londonDateTime(addDays(inspection.week3, 7), "00:00");
  return inspection.closesAt > week3Ends ? inspection.closesAt : week3Ends;
}

/** When the sweep deletes what people sent: the retention time after the inspection ends. */
export function dataDeletedAfter(
  inspection: { week3: string; closesAt: Date },
  retention: Retention = settings().retention,
): Date {
  const ends = inspectionEnds(inspection);
  return londonDateTime(addMonths(londonDay(ends), retention.months), londonTimeOfDay(ends));
}

/**
 * What a lead reads on the overview, as days in the page's language: the last day of the
 * inspection, and the day what people sent for it is deleted, or was.
 */
export function retentionNotice(
  inspection: { week3: string; closesAt: Date; dataDeletedAt: Date | null },
  language: string,
  retention: Retention = settings().retention,
) {
  const day = (instant: Date) => formatDate(londonDay(instant), language);
  // Ending at midnight, it was last running the day before.
  const lastDay = new Date(inspectionEnds(inspection).getTime() - 1);
  return {
    lastDay: day(lastDay),
    deletes: day(dataDeletedAfter(inspection, retention)),
    deletedOn: inspection.dataDeletedAt ? day(inspection.dataDeletedAt) : null,
  };
}

/** What the sweep deleted for one inspection: the audit entry's detail, counts only. */
export interface DeletedCounts {
  responses: number;
  answers: number;
  comments: number;
  commentCodes: number;
  recordings: number;
  drafts: number;
  counters: number;
  webinars: number;
  signups: number;
  invitations: number;
  /** Webinar feedback given, and feedback links never used. */
  feedback: number;
  feedbackLinks: number;
  areaCountsLinks: number;
  auditDetails: number;
}

/** Runs a delete (or update) and counts its rows in the database, not by sending them back. */
async function counted(tx: Transaction, statement: SQL): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(
      sql`with gone as (${statement} returning 1) select count(*)::int as n from gone`,
    ),
  );
  return row?.n ?? 0;
}

/**
 * Deletes what people sent for one inspection whose retention time has passed, in one
 * transaction, and audits it as one entry with the counts. The row is locked first and
 * marked, so two processes sweeping at once delete it once. Null when there was nothing to
 * do (already done, or not due after all).
 */
export async function deleteInspectionData(
  db: Database,
  inspectionId: string,
  now: Date,
  retention: Retention,
): Promise<DeletedCounts | null> {
  return db.transaction(async (txn) => {
    const tx = txn;
    const [row] = await tx
      .select({ week3: inspections.week3StartsOn, closesAt: inspections.surveysCloseAt })
      .from(inspections)
      .where(and(eq(inspections.id, inspectionId), isNull(inspections.dataDeletedAt)))
      .for("update");
    if (!row || dataDeletedAfter(row, retention) > now) return null;
    // A comment that may be a disclosure is kept until someone has decided about it (#19):
    // the sweep tries again each hour, and deletes once the last decision is recorded.
    if (await hasOpenConcerns(tx, inspectionId)) return null;
    // No fold may add to its counters while they go.
    await holdCountsLock(tx);
    const id = inspectionId;
    const ofComments = sql`select ${comments.id} from ${comments} where ${comments.inspectionId} = ${id}`;
    const ofLinks = sql`select ${surveyLinks.id} from ${surveyLinks} where ${surveyLinks.inspectionId} = ${id}`;
    const ofWebinars = sql`select ${webinars.id} from ${webinars} where ${webinars.inspectionId} = ${id}`;
    // Children first, so each is counted before a cascade would take it unseen.
    const counts: DeletedCounts = {
      recordings: await counted(tx, sql`delete from ${recordings} where inspection_id = ${id}`),
      drafts: await counted(tx, sql`delete from ${drafts} where survey_link_id in (${ofLinks})`),
      commentCodes: await counted(
        tx,
        sql`delete from ${commentCodes} where comment_id in (${ofComments})`,
      ),
      comments: await counted(tx, sql`delete from ${comments} where inspection_id = ${id}`),
      answers: await counted(tx, sql`delete from ${answers} where inspection_id = ${id}`),
      counters:
        (await counted(tx, sql`delete from ${summaryCounts} where inspection_id = ${id}`)) +
        (await counted(tx, sql`delete from ${pendingCounts} where inspection_id = ${id}`)),
      responses: await counted(tx, sql`delete from ${responses} where inspection_id = ${id}`),
      // Their booking links and emails go with them.
      signups: await counted(
        tx,
        sql`delete from ${webinarSignups} where webinar_id in (${ofWebinars})`,
      ),
      feedback: await counted(
        tx,
        sql`delete from ${webinarFeedback} where webinar_id in (${ofWebinars})`,
      ),
      feedbackLinks: await counted(
        tx,
        sql`delete from ${webinarFeedbackLinks} where webinar_id in (${ofWebinars})`,
      ),
      webinars: await counted(tx, sql`delete from ${webinars} where inspection_id = ${id}`),
      // Forum organisers' invitations, with the addresses they went to.
      invitations: await counted(
        tx,
        sql`delete from ${organiserInvitations} where inspection_id = ${id}`,
      ),
      areaCountsLinks: await counted(
        tx,
        sql`update ${inspections} set area_counts_token_hash = null
            where id = ${id} and area_counts_token_hash is not null`,
      ),
      // Who did what and when stays; what the entries said about it goes.
      auditDetails: await counted(
        tx,
        sql`update ${auditLog} set detail = '{}'::jsonb
            where inspection_id = ${id} and detail <> '{}'::jsonb`,
      ),
    };
    await tx.update(inspections).set({ dataDeletedAt: now }).where(eq(inspections.id, id));
    await audit(tx, {
      inspectionId: id,
      action: "inspection_data_deleted",
      detail: { ...counts },
      at: now,
    });
    return counts;
  });
}

/**
 * The hourly sweep's part: every inspection whose retention time has passed and whose data
 * is still here, each in its own transaction. Returns how many were deleted.
 */
export async function deleteEndedInspections(
  db: Database,
  now = new Date(),
  retention: Retention = settings().retention,
): Promise<number> {
  const kept = await db
    .select({
      id: inspections.id,
      week3: inspections.week3StartsOn,
      closesAt: inspections.surveysCloseAt,
    })
    .from(inspections)
    .where(isNull(inspections.dataDeletedAt));
  let deleted = 0;
  for (const inspection of kept) {
    if (dataDeletedAfter(inspection, retention) > now) continue;
    if (await deleteInspectionData(db, inspection.id, now, retention)) deleted += 1;
  }
  return deleted;
}

import type { DbOrTx } from "~db/client.server";
import { auditLog } from "~db/schema";

export type AuditAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_password"
  | "two_factor_failed"
  | "two_factor_on"
  | "two_factor_off"
  | "two_factor_off_failed"
  | "two_factor_reset"
  | "sign_out"
  | "inspection_created"
  | "inspection_updated"
  | "summary_viewed"
  | "national_viewed"
  | "comments_viewed"
  | "export"
  | "recode"
  | "team_changed"
  | "paper_response_started"
  | "paper_response_keyed"
  | "webinar_created"
  | "webinar_updated"
  | "webinar_cancelled"
  | "attendees_viewed"
  | "attendance_marked"
  | "account_created"
  | "account_disabled"
  | "account_enabled"
  | "password_reset"
  | "password_changed"
  | "password_change_failed"
  | "recording_played"
  | "recording_deleted"
  | "inspection_data_deleted"
  | "concerns_viewed"
  | "concern_decided"
  | "safeguarding_guidance_changed"
  | "comment_read"
  | "theme_changed"
  | "organiser_invited"
  | "organiser_invitation_withdrawn"
  | "organiser_joined"
  | "access_need_arranged"
  | "webinar_followed_up"
  | "area_numbers_changed"
  | "bulk_accept"
  | "bulk_read"
  | "bulk_undo"
  | "summary_final"
  | "summary_final_undone";

/** Who did what, when. Details never hold survey free text or passwords. Answers the entry's id. */
export async function audit(
  db: DbOrTx,
  entry: {
    userId?: string | null;
    inspectionId?: string | null;
    action: AuditAction;
    detail?: Record<string, unknown>;
    /** When, for work done by a job on its own clock; otherwise the database's now. */
    at?: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(auditLog)
    .values({
      userId: entry.userId ?? null,
      inspectionId: entry.inspectionId ?? null,
      action: entry.action,
      detail: entry.detail ?? {},
      ...(entry.at ? { at: entry.at } : {}),
    })
    .returning({ id: auditLog.id });
  return row!.id;
}

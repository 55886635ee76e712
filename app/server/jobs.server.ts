import type { Database } from "~db/client.server";
import { deliverDue, forgetSentMail, setMailWorker } from "~/mail/outbox.server";
import type { MailTransport } from "~/mail/outbox.server";
import { deleteEndedSessions } from "~/auth/session.server";
import { deleteEndedInspections } from "~/inspections/retention.server";
import { deleteExpiredRecordings } from "~/recordings/recordings.server";
import { deleteDraftsOfClosedSurveys } from "~/responses/drafts.server";
import { foldPendingCounts } from "~/summary/counts.server";
import { deleteOldSignups, deleteStaleSignUpRequests } from "~/webinars/webinars.server";
import { logInfo } from "~/platform/log.server";
import { loop } from "~/platform/loop.server";
import type { Loop } from "~/platform/loop.server";
import { countMailSendFailures } from "~/platform/metrics.server";
import { deleteStaleRateLimits } from "~/platform/rate-limit.server";
import { deleteSpentInvitations } from "~/auth/organiser-invitations.server";
import { settings } from "~/platform/settings.server";

/*
 * Background work, on the database every app process shares: the outbox is the mail queue
 * (rows are claimed with SKIP LOCKED, so several processes can run this safely), and the
 * retention sweep deletes what the privacy notices promise to delete, and the counts job
 * folds new responses into the summary's counters (one advisory lock). All are idempotent.
 */

/**
 * Deletes drafts of closed surveys (with their recordings), webinar sign-ups 30 days after
 * their webinar (and unconfirmed ones once their link has stopped working), untranscribed
 * recordings `RECORDING_DAYS` after their survey closed, and everything people sent for an
 * inspection `RETENTION_YEARS` after it ended; rate-limit counts long out of their window;
 * organiser invitations once used or run out; and what sent mail still held of its person.
 */
export async function runRetention(db: Database, now = new Date()) {
  const drafts = await deleteDraftsOfClosedSurveys(db, now);
  const signups = await deleteOldSignups(db, now);
  const requests = await deleteStaleSignUpRequests(db, now);
  const recordings = await deleteExpiredRecordings(db, now);
  const sessions = await deleteEndedSessions(db, now);
  const inspections = await deleteEndedInspections(db, now);
  const limits = await deleteStaleRateLimits(db, now);
  const invitations = await deleteSpentInvitations(db, now);
  const sentMail = await forgetSentMail(db);
  const deleted = {
    drafts,
    signups,
    requests,
    recordings,
    sessions,
    inspections,
    limits,
    invitations,
    sentMail,
  };
  if (Object.values(deleted).some((count) => count > 0)) logInfo("retention", deleted);
  return deleted;
}

let mailLoop: Loop | undefined;
let retentionLoop: Loop | undefined;
let countsLoop: Loop | undefined;

export function startJobs(db: Database, transport: MailTransport) {
  const { mailPollMs: mailEveryMs, countsFoldMs: foldEveryMs } = settings().jobs;
  mailLoop = loop("mail", mailEveryMs, async () => {
    // Keep going while a full batch was sent: a backlog drains without waiting for the timer.
    for (;;) {
      const { sent, failed } = await deliverDue(db, transport);
      countMailSendFailures(failed);
      if (sent + failed < 10) return;
    }
  });
  setMailWorker(mailLoop.wake);
  retentionLoop = loop("retention", 60 * 60_000, () => runRetention(db));
  // Once a second, so each fold takes every response sent in that second: a counter moves
  // once a batch, not once a response. The summary adds what is still waiting meanwhile.
  countsLoop = loop("counts", foldEveryMs, async () => {
    const batch = 2_000;
    while ((await foldPendingCounts(db, batch)) === batch);
  });
}

/** Stops the loops; resolves once the runs under way have finished (a stop finishes its job). */
export async function stopJobs(): Promise<void> {
  await Promise.all([mailLoop?.stop(), retentionLoop?.stop(), countsLoop?.stop()]);
}

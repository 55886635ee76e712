import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "~db/client.server";
import { outbox } from "~db/schema";
import type { OutboxMessage } from "~db/schema";
import { logError } from "~/platform/log.server";
import { publicOrigin } from "~/platform/public-url.server";

export type NewMessage = typeof outbox.$inferInsert;

export interface MailMessage {
  /** The outbox row's id: transports pass it on as a reference, so a resend can be spotted. */
  id: string;
  to: string;
  subject: string;
  body: string;
  calendar?: string;
}

export interface MailTransport {
  name: string;
  send(message: MailMessage): Promise<void>;
}

/**
 * Stands for the site's address in a queued message; replaced with PUBLIC_URL as it is sent,
 * so links are built when sent and a restart with the right setting puts waiting ones right.
 * An address that can never resolve, should one ever escape unreplaced.
 */
export const publicUrlMark = "https://public-url.send-voice.invalid";

/** A queued message's text with the site's address as PUBLIC_URL says now. */
export function withPublicUrl(text: string): string {
  return text.replaceAll(publicUrlMark, publicOrigin());
}

/** Write it inside the transaction that causes it: either both are stored or neither. */
export async function enqueue(db: DbOrTx, messages: NewMessage[]): Promise<void> {
  if (messages.length > 0) await db.insert(outbox).values(messages);
}

/** 30 s, 1 min, 2 min … capped at an hour: a mail service that is down is not hammered. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** How long a claimed message is left to one worker before another may try it. */
const claimMs = 2 * 60_000;

/**
 * Claims due messages, sends them, and records the result. Several processes can run this at
 * once: `FOR UPDATE SKIP LOCKED` and the claim time keep each message with one of them.
 * Returns how many were sent and how many failed this round.
 */
export async function deliverDue(
  db: Database,
  transport: MailTransport,
  options: { now?: Date; batch?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  // Too late to be of use (a reminder for a webinar that has started): dropped, not sent.
  await db.delete(outbox).where(and(isNull(outbox.sentAt), lte(outbox.expiresAt, now)));
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        lte(outbox.sendAfter, now),
        or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(outbox.sendAfter))
    .limit(options.batch ?? 10)
    .for("update", { skipLocked: true });
  const claimed: OutboxMessage[] = await db
    .update(outbox)
    .set({
      lockedUntil: new Date(now.getTime() + claimMs),
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(inArray(outbox.id, due))
    .returning();

  // The clock this round runs on: the given time, moving on as the real one does.
  const startedAt = Date.now();
  const clock = () => now.getTime() + (Date.now() - startedAt);
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    // Each message's claim starts again just before it is sent, so a slow batch never lets
    // another worker take (and send again) a message still waiting its turn here. The claim
    // is ours only while its attempt count is the one we set: another worker that took it
    // after our claim ran out counted one more, and then it is theirs to send.
    const stillOurs = await db
      .update(outbox)
      .set({ lockedUntil: new Date(clock() + claimMs) })
      .where(and(eq(outbox.id, row.id), isNull(outbox.sentAt), eq(outbox.attempts, row.attempts)))
      .returning({ id: outbox.id });
    if (stillOurs.length === 0) continue;
    try {
      await transport.send({
        id: row.id,
        to: row.to,
        subject: row.subject,
        body: withPublicUrl(row.body ?? ""),
        calendar: row.calendar ? withPublicUrl(row.calendar) : undefined,
      });
      // Sent: nothing of the person is needed here any more — not the body (which holds a
      // booking or feedback link), nor the address it went to (forgetSentMail).
      await db
        .update(outbox)
        .set({
          sentAt: new Date(clock()),
          ...forgotten,
          lockedUntil: null,
          lastError: null,
        })
        .where(eq(outbox.id, row.id));
      sent += 1;
    } catch (error) {
      failed += 1;
      const reason = error instanceof Error ? error.name : "error";
      logError("mail_failed", error, { transport: transport.name, attempts: row.attempts });
      await db
        .update(outbox)
        .set({
          lockedUntil: null,
          sendAfter: new Date(now.getTime() + retryDelayMs(row.attempts)),
          lastError: `${reason} (attempt ${row.attempts})`,
        })
        .where(eq(outbox.id, row.id));
    }
  }
  return { sent, failed };
}

/** What a sent message keeps of its person: nothing (its kind, subject and times stay). */
const forgotten = { to: "", body: null, calendar: null };

/**
 * The retention sweep's part: any sent message still holding an address, a body or a
 * calendar file (sent before sending forgot them) forgets them. Returns how many.
 */
export async function forgetSentMail(db: Database): Promise<number> {
  const rows = await db
    .update(outbox)
    .set(forgotten)
    .where(
      and(
        isNotNull(outbox.sentAt),
        or(ne(outbox.to, ""), isNotNull(outbox.body), isNotNull(outbox.calendar)),
      ),
    )
    .returning({ id: outbox.id });
  return rows.length;
}

let wakeWorker: (() => void) | undefined;

/** The mail job's wake-up, set when the jobs start (app/server/jobs.server.ts). */
export function setMailWorker(wake: () => void): void {
  wakeWorker = wake;
}

/** Sends new mail now rather than at the next poll (after a sign-up or a cancellation). */
export function wakeMailWorker(): void {
  wakeWorker?.();
}

export interface OutboxBacklog {
  /** Messages that should have gone by now: due and unsent, including those being retried. */
  waiting: number;
  /** Of those, how many failed at least once and wait to be tried again. */
  retrying: number;
  /** About how long the one due longest has been due, in seconds (0 when none waits). */
  oldestWaitingSeconds: number;
}

/** When a message that failed `attempts` times was first due, from its next try's time. */
function firstDueOf(nextTry: Date, attempts: number): number {
  let backoff = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) backoff += retryDelayMs(attempt);
  return nextTry.getTime() - backoff;
}

/**
 * How far behind the mail is, for the operator's metrics: counts only, never whom. A message
 * being retried waits for its next try, yet counts as waiting since it was first due.
 */
export async function outboxBacklog(db: Database, now = new Date()): Promise<OutboxBacklog> {
  const groups = await db
    .select({
      attempts: outbox.attempts,
      count: sql<number>`count(*)::int`,
      nextTry: sql<Date | string>`min(${outbox.sendAfter})`,
      created: sql<Date | string>`min(${outbox.createdAt})`,
    })
    .from(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        or(isNull(outbox.expiresAt), gt(outbox.expiresAt, now)),
        or(lte(outbox.sendAfter, now), gt(outbox.attempts, 0)),
      ),
    )
    .groupBy(outbox.attempts);
  let oldestDue = now.getTime();
  for (const group of groups) {
    const nextTry = new Date(group.nextTry);
    const due =
      group.attempts === 0
        ? nextTry.getTime()
        : Math.max(new Date(group.created).getTime(), firstDueOf(nextTry, group.attempts));
    oldestDue = Math.min(oldestDue, due);
  }
  return {
    waiting: groups.reduce((sum, group) => sum + group.count, 0),
    retrying: groups.reduce((sum, group) => sum + (group.attempts > 0 ? group.count : 0), 0),
    oldestWaitingSeconds: Math.max(0, Math.round((now.getTime() - oldestDue) / 1000)),
  };
}

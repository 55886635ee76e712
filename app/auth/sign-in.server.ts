import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { users } from "../../db/schema";
import { clearFailedGuesses, countFailedGuess, guessingWait } from "../platform/guessing.server";
import { clearRateLimitHit, hitRateLimit, resetRateLimit } from "../platform/rate-limit.server";
import { audit } from "./audit.server";
import { hashPassword, verifyPassword } from "./password.server";

/** Password attempts per account, counted before checking (sign-in and the account page). */
export const perAccount = { limit: 10, windowMs: 15 * 60_000 };
/** The counter of password attempts on one account, wherever the password is asked for. */
export const passwordGuessKey = (email: string) => `sign-in:${email.trim().toLowerCase()}`;
// Compared against when the email is unknown, so both cases take the same time.
let decoyHash: Promise<string> | undefined;

/** Password checks run at once; more wait in turn, and past `queued` are turned away. */
const hashing = { running: 0, most: 4, queued: 32, waiting: [] as (() => void)[] };

export async function withHashSlot<T>(work: () => Promise<T>): Promise<T | undefined> {
  if (hashing.running >= hashing.most) {
    if (hashing.waiting.length >= hashing.queued) return undefined;
    await new Promise<void>((resolve) => hashing.waiting.push(resolve));
  } else {
    hashing.running += 1;
  }
  try {
    return await work();
  } finally {
    const next = hashing.waiting.shift();
    if (next) next();
    else hashing.running -= 1;
  }
}

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "rate_limited"; retryAfterSeconds?: number };

/**
 * Checks an email and password and audits the outcome. Guessing is limited two ways, neither
 * of which lets one person lock out everyone (#16, finding 2):
 *
 * - per client (`clientKey`, a keyed hash of its address held in memory,
 *   app/platform/guessing.server.ts): a client that keeps failing is asked to wait, before
 *   any database work;
 * - per account: every attempt is counted in one atomic statement *before* the password is
 *   checked, so thirty at once cannot all be tried; a right password clears the count.
 *
 * There is no limit on everyone together; password checks are bounded in number instead, so
 * a flood slows sign-in down without refusing a person who has not been guessing.
 */
export async function signIn(
  db: Database,
  email: string,
  password: string,
  now = new Date(),
  clientKey = "unknown",
): Promise<SignInResult> {
  const normalised = email.trim().toLowerCase();
  const accountKey = passwordGuessKey(normalised);
  const clientWait = guessingWait("sign-in", clientKey, now.getTime());
  if (clientWait > 0) {
    await audit(db, { action: "sign_in_failed", detail: { reason: "rate_limited" } });
    return { ok: false, reason: "rate_limited", retryAfterSeconds: clientWait };
  }
  const account = await hitRateLimit(db, accountKey, perAccount.limit, perAccount.windowMs, now);
  if (!account.allowed) {
    countFailedGuess("sign-in", clientKey, now.getTime());
    await audit(db, { action: "sign_in_failed", detail: { reason: "rate_limited" } });
    return { ok: false, reason: "rate_limited", retryAfterSeconds: account.retryAfterSeconds };
  }
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, normalised));
  decoyHash ??= hashPassword("decoy password for unknown accounts");
  const stored = user?.passwordHash ?? (await decoyHash);
  const valid = await withHashSlot(() => verifyPassword(password, stored));
  if (valid === undefined) {
    // Too many checks waiting: this attempt was not tried, so it does not count.
    await clearRateLimitHit(db, accountKey);
    return { ok: false, reason: "rate_limited", retryAfterSeconds: 2 };
  }
  if (!user || !valid || user.disabledAt) {
    countFailedGuess("sign-in", clientKey, now.getTime());
    await audit(db, {
      userId: user?.id ?? null,
      action: "sign_in_failed",
      detail: { reason: "invalid" },
    });
    return { ok: false, reason: "invalid" };
  }
  await resetRateLimit(db, accountKey);
  clearFailedGuesses("sign-in", clientKey);
  await audit(db, { userId: user.id, action: "sign_in" });
  return { ok: true, userId: user.id };
}

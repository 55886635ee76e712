import { eq } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { users } from "~db/schema";
import { clearFailedGuesses, countFailedGuess, guessingWait } from "~/platform/guessing.server";
import { clearRateLimitHit, hitRateLimit, resetRateLimit } from "~/platform/rate-limit.server";
import { audit } from "./audit.server";
import {
  hashPassword,
  passwordGuessKey,
  perAccount,
  verifyPassword,
  withHashSlot,
} from "./password.server";
import { twoFactorRequired } from "./two-factor.server";

// Compared against when the email is unknown, so both cases take the same time.
let decoyHash: Promise<string> | undefined;

export type SignInResult =
  /** `secondStep`: a code is asked for next, or two-step sign-in must be set up first. */
  | { ok: true; userId: string; secondStep?: "code" | "setup" }
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
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      twoFactorOnAt: users.twoFactorOnAt,
    })
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
  const secondStep = user.twoFactorOnAt ? "code" : twoFactorRequired(user) ? "setup" : undefined;
  if (secondStep) {
    // Half-way: the session starts only after the second step (sign-in.tsx, finishSignIn).
    await audit(db, { userId: user.id, action: "sign_in_password", detail: { secondStep } });
    return { ok: true, userId: user.id, secondStep };
  }
  await audit(db, { userId: user.id, action: "sign_in" });
  return { ok: true, userId: user.id };
}

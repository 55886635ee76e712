import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { users } from "../../db/schema";
import { hitRateLimit, isRateLimited } from "../platform/rate-limit.server";
import { audit } from "./audit.server";
import { hashPassword, verifyPassword } from "./password.server";

const perAccount = { limit: 10, windowMs: 15 * 60_000 }; // failed attempts
const everyone = { limit: 300, windowMs: 60_000 };
// Compared against when the email is unknown, so both cases take the same time.
let decoyHash: Promise<string> | undefined;

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "rate_limited"; retryAfterSeconds?: number };

/** Checks an email and password, with limits per account and overall, and audits the outcome. */
export async function signIn(
  db: Database,
  email: string,
  password: string,
  now = new Date(),
): Promise<SignInResult> {
  const normalised = email.trim().toLowerCase();
  const accountKey = `sign-in:${normalised}`;
  // Failed attempts per account, and all attempts together, are limited.
  const account = await isRateLimited(db, accountKey, perAccount.limit, perAccount.windowMs, now);
  const all = await hitRateLimit(db, "sign-in:*", everyone.limit, everyone.windowMs, now);
  if (account.limited || !all.allowed) {
    await audit(db, { action: "sign_in_failed", detail: { reason: "rate_limited" } });
    return {
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: Math.max(
        account.retryAfterSeconds,
        all.allowed ? 0 : all.retryAfterSeconds,
      ),
    };
  }
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, normalised));
  decoyHash ??= hashPassword("decoy password for unknown accounts");
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid || user.disabledAt) {
    await hitRateLimit(db, accountKey, perAccount.limit, perAccount.windowMs, now);
    await audit(db, {
      userId: user?.id ?? null,
      action: "sign_in_failed",
      detail: { reason: "invalid" },
    });
    return { ok: false, reason: "invalid" };
  }
  await audit(db, { userId: user.id, action: "sign_in" });
  return { ok: true, userId: user.id };
}

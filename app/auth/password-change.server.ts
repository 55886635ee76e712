import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~db/client.server";
import { users } from "~db/schema";
import { hitRateLimit, resetRateLimit } from "~/platform/rate-limit.server";
import { audit } from "./audit.server";
import {
  hashPassword,
  minimumPasswordLength,
  passwordGuessKey,
  perAccount,
  verifyPassword,
  withHashSlot,
} from "./password.server";

/** Messages are keys under `account.password.errors` (inspector namespace). */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "currentRequired").max(1000, "tooLong"),
    newPassword: z
      .string()
      .min(1, "newRequired")
      .min(minimumPasswordLength, "newTooShort")
      .max(1000, "tooLong"),
    confirmPassword: z.string().max(1000, "tooLong"),
  })
  .superRefine((form, context) => {
    if (form.newPassword === form.currentPassword)
      context.addIssue({ code: "custom", path: ["newPassword"], message: "newSameAsCurrent" });
    else if (form.confirmPassword !== form.newPassword)
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: "confirmDifferent" });
  });

export type ChangePasswordResult =
  | { ok: true; signedInAt: number }
  | { ok: false; reason: "wrong" | "rate_limited"; retryAfterSeconds?: number };

/**
 * A signed-in inspector changes their own password, proving the current one again. Every
 * session signed in before now ends (a stolen cookie stops working); the caller starts a fresh
 * one for this person at `signedInAt`. Wrong current passwords count with wrong sign-ins on the
 * same account, so a session left open cannot be used to guess it.
 */
export async function changePassword(
  db: Database,
  userId: string,
  form: z.output<typeof changePasswordSchema>,
  now = new Date(),
): Promise<ChangePasswordResult> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { ok: false, reason: "wrong" };
  const guessKey = passwordGuessKey(user.email);
  const limit = await hitRateLimit(db, guessKey, perAccount.limit, perAccount.windowMs, now);
  if (!limit.allowed)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  const valid = await withHashSlot(() => verifyPassword(form.currentPassword, user.passwordHash));
  if (valid === undefined) return { ok: false, reason: "rate_limited", retryAfterSeconds: 2 };
  if (!valid) {
    await audit(db, { userId, action: "password_change_failed" });
    return { ok: false, reason: "wrong" };
  }
  await resetRateLimit(db, guessKey);
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(form.newPassword), sessionsValidFrom: now })
    .where(eq(users.id, userId));
  await audit(db, { userId, action: "password_changed" });
  return { ok: true, signedInAt: now.getTime() };
}

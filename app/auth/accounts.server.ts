import { asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~db/client.server";
import { auditLog, inspections, localAreas, users } from "~db/schema";
import { randomToken } from "~/platform/random.server";
import { oneLineText } from "~/platform/text";
import { audit } from "./audit.server";
import { hashPassword } from "./password.server";
import { clearTwoFactor } from "./two-factor.server";

export const newAccountSchema = z.object({
  name: oneLineText("oneLine").min(1, "nameRequired").max(120, "tooLong"),
  email: oneLineText("emailInvalid")
    .toLowerCase()
    .min(1, "emailRequired")
    .max(254, "tooLong")
    .regex(/^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\]+$/, "emailInvalid"),
  role: z.enum(["admin", "inspector"], { error: "roleRequired" }),
});

export async function listAccounts(db: Database) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
      twoFactorOn: sql<boolean>`${users.twoFactorOnAt} is not null`,
    })
    .from(users)
    .orderBy(asc(users.name));
}

/**
 * Makes an account with a strong one-time password, shown once to the admin to pass on by
 * a safe route. Returns undefined when the address already has an account.
 */
export async function createAccount(
  db: Database,
  adminId: string,
  form: z.output<typeof newAccountSchema>,
) {
  const password = randomToken(15);
  const [created] = await db
    .insert(users)
    .values({ ...form, passwordHash: await hashPassword(password) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!created) return undefined;
  await audit(db, {
    userId: adminId,
    action: "account_created",
    detail: { accountId: created.id, email: form.email, role: form.role },
  });
  return { id: created.id, password };
}

/** Disables or re-enables an account; a disabled account's sessions end at once. */
export async function setAccountDisabled(
  db: Database,
  adminId: string,
  accountId: string,
  disabled: boolean,
): Promise<boolean> {
  if (accountId === adminId) return false;
  const changed = await db
    .update(users)
    .set(
      disabled ? { disabledAt: new Date(), sessionsValidFrom: new Date() } : { disabledAt: null },
    )
    .where(eq(users.id, accountId))
    .returning({ id: users.id, email: users.email });
  if (!changed.length) return false;
  await audit(db, {
    userId: adminId,
    action: disabled ? "account_disabled" : "account_enabled",
    detail: { accountId, email: changed[0]!.email },
  });
  return true;
}

/**
 * A new one-time password for someone who has lost theirs (or whose password got out): every
 * session signed in with the old one ends.
 */
export async function resetPassword(db: Database, adminId: string, accountId: string) {
  const password = randomToken(15);
  const changed = await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), sessionsValidFrom: new Date() })
    .where(eq(users.id, accountId))
    .returning({ email: users.email });
  if (!changed.length) return undefined;
  await audit(db, {
    userId: adminId,
    action: "password_reset",
    detail: { accountId, email: changed[0]!.email },
  });
  return { email: changed[0]!.email, password };
}

/**
 * For someone who lost their phone and their recovery codes: two-step sign-in is turned off
 * and every session of theirs ends. If they must use it, they set it up again at their next
 * sign-in, straight after their password.
 */
export async function resetTwoFactor(db: Database, adminId: string, accountId: string) {
  const [account] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, accountId));
  if (!account || accountId === adminId) return false;
  await clearTwoFactor(db, accountId);
  await audit(db, {
    userId: adminId,
    action: "two_factor_reset",
    detail: { accountId, email: account.email },
  });
  return true;
}

/** The newest audit entries, with who and which inspection in words. */
export async function auditEntries(db: Database, limit = 200, offset = 0) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      detail: auditLog.detail,
      who: users.name,
      whoEmail: users.email,
      area: localAreas.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(inspections, eq(inspections.id, auditLog.inspectionId))
    .leftJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
}

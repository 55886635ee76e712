import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { and, count, eq, isNull, lt, or } from "drizzle-orm";
import QRCode from "qrcode";
import { Secret, TOTP } from "otpauth";
import type { Database } from "~db/client.server";
import { demoInspector } from "~/demo/demo.server";
import { recoveryCodes, users } from "~db/schema";
import { clearFailedGuesses, countFailedGuess, guessingWait } from "~/platform/guessing.server";
import { hitRateLimit, resetRateLimit } from "~/platform/rate-limit.server";
import { normaliseReadableCode, readableCode, sha256 } from "~/platform/random.server";
import { settings } from "~/platform/settings.server";
import { audit } from "./audit.server";
import { passwordGuessKey, perAccount, verifyPassword, withHashSlot } from "./password.server";

/*
 * Two-step sign-in (#16): after the password, a 6-digit code from an authenticator app
 * (TOTP, RFC 6238, through `otpauth`), or one of ten recovery codes shown once. Admins must
 * use it, and everyone when REQUIRE_TWO_FACTOR=all; the demo's published inspector is exempt
 * on a demo only, so a newcomer tries the app with the printed email and password.
 */

const issuer = "SEND Voice";
const stepSeconds = 30;
/** Codes from the step before and after are accepted too: phones' clocks drift. */
const window = 1;
export const recoveryCodeCount = 10;
/** Codes tried per account before it must wait, counted before checking (one statement). */
const perAccountCodes = { limit: 5, windowMs: 15 * 60_000 };
const codeGuessKey = (userId: string) => `two-factor:${userId}`;

/** Who must sign in with a second step: the one home for the rule. */
export function twoFactorRequired(user: {
  email: string;
  role: "admin" | "inspector" | "organiser";
}): boolean {
  if (twoFactorExempt(user)) return false;
  return user.role === "admin" || settings().requireTwoFactor === "all";
}

/**
 * The demo's inspector, whose password is printed, on a demo (the banner on every page says
 * so) signs in with it alone. A production start never has the demo: it is never exempt there.
 */
export function twoFactorExempt(user: { email: string }): boolean {
  const { mode, demoBanner } = settings();
  return mode !== "production" && demoBanner && user.email === demoInspector.email;
}

/*
 * Secrets are kept encrypted (AES-256-GCM) under a key derived from each SESSION_SECRET, so a
 * copy of the database alone does not give them away; the account's id is bound in, so a
 * secret copied onto another account does not open. Without SESSION_SECRET (the demo and
 * development only: production requires it), a fixed development key is used, so a demo's
 * accounts survive a restart.
 */
function secretKeys(): Buffer[] {
  const secrets = settings().sessionSecrets ?? ["send-voice development only"];
  return secrets.map((secret) =>
    Buffer.from(hkdfSync("sha256", secret, "send-voice", "two-factor secret", 32)),
  );
}

function sealSecret(base32: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secretKeys()[0]!, iv);
  cipher.setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv, sealed, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

function openSecret(stored: string, userId: string): string | undefined {
  const [version, iv, sealed, tag] = stored.split(".");
  if (version !== "v1" || !iv || !sealed || !tag) return undefined;
  for (const key of secretKeys()) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAAD(Buffer.from(userId));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      const sealedBytes = Buffer.from(sealed, "base64url");
      return Buffer.concat([decipher.update(sealedBytes), decipher.final()]).toString("utf8");
    } catch {
      // Sealed under another (older) secret: try the next.
    }
  }
  return undefined;
}

function totpFor(base32: string, email: string) {
  return new TOTP({
    issuer,
    label: email,
    algorithm: "SHA1",
    digits: 6,
    period: stepSeconds,
    secret: Secret.fromBase32(base32),
  });
}

/** A code as people type it: spaces and dashes dropped. */
const tidyCode = (code: string) => code.replace(/[\s-]/g, "");

export interface TwoFactorState {
  on: boolean;
  required: boolean;
  exempt: boolean;
  recoveryCodesLeft: number;
}

export async function twoFactorState(db: Database, userId: string): Promise<TwoFactorState> {
  const [user] = await db
    .select({ email: users.email, role: users.role, onAt: users.twoFactorOnAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new Error("no such account");
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return {
    on: Boolean(user.onAt),
    required: twoFactorRequired(user),
    exempt: twoFactorExempt(user),
    recoveryCodesLeft: left?.n ?? 0,
  };
}

export interface TwoFactorSetUp {
  /** The key, for typing into the app by hand, in groups of four. */
  key: string;
  /** A QR code of the otpauth:// address, as an image (made here: nothing typed goes in it). */
  qrSrc: string;
}

/**
 * The key to add to an authenticator app. The same key until it is confirmed, so a page
 * reloaded after scanning still matches the app; undefined when two-step sign-in is on.
 */
export async function beginSetUp(
  db: Database,
  userId: string,
): Promise<TwoFactorSetUp | undefined> {
  const [user] = await db
    .select({ email: users.email, secret: users.twoFactorSecret, onAt: users.twoFactorOnAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.onAt) return undefined;
  let base32 = user.secret ? openSecret(user.secret, userId) : undefined;
  if (!base32) {
    base32 = new Secret({ size: 20 }).base32;
    await db
      .update(users)
      .set({ twoFactorSecret: sealSecret(base32, userId), twoFactorLastStep: null })
      .where(and(eq(users.id, userId), isNull(users.twoFactorOnAt)));
  }
  const uri = totpFor(base32, user.email).toString();
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    key: base32.match(/.{1,4}/g)!.join(" "),
    qrSrc: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

export type CodeCheck =
  | { ok: true; method: "app" | "recovery" }
  | { ok: false; reason: "wrong" | "rate_limited"; retryAfterSeconds?: number };

/**
 * Checks a code from the app, or a recovery code, for an account. Guessing is limited as
 * sign-in's is: per client first (in memory, before any database work), then per account,
 * counted in one statement before the code is checked, so codes sent at once cannot all be
 * tried. A code from the app is accepted once: its step must be later than the last one
 * accepted, set in the same statement that accepts it. A recovery code is used up the same way.
 */
export async function checkCode(
  db: Database,
  userId: string,
  code: { app: string } | { recovery: string },
  { now = new Date(), clientKey = "unknown", pending = false } = {},
): Promise<CodeCheck> {
  const wait = guessingWait("two-factor", clientKey, now.getTime());
  if (wait > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds: wait };
  const limit = await hitRateLimit(
    db,
    codeGuessKey(userId),
    perAccountCodes.limit,
    perAccountCodes.windowMs,
    now,
  );
  if (!limit.allowed) {
    countFailedGuess("two-factor", clientKey, now.getTime());
    return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  }
  const accepted =
    "app" in code
      ? await acceptAppCode(db, userId, tidyCode(code.app), now, pending)
      : await spendRecoveryCode(db, userId, code.recovery, now);
  if (!accepted) {
    countFailedGuess("two-factor", clientKey, now.getTime());
    await audit(db, { userId, action: "two_factor_failed" });
    return { ok: false, reason: "wrong" };
  }
  await resetRateLimit(db, codeGuessKey(userId));
  clearFailedGuesses("two-factor", clientKey);
  return { ok: true, method: "app" in code ? "app" : "recovery" };
}

/** `pending`: the code confirms a set-up (two-step sign-in not on yet) rather than a sign-in. */
async function acceptAppCode(
  db: Database,
  userId: string,
  code: string,
  now: Date,
  pending: boolean,
): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const [user] = await db
    .select({ email: users.email, secret: users.twoFactorSecret, onAt: users.twoFactorOnAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.secret || Boolean(user.onAt) === pending) return false;
  const base32 = openSecret(user.secret, userId);
  if (!base32) return false;
  const delta = totpFor(base32, user.email).validate({
    token: code,
    timestamp: now.getTime(),
    window,
  });
  if (delta === null) return false;
  const step = Math.floor(now.getTime() / 1000 / stepSeconds) + delta;
  const taken = await db
    .update(users)
    .set({ twoFactorLastStep: step })
    .where(
      and(
        eq(users.id, userId),
        or(isNull(users.twoFactorLastStep), lt(users.twoFactorLastStep, step)),
      ),
    )
    .returning({ id: users.id });
  return taken.length === 1;
}

async function spendRecoveryCode(db: Database, userId: string, code: string, now: Date) {
  const tidy = normaliseReadableCode(code);
  if (!/^[A-Z0-9]{16}$/.test(tidy)) return false;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, sha256(tidy)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ userId: recoveryCodes.userId });
  return used.length === 1;
}

export type TurnOnResult =
  | { ok: true; recoveryCodes: string[]; signedInAt: number }
  | Extract<CodeCheck, { ok: false }>;

/**
 * Turns two-step sign-in on once a code from the app proves it is set up, and makes ten
 * recovery codes (returned once; only their hashes are kept). Sessions go on: the codes are
 * shown by the answer to this post, which the page's own session must still load.
 */
export async function turnOn(
  db: Database,
  userId: string,
  code: string,
  { now = new Date(), clientKey = "unknown" } = {},
): Promise<TurnOnResult> {
  const checked = await checkCode(db, userId, { app: code }, { now, clientKey, pending: true });
  if (!checked.ok) return checked;
  const codes = Array.from({ length: recoveryCodeCount }, () => readableCode(16));
  await db.transaction(async (tx) => {
    await tx.update(users).set({ twoFactorOnAt: now }).where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codes.map((one) => ({ userId, codeHash: sha256(one) })));
  });
  await audit(db, { userId, action: "two_factor_on" });
  return {
    ok: true,
    recoveryCodes: codes.map((one) => one.match(/.{4}/g)!.join("-")),
    signedInAt: now.getTime(),
  };
}

export type TurnOffResult =
  | { ok: true; signedInAt: number }
  | { ok: false; reason: "password" }
  | { ok: false; reason: "required" }
  | Extract<CodeCheck, { ok: false }>;

/**
 * Turns two-step sign-in off for someone who need not use it, with their password and a code
 * (from the app or a recovery code) asked again. Other sessions end, as for a new password.
 */
export async function turnOff(
  db: Database,
  userId: string,
  proof: { password: string; code: { app: string } | { recovery: string } },
  { now = new Date(), clientKey = "unknown" } = {},
): Promise<TurnOffResult> {
  const [user] = await db
    .select({ email: users.email, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { ok: false, reason: "password" };
  if (twoFactorRequired(user)) return { ok: false, reason: "required" };
  const guessKey = passwordGuessKey(user.email);
  const limit = await hitRateLimit(db, guessKey, perAccount.limit, perAccount.windowMs, now);
  if (!limit.allowed)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  const valid = await withHashSlot(() => verifyPassword(proof.password, user.passwordHash));
  if (valid === undefined) return { ok: false, reason: "rate_limited", retryAfterSeconds: 2 };
  if (!valid) {
    await audit(db, { userId, action: "two_factor_off_failed" });
    return { ok: false, reason: "password" };
  }
  await resetRateLimit(db, guessKey);
  const checked = await checkCode(db, userId, proof.code, { now, clientKey });
  if (!checked.ok) return checked;
  await clearTwoFactor(db, userId, now);
  await audit(db, { userId, action: "two_factor_off" });
  return { ok: true, signedInAt: now.getTime() };
}

/** Two-step sign-in off and its codes gone; every session of the account ends. */
export async function clearTwoFactor(db: Database, userId: string, now = new Date()) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        twoFactorSecret: null,
        twoFactorOnAt: null,
        twoFactorLastStep: null,
        sessionsValidFrom: now,
      })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  });
}

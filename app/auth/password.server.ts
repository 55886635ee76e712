import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import type { ScryptOptions } from "node:crypto";

// Node's built-in scrypt: memory-hard, no native add-on to build. N=2^15 costs ~32 MiB.
const params = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const keyLength = 32;

/** The one rule for a password a person chooses (the accounts page and `npm run user:create`). */
export const minimumPasswordLength = 12;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    "scrypt",
    params.N,
    params.r,
    params.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await derive(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: params.maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Password attempts per account, counted before checking (sign-in and the account page). */
export const perAccount = { limit: 10, windowMs: 15 * 60_000 };
/** The counter of password attempts on one account, wherever the password is asked for. */
export const passwordGuessKey = (email: string) => `sign-in:${email.trim().toLowerCase()}`;

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

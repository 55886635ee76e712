/*
 * Guessing is slowed per client, never for everyone: one person's wrong guesses must not stop
 * anyone else (a global limit let 200 wrong resume codes block every genuine one, #16).
 *
 * A client is known only by `clientKey` (server.mjs): a keyed hash of its address made with
 * a secret that lives in this process's memory, so the address itself is never kept and the
 * key means nothing once the process ends. Counts live in memory for the window only. With
 * several processes each keeps its own counts, so a guesser gets at most that many times the
 * limit; the codes are long enough that guessing stays hopeless.
 */

export type GuessKind =
  | "resume"
  | "poster"
  | "sign-in"
  | "two-factor"
  | "webinar-signup"
  | "team-lookup";

/**
 * Failures allowed per client per window, for each kind of guess. Webinar sign-ups count
 * every attempt, not only failures: one client signing up many people is the abuse.
 */
const limits: Record<GuessKind, { failures: number; windowMs: number }> = {
  resume: { failures: 20, windowMs: 10 * 60_000 },
  poster: { failures: 30, windowMs: 10 * 60_000 },
  "sign-in": { failures: 30, windowMs: 10 * 60_000 },
  // Codes from an authenticator app: only someone who has the password gets this far.
  "two-factor": { failures: 10, windowMs: 10 * 60_000 },
  "webinar-signup": { failures: 10, windowMs: 10 * 60_000 },
  // Keyed by the inspector, not a client: addresses looked up that have no account.
  "team-lookup": { failures: 20, windowMs: 60 * 60_000 },
};

/** At most this many clients are remembered; the oldest windows go first. */
const maxClients = 50_000;

interface Window {
  failures: number;
  endsAt: number;
}

const windows = new Map<string, Window>();

function entry(kind: GuessKind, clientKey: string, now: number): Window | undefined {
  const key = `${kind}:${clientKey}`;
  const found = windows.get(key);
  if (found && found.endsAt <= now) {
    windows.delete(key);
    return undefined;
  }
  return found;
}

/** Seconds until this client may guess again, or 0 if it may now. */
export function guessingWait(kind: GuessKind, clientKey: string, now = Date.now()): number {
  const found = entry(kind, clientKey, now);
  if (!found || found.failures < limits[kind].failures) return 0;
  return Math.max(1, Math.ceil((found.endsAt - now) / 1000));
}

/** Counts a wrong guess from this client. */
export function countFailedGuess(kind: GuessKind, clientKey: string, now = Date.now()): void {
  const found = entry(kind, clientKey, now);
  if (found) {
    found.failures += 1;
    return;
  }
  if (windows.size >= maxClients) {
    // Maps keep insertion order: the first key is the oldest window.
    const oldest = windows.keys().next().value;
    if (oldest !== undefined) windows.delete(oldest);
  }
  windows.set(`${kind}:${clientKey}`, { failures: 1, endsAt: now + limits[kind].windowMs });
}

/** Forget this client's failures (after it got it right). */
export function clearFailedGuesses(kind: GuessKind, clientKey: string): void {
  windows.delete(`${kind}:${clientKey}`);
}

/** For tests: forget every client. */
export function forgetAllGuesses(): void {
  windows.clear();
}

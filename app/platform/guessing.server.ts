import type { Database } from "../../db/client.server";
import { hitRateLimit, isRateLimited } from "./rate-limit.server";

/*
 * Codes people type (resume codes) are long enough that guessing is hopeless as long as
 * guesses are slow. Failures are counted across everyone, in PostgreSQL, because no address
 * or device is kept that could tell one guesser from another.
 */
const failuresAllowed = 200;
const windowMs = 10 * 60_000;

export async function countFailedGuess(db: Database, kind: "resume", now = new Date()) {
  await hitRateLimit(db, `guess:${kind}`, failuresAllowed, windowMs, now);
}

export async function isGuessingLimited(
  db: Database,
  kind: "resume",
  now = new Date(),
): Promise<boolean> {
  return (await isRateLimited(db, `guess:${kind}`, failuresAllowed, windowMs, now)).limited;
}

import { eq, lt, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "~db/client.server";
import { rateLimits } from "~db/schema";

/**
 * Fixed-window counter kept in PostgreSQL, so every app process shares it. One statement,
 * so concurrent hits cannot both slip under the limit.
 */
export async function hitRateLimit(
  db: DbOrTx,
  key: string,
  limit: number,
  windowMs: number,
  now = new Date(),
) {
  const windowStart = new Date(now.getTime() - windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} <= ${windowStart.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= ${windowStart.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  const allowed = row!.count <= limit;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((row!.windowStart.getTime() + windowMs - now.getTime()) / 1000),
  );
  return { allowed, count: row!.count, retryAfterSeconds };
}

/** Longer than any window counted here (a day at most): a row this old counts nothing. */
const staleAfterMs = 2 * 24 * 60 * 60_000;

/** Deletes counts whose window ended long ago (the hourly sweep). */
export async function deleteStaleRateLimits(db: Database, now = new Date()): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - staleAfterMs)))
    .returning({ key: rateLimits.key });
  return gone.length;
}

/** Forget a key's count (a right password clears its account's). */
export async function resetRateLimit(db: Database, key: string) {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Take back one hit that was counted but not used. */
export async function clearRateLimitHit(db: Database, key: string) {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

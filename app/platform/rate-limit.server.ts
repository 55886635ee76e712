import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { rateLimits } from "../../db/schema";

/**
 * Fixed-window counter kept in PostgreSQL, so every app process shares it. One statement,
 * so concurrent hits cannot both slip under the limit.
 */
export async function hitRateLimit(
  db: Database,
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

/** Whether a key is over its limit in the current window, without counting a hit. */
export async function isRateLimited(
  db: Database,
  key: string,
  limit: number,
  windowMs: number,
  now = new Date(),
) {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row || row.count < limit || row.windowStart.getTime() <= now.getTime() - windowMs)
    return { limited: false, retryAfterSeconds: 0 };
  return {
    limited: true,
    retryAfterSeconds: Math.max(
      1,
      Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000),
    ),
  };
}

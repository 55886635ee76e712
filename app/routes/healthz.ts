import { sql } from "drizzle-orm";
import { getDatabaseHandle } from "~/platform/db.server";

const timeoutMs = 3_000;

/** Liveness with a real query: 200 when the database answers, 503 with a reason when not. */
export async function loader() {
  const headers = { "Content-Type": "application/json", "Cache-Control": "no-store" };
  let timer: NodeJS.Timeout | undefined;
  try {
    const handle = await getDatabaseHandle();
    await Promise.race([
      handle.db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
      }),
    ]);
    return new Response(JSON.stringify({ status: "ok", database: handle.kind }), { headers });
  } catch (error) {
    const reason =
      error instanceof Error && error.message === "timed out"
        ? "database did not answer in time"
        : "database unreachable";
    return new Response(JSON.stringify({ status: "unavailable", reason }), {
      status: 503,
      headers,
    });
  } finally {
    // Not left waiting its 3 s after every answer.
    clearTimeout(timer);
  }
}

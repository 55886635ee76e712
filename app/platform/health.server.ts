import { sql } from "drizzle-orm";
import { getDatabaseHandle } from "~/platform/db.server";

/*
 * What a load balancer or orchestrator asks: is the process alive (liveness: never the
 * database, so a slow database never gets a healthy process restarted), and should it be
 * sent requests (readiness: started, migrations applied, not stopping, database answering).
 */

/**
 * Where this process is in its life: `starting` until start-up begins, `migrating` while it
 * applies migrations and prepares, `ready`, then `stopping` from SIGTERM on.
 */
export type Phase = "starting" | "migrating" | "ready" | "stopping";

const globalForPhase = globalThis as typeof globalThis & { __sendVoicePhase?: Phase };

export function setPhase(phase: Phase): void {
  globalForPhase.__sendVoicePhase = phase;
}

export function currentPhase(): Phase {
  return globalForPhase.__sendVoicePhase ?? "starting";
}

export type Readiness =
  | { ready: true; database: "pglite" | "postgres" }
  | { ready: false; reason: string };

const notReadyReasons: Record<Exclude<Phase, "ready">, string> = {
  starting: "starting",
  migrating: "applying migrations",
  stopping: "stopping",
};

const databaseTimeoutMs = 3_000;

/** Ready: started, migrations applied, not stopping, and the database answers a query in time. */
export async function readiness(): Promise<Readiness> {
  const phase = currentPhase();
  if (phase !== "ready") return { ready: false, reason: notReadyReasons[phase] };
  let timer: NodeJS.Timeout | undefined;
  try {
    const handle = await getDatabaseHandle();
    await Promise.race([
      handle.db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), databaseTimeoutMs);
      }),
    ]);
    return { ready: true, database: handle.kind };
  } catch (error) {
    const reason =
      error instanceof Error && error.message === "timed out"
        ? "database did not answer in time"
        : "database unreachable";
    return { ready: false, reason };
  } finally {
    // Not left waiting its 3 s after every answer.
    clearTimeout(timer);
  }
}

const noStore = { "Content-Type": "application/json", "Cache-Control": "no-store" };

/** /healthz/ready (and /healthz): 200 when ready, 503 with the reason when not. */
export async function readinessResponse(): Promise<Response> {
  const state = await readiness();
  return state.ready
    ? new Response(JSON.stringify({ status: "ok", database: state.database }), {
        headers: noStore,
      })
    : new Response(JSON.stringify({ status: "unavailable", reason: state.reason }), {
        status: 503,
        headers: { ...noStore, "Retry-After": "5" },
      });
}

/** /healthz/live: the process answers; nothing else is asked. */
export function livenessResponse(): Response {
  return new Response(JSON.stringify({ status: "ok", phase: currentPhase() }), {
    headers: noStore,
  });
}

import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { outbox } from "~db/schema";
import { outboxBacklog } from "~/mail/outbox.server";
import type { MailTransport } from "~/mail/outbox.server";
import { setPhase } from "~/platform/health.server";
import { startJobs, stopJobs } from "~/server/jobs.server";
import { localSnapshot } from "~/platform/metrics.server";
import { loadSettings } from "~/platform/settings.server";
import { beginStopping, startup } from "~/server/startup.server";
import { loader as healthz } from "~/routes/healthz";
import { loader as live } from "~/routes/healthz.live";
import { loader as ready } from "~/routes/healthz.ready";
import { loader as metrics } from "~/routes/metrics";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * The operator's side of the server, on each database: readiness through start-up (503 while
 * migrations run) and stopping, a stop that waits for the job run under way, job failures
 * counted, the outbox backlog as the metrics page reports it, and that page's token.
 */

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  loadSettings({ ...process.env, SEED_DEMO: "false" });
});
afterAll(async () => {
  await stopJobs();
  await handle.close();
});

/** The answer's HTTP status beside what its JSON says. */
const statusOf = async (response: Response) => ({
  http: response.status,
  ...((await response.json()) as Record<string, unknown>),
});

/** Resolves when `until` is true, checking every 10 ms (5 s at most). */
async function eventually(until: () => boolean) {
  const deadline = Date.now() + 5_000;
  while (!until()) {
    if (Date.now() > deadline) throw new Error("waited 5 s in vain");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe(`readiness through the server's life on ${databaseKind}`, () => {
  it("is 503 until start-up has applied migrations, then 200, and 503 again once stopping; liveness 200 throughout", async () => {
    // Migrations that wait for the test's word, as a long migration would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let migrating = () => {};
    const migrationStarted = new Promise<void>((resolve) => (migrating = resolve));
    useDatabase({
      ...handle,
      migrate: async () => {
        migrating();
        await held;
        await handle.migrate();
      },
    });
    try {
      for (const loader of [ready, healthz])
        expect(await statusOf(await loader())).toEqual({
          http: 503,
          status: "unavailable",
          reason: "starting",
        });
      const started = startup("http://localhost:3000");
      await migrationStarted;
      expect(await statusOf(await ready())).toEqual({
        http: 503,
        status: "unavailable",
        reason: "applying migrations",
      });
      expect(await statusOf(live())).toEqual({ http: 200, status: "ok", phase: "migrating" });
      release();
      await started;
      for (const loader of [ready, healthz])
        expect(await statusOf(await loader())).toEqual({
          http: 200,
          status: "ok",
          database: databaseKind,
        });
      await beginStopping();
      expect(await statusOf(await ready())).toEqual({
        http: 503,
        status: "unavailable",
        reason: "stopping",
      });
      expect(await statusOf(live())).toEqual({ http: 200, status: "ok", phase: "stopping" });
    } finally {
      useDatabase(handle);
    }
  });

  it("is 503 when the database is gone, while liveness stays 200", async () => {
    setPhase("ready");
    const broken = await createTestDatabase();
    await broken.close();
    useDatabase(broken);
    try {
      expect(await statusOf(await ready())).toEqual({
        http: 503,
        status: "unavailable",
        reason: "database unreachable",
      });
      expect((await live()).status).toBe(200);
    } finally {
      useDatabase(handle);
    }
  });
});

const message = (fields: Partial<typeof outbox.$inferInsert> = {}) => ({
  kind: "confirmed" as const,
  to: `someone.${randomBytes(4).toString("hex")}@example.org`,
  subject: "Your place",
  body: "See you there",
  ...fields,
});

describe("background jobs", () => {
  it("a stop waits for the job run under way to finish", async () => {
    await handle.db.delete(outbox);
    const [row] = await handle.db.insert(outbox).values(message()).returning();
    let release = () => {};
    const sending = new Promise<void>((resolve) => (release = resolve));
    let begun = false;
    const slow: MailTransport = {
      name: "slow",
      send: async () => {
        begun = true;
        await sending;
      },
    };
    startJobs(handle.db, slow);
    await eventually(() => begun);
    let stopped = false;
    const stopping = stopJobs().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    const [after] = await handle.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(after!.sentAt).not.toBeNull();
  });

  it("counts a failed run by job, and a refused email as a send failure", async () => {
    await handle.db.delete(outbox);
    await handle.db.insert(outbox).values(message());
    const before = localSnapshot();
    const refusing: MailTransport = {
      name: "refusing",
      send: () => Promise.reject(new Error("mail service down")),
    };
    startJobs(handle.db, refusing);
    await eventually(() => localSnapshot().mailSendFailures > before.mailSendFailures);
    await stopJobs();
    // Every job on a database that is gone fails, and each failure is counted.
    const broken = await createTestDatabase();
    await broken.close();
    startJobs(broken.db, refusing);
    await eventually(() => {
      const now = localSnapshot().jobFailures;
      return (
        now.mail > before.jobFailures.mail &&
        now.retention > before.jobFailures.retention &&
        now.counts > before.jobFailures.counts
      );
    });
    await stopJobs();
  });
});

describe("the outbox backlog", () => {
  it("counts what should have gone, retries included, and how long the oldest has been due", async () => {
    await handle.db.delete(outbox);
    const now = new Date("2030-03-04T10:00:00Z");
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    await handle.db.insert(outbox).values([
      // Due two minutes ago, never tried.
      message({ createdAt: at(-120), sendAfter: at(-120) }),
      // Failed three times (30 s, 1 min, 2 min): first due 200 s ago, next try in 10 s.
      message({ createdAt: at(-1_000), sendAfter: at(10), attempts: 3 }),
      // Failed once (30 s), made 20 s ago: due no earlier than it was made.
      message({ createdAt: at(-20), sendAfter: at(5), attempts: 1 }),
      // Not waiting: a reminder not yet due, one sent, one expired unsent.
      message({ kind: "reminder", createdAt: at(-5_000), sendAfter: at(3_600) }),
      message({ createdAt: at(-300), sendAfter: at(-300), sentAt: at(-299), attempts: 1 }),
      message({ createdAt: at(-400), sendAfter: at(-400), expiresAt: at(-1) }),
    ]);
    expect(await outboxBacklog(handle.db, now)).toEqual({
      waiting: 3,
      retrying: 2,
      oldestWaitingSeconds: 200,
    });
    await handle.db.delete(outbox);
    expect(await outboxBacklog(handle.db, now)).toEqual({
      waiting: 0,
      retrying: 0,
      oldestWaitingSeconds: 0,
    });
  });
});

describe("the metrics page", () => {
  const token = randomBytes(32).toString("base64url");
  const ask = (authorization?: string) =>
    metrics({
      request: new Request("http://localhost/metrics", {
        headers: authorization ? { Authorization: authorization } : {},
      }),
      params: {},
      context: { cspNonce: "" },
    });

  it("does not exist without METRICS_TOKEN", async () => {
    loadSettings({ ...process.env, SEED_DEMO: "false", METRICS_TOKEN: "" });
    expect((await ask()).status).toBe(404);
    expect((await ask(`Bearer ${token}`)).status).toBe(404);
  });

  it("asks for the token, and shows the outbox as the database has it", async () => {
    loadSettings({ ...process.env, SEED_DEMO: "false", METRICS_TOKEN: token });
    expect((await ask()).status).toBe(401);
    expect((await ask(`Bearer ${token}x`)).status).toBe(401);
    await handle.db.delete(outbox);
    await handle.db
      .insert(outbox)
      .values([message({ sendAfter: new Date(Date.now() - 90_000) }), message()]);
    const page = await ask(`Bearer ${token}`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toMatch(/^send_voice_outbox_waiting 2$/m);
    expect(
      Number(/^send_voice_outbox_oldest_waiting_seconds (\d+)$/m.exec(text)?.[1]),
    ).toBeGreaterThanOrEqual(90);
    expect(text).not.toContain("@example.org");
    await handle.db.delete(outbox);
  });
});

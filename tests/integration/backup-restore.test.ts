import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import type { Database, DatabaseHandle } from "~db/client.server";
import { loadSettings, shutdown, startup } from "~/server/startup.server";
import { foldPendingCounts } from "~/summary/counts.server";
import { inspectionSummary } from "~/summary/summary.server";
import { createWebinar, listWebinars, signUp } from "~/webinars/webinars.server";
import { seededRandom, submitRandomResponses } from "~/demo/random-responses.server";
import { oracleSummary } from "./summary-oracle";
import { postgresServerAvailable, scratchDatabase } from "./postgres-server";
import { createOpenInspection } from "./test-database";

/*
 * The README's back-up and restore, done: a database the app filled (survey responses, some
 * folded into the counters and some still waiting, a webinar with sign-ups) is dumped with
 * pg_dump, restored with pg_restore into an empty database, and the app started on that: it
 * finds no migration to apply and shows the same summary, and every table holds what it did.
 */
const tools = ["pg_dump", "pg_restore"].every(
  (tool) => spawnSync(tool, ["--version"]).status === 0,
);
if (!tools && process.env.CI === "true")
  throw new Error("CI needs pg_dump and pg_restore (Debian's postgresql-client)");
const available = tools && (await postgresServerAvailable());

/** The command's output; its error output in the failure when it fails. */
function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** Rows in every table of the app's schema and drizzle's, by table. */
async function tableSizes(db: Database) {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
      select format('%I.%I', schemaname, tablename) as name from pg_tables
      where schemaname in ('public', 'drizzle') order by 1`),
  );
  const sizes: Record<string, number> = {};
  for (const { name } of tables)
    sizes[name] = rowsOf<{ n: number }>(
      await db.execute(sql.raw(`select count(*)::int as n from ${name}`)),
    )[0]!.n;
  return sizes;
}

const appliedMigrations = async (db: Database) =>
  rowsOf<{ id: number; hash: string; created_at: string }>(
    await db.execute(
      sql`select id, hash, created_at from drizzle.__drizzle_migrations order by id`,
    ),
  );

describe.skipIf(!available)("a pg_dump of a populated database, restored into an empty one", () => {
  let source: Awaited<ReturnType<typeof scratchDatabase>>;
  let restored: Awaited<ReturnType<typeof scratchDatabase>>;
  let sourceHandle: DatabaseHandle;
  let folder: string;
  let inspectionId: string;
  let webinarId: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "sv-backup-"));
    source = await scratchDatabase("sv_backup");
    restored = await scratchDatabase("sv_restored");
    sourceHandle = await openDatabase({ url: source.url });
    await sourceHandle.migrate();
    const db = sourceHandle.db;
    inspectionId = await createOpenInspection(db, { localAreaName: "Backupshire" });
    const plan = [
      ...Array.from({ length: 24 }, () => "parent" as const),
      ...Array.from({ length: 10 }, () => "practitioner" as const),
      ...Array.from({ length: 6 }, () => "child" as const),
    ];
    await submitRandomResponses(db, inspectionId, plan, seededRandom(16));
    // Some counted, the rest still waiting to be folded when the back-up is taken.
    expect(await foldPendingCounts(db, 25)).toBe(25);
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    webinarId = await createWebinar(db, {
      inspectionId,
      title: "Meet the inspectors",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      capacity: 3,
      audience: "both",
      host: "inspectors",
      joinUrl: "https://meet.example.org/room",
    });
    for (let n = 0; n < 5; n += 1)
      await signUp(db, webinarId, {
        name: `Parent ${n}`,
        email: `parent${n}@example.org`,
        role: "parent",
        accessNeeds: { bsl: n === 0, captions: false, interpreter: false, breaks: false },
        language: "en",
      });
  }, 180_000);

  afterAll(async () => {
    await shutdown().catch(() => {});
    await sourceHandle?.close();
    await source?.drop();
    await restored?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("restores every table, and the app starts on it with no migration to apply and the same summary", async () => {
    const db = sourceHandle.db;
    const summaries = async (on: Database) => ({
      lowThreshold: await inspectionSummary(on, inspectionId, 1),
      threshold: await inspectionSummary(on, inspectionId, 10),
      webinars: await listWebinars(on, inspectionId),
    });
    const before = await summaries(db);
    expect(before.lowThreshold).toEqual(await oracleSummary(db, inspectionId, 1));
    const sizes = await tableSizes(db);
    expect(sizes["public.responses"]).toBe(40);
    expect(sizes["public.webinar_signups"]).toBe(5);

    // The README's commands.
    const dump = path.join(folder, "send-voice.dump");
    run("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, source.url]);
    run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restored.url}`, dump]);
    // Less the random key newer pg_dump versions wrap a dump in (\restrict … \unrestrict …).
    const schemaOf = (url: string) =>
      run("pg_dump", ["--schema-only", "--no-owner", url]).replace(/^\\(un)?restrict .*$/gm, "");
    expect(schemaOf(restored.url)).toBe(schemaOf(source.url));

    const handle = await openDatabase({ url: restored.url });
    expect(await tableSizes(handle.db)).toEqual(sizes);
    const migrations = await appliedMigrations(handle.db);
    // Started as a deployment would be, on the restored database.
    loadSettings({
      NODE_ENV: "production",
      DATABASE_URL: restored.url,
      PUBLIC_URL: "https://send-voice.example.org",
      SESSION_SECRET: randomBytes(36).toString("base64url"),
      LOG_LEVEL: "silent",
    });
    useDatabase(handle);
    await startup("https://send-voice.example.org");
    expect(await appliedMigrations(handle.db)).toEqual(migrations);
    expect(await summaries(handle.db)).toEqual(before);
    expect(await inspectionSummary(handle.db, inspectionId, 1)).toEqual(
      await oracleSummary(handle.db, inspectionId, 1),
    );
  });
});

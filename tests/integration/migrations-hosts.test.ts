import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { defaultMigrationsFolder, openDatabase } from "~db/client.server";
import type { DatabaseHandle } from "~db/client.server";
import { postgresServerAvailable, scratchDatabase } from "./postgres-server";

/*
 * Several hosts on one PostgreSQL start at once, each applying migrations before it listens:
 * one must migrate while the others wait, so every host starts and each migration is applied
 * once. Each "host" here is its own connection pool, as a separate process would have.
 */
const hosts = 8;
const available = await postgresServerAvailable();

describe.skipIf(!available)(`${hosts} hosts starting at once on one new database`, () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let handles: DatabaseHandle[] = [];

  beforeAll(async () => {
    database = await scratchDatabase("sv_hosts");
    handles = await Promise.all(
      Array.from({ length: hosts }, () => openDatabase({ url: database.url })),
    );
  });
  afterAll(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    await database?.drop();
  });

  it("all start, and every migration is applied exactly once", async () => {
    const outcomes = await Promise.allSettled(handles.map((handle) => handle.migrate()));
    const failures = outcomes.flatMap((outcome, host) =>
      outcome.status === "rejected" ? [`host ${host}: ${String(outcome.reason)}`] : [],
    );
    expect(failures).toEqual([]);

    const journal = JSON.parse(
      readFileSync(path.join(defaultMigrationsFolder(), "meta", "_journal.json"), "utf8"),
    ) as { entries: { when: number }[] };
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      const applied = await sql<{ created_at: string }[]>`
        select created_at from drizzle.__drizzle_migrations order by created_at`;
      expect(applied.map((row) => Number(row.created_at))).toEqual(
        journal.entries.map((entry) => entry.when),
      );
    } finally {
      await sql.end();
    }
    // A host started later finds nothing to do.
    await handles[0]!.migrate();
  });
});

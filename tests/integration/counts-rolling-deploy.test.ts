import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, inArray, not, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMigrationsFolder, rowsOf } from "~db/client.server";
import type { Database, DatabaseHandle } from "~db/client.server";
import { pendingCounts, responses } from "~db/schema";
import {
  addResponsesCounts,
  foldPendingCounts,
  rebuildCounts,
  rebuildMissingCounts,
} from "~/summary/counts.server";
import { filterOptions } from "~/summary/filters";
import { inspectionSummary } from "~/summary/summary.server";
import { seededRandom, submitRandomResponses } from "~/demo/random-responses.server";
import { oracleSummary } from "./summary-oracle";
import { createTestDatabase, databaseKind } from "./test-database";
import { randomToken, readableCode } from "~/platform/random.server";
import { audiences } from "~surveys/lists";
import { daysFromToday, today } from "../clock";
import { raced } from "../racing";

/*
 * A rolling deploy of the version that records on each response whether it is counted
 * (migration `counted_responses`): the database starts as the version before left it, with
 * counters for some responses, others waiting in pending_counts and an inspection from before
 * counters; processes of the old version keep submitting and folding after the migration, and
 * a writer that queues nothing stores more. Whatever the mix, the summary must equal the one
 * computed from the answers, the start-up rebuild must fold exactly the responses not
 * counted (not judge by whether an inspection has counters), and none may be counted twice.
 */
const migrationTag = "counted_responses";
const all = (n: number, audience: "child" | "parent" | "practitioner") =>
  Array.from({ length: n }, () => audience);

let handle: DatabaseHandle;
let db: Database;
let folder: string;
const next = seededRandom(7);
/** Counters kept for some responses, others waiting, some never queued. */
let countshire: string;
/** Responses stored before counters existed: no counters, nothing waiting. */
let oldshire: string;

/** The migrations folder as the previous version shipped it, or as this one does. */
function writeMigrations(upToThisVersion: boolean) {
  const source = defaultMigrationsFolder();
  const journal = JSON.parse(readFileSync(path.join(source, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith(`_${migrationTag}`));
  expect(index, `the migration ${migrationTag}`).toBeGreaterThan(0);
  const entries = upToThisVersion ? journal.entries : journal.entries.slice(0, index);
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  for (const entry of entries)
    copyFileSync(path.join(source, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  writeFileSync(
    path.join(folder, "meta", "_journal.json"),
    JSON.stringify({ ...journal, entries }, null, 2),
  );
}

/*
 * The previous version's writers here are today's code (submitRandomResponses), which also
 * writes columns that migrations after this one add to drafts, comments and inspections, and
 * reads tables they make. Those migrations are re-runnable, so they are run first here and
 * again, doing nothing, with the others.
 */
const laterColumnMigrations = ["safeguarding", "reading", "themes", "answer_versions"];

async function addColumnsTodaysWritersNeed() {
  const source = defaultMigrationsFolder();
  const journal = JSON.parse(readFileSync(path.join(source, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  for (const name of laterColumnMigrations) {
    const entry = journal.entries.find((e) => e.tag.endsWith(`_${name}`));
    expect(entry, `the migration ${name}`).toBeDefined();
    const statements = readFileSync(path.join(source, `${entry!.tag}.sql`), "utf8").split(
      "--> statement-breakpoint",
    );
    for (const statement of statements) await db.execute(sql.raw(statement));
  }
}

/** The ids of an inspection's responses. */
async function responseIds(inspectionId: string) {
  const rows = await db
    .select({ id: responses.id })
    .from(responses)
    .where(eq(responses.inspectionId, inspectionId));
  return rows.map((row) => row.id);
}

/**
 * An inspection open for a week, as the previous version stored it: only the columns it had
 * (the app's own insert names every column of today's schema, which that database lacks).
 */
async function previousVersionInspection(name: string): Promise<string> {
  const [area] = rowsOf<{ id: string }>(
    await db.execute(sql`insert into local_areas (name) values (${name}) returning id`),
  );
  const opens = new Date(Date.now() - 60_000).toISOString();
  const closes = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const [inspection] = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into inspections (local_area_id, notified_on, surveys_open_at, surveys_close_at,
        week2_starts_on, week3_starts_on)
      values (${area!.id}, ${today()}, ${opens}::timestamptz, ${closes}::timestamptz,
        ${daysFromToday(7)}, ${daysFromToday(14)})
      returning id`),
  );
  for (const audience of audiences)
    await db.execute(sql`
      insert into survey_links (inspection_id, audience, token, short_code)
      values (${inspection!.id}, ${audience}, ${randomToken()}, ${readableCode(6)})`);
  return inspection!.id;
}

/** As the previous version's fold: takes waiting rows, adds their counts, in one transaction. */
async function previousVersionFold(inspectionId: string, limit: number) {
  return db.transaction(async (tx) => {
    const taken = rowsOf<{ response_id: string }>(
      await tx.execute(sql`
        delete from ${pendingCounts} where ${pendingCounts.responseId} in (
          select ${pendingCounts.responseId} from ${pendingCounts}
          where ${pendingCounts.inspectionId} = ${inspectionId} limit ${limit})
        returning ${pendingCounts.responseId} as response_id`),
    ).map((row) => row.response_id);
    await addResponsesCounts(tx as unknown as Database, taken);
    return taken;
  });
}

/**
 * Stores responses as a writer that neither counts nor queues them (code from before
 * counters, or a later version that no longer writes pending_counts).
 */
async function storeWithoutQueue(inspectionId: string, plan: Parameters<typeof all>[1][]) {
  const before = new Set(await responseIds(inspectionId));
  await submitRandomResponses(db, inspectionId, plan, next);
  const added = (await responseIds(inspectionId)).filter((id) => !before.has(id));
  const trigger = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from pg_trigger where tgname = 'pending_counts_folded'`,
    ),
  )[0]!.n;
  // The rows are taken away as if never written: not as a fold that counted them.
  if (trigger)
    await db.execute(sql`alter table pending_counts disable trigger pending_counts_folded`);
  await db.delete(pendingCounts).where(inArray(pendingCounts.responseId, added));
  if (trigger)
    await db.execute(sql`alter table pending_counts enable trigger pending_counts_folded`);
  return added;
}

async function uncounted(inspectionId?: string) {
  const rows = await db
    .select({ id: responses.id })
    .from(responses)
    .where(
      and(
        not(responses.counted),
        inspectionId ? eq(responses.inspectionId, inspectionId) : undefined,
      ),
    );
  return rows.map((row) => row.id);
}

/** The summary (counters plus what is not counted yet) against the one from the answers. */
async function agree(stage: string) {
  const filter = filterOptions()[0]!;
  for (const inspectionId of [countshire, oldshire])
    for (const chosen of [undefined, { dimension: filter.dimension, value: filter.value }]) {
      const fromCounts = await inspectionSummary(db, inspectionId, 1, chosen);
      const fromAnswers = await oracleSummary(db, inspectionId, 1, chosen);
      expect(fromCounts, `${stage}, ${JSON.stringify(chosen ?? "everyone")}`).toEqual(fromAnswers);
    }
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "sv-migrations-"));
  writeMigrations(false);
  handle = await createTestDatabase({ migrationsFolder: folder });
  db = handle.db;
  await addColumnsTodaysWritersNeed();
  countshire = await previousVersionInspection("Countshire");
  oldshire = await previousVersionInspection("Oldshire");
  // The previous version: submits queue, its fold counts some; Oldshire's responses were
  // stored before counters, so nothing counts or queues them.
  await submitRandomResponses(
    db,
    countshire,
    [...all(20, "parent"), ...all(10, "practitioner")],
    next,
  );
  expect(await previousVersionFold(countshire, 18)).toHaveLength(18);
  await storeWithoutQueue(oldshire, [...all(8, "parent"), ...all(4, "child")]);
}, 180_000);

afterAll(async () => {
  await handle?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe(`a rolling deploy of per-response counting, on ${databaseKind}`, () => {
  it("the migration marks what was counted and queues the rest for processes of either version", async () => {
    const waitingBefore = await db.select().from(pendingCounts);
    writeMigrations(true);
    await handle.migrate();
    const notCounted = new Set(await uncounted());
    // Counted: Countshire's folded 18. Not counted: its 12 waiting, and Oldshire's 12.
    expect(notCounted.size).toBe(24);
    for (const { responseId } of waitingBefore) expect(notCounted.has(responseId)).toBe(true);
    for (const id of await responseIds(oldshire)) expect(notCounted.has(id)).toBe(true);
    const waiting = await db.select().from(pendingCounts);
    expect(new Set(waiting.map((row) => row.responseId))).toEqual(notCounted);
    await agree("just migrated");
  });

  it("counts are never lost while old and new processes fold side by side, and the start-up rebuild folds each response not counted, once", async () => {
    // Old processes still run: one folds (its trigger-marked rows must not be folded again),
    // and both versions submit; a writer that queues nothing stores more in Countshire, which
    // has counters already.
    const foldedByOld = await previousVersionFold(countshire, 5);
    expect(foldedByOld).toHaveLength(5);
    const marked = await db
      .select({ counted: responses.counted })
      .from(responses)
      .where(inArray(responses.id, foldedByOld));
    expect(marked.every((row) => row.counted)).toBe(true);
    await submitRandomResponses(db, countshire, all(5, "parent"), next);
    const neverQueued = await storeWithoutQueue(countshire, [
      ...all(4, "parent"),
      ...all(2, "child"),
    ]);
    // The summary already holds every response, folded or not.
    await agree("mid-deploy");

    const notCounted = await uncounted();
    // 24 − 5 folded by the old process + 5 submitted + 6 never queued.
    expect(notCounted).toHaveLength(30);
    for (const id of neverQueued) expect(notCounted).toContain(id);
    expect(await rebuildMissingCounts(db)).toEqual({ recounted: 0, folded: 30 });
    expect(await uncounted()).toEqual([]);
    await agree("after the start-up rebuild");
    expect(await rebuildMissingCounts(db)).toEqual({ recounted: 0, folded: 0 });
    await agree("after a second start-up");
  });

  it(`folds a response at most once, however many folds, recounts and queue rows meet it${raced}`, async () => {
    await submitRandomResponses(db, countshire, [...all(9, "parent"), ...all(3, "child")], next);
    // Rows queued again for responses already counted (a replayed queue) are not counted.
    const counted = (await responseIds(oldshire)).slice(0, 4);
    await db
      .insert(pendingCounts)
      .values(counted.map((responseId) => ({ responseId, inspectionId: oldshire })));
    const folds = await Promise.all([
      ...Array.from({ length: 5 }, () => foldPendingCounts(db, 3)),
      rebuildCounts(db, oldshire).then(() => 0),
      ...Array.from({ length: 3 }, () => foldPendingCounts(db, 3)),
    ]);
    const folded = folds.reduce((a, b) => a + b, 0);
    // Whatever the interleaving, the folds took each of the 12 new responses once at most,
    // and the recount none of Countshire's.
    expect(folded + (await uncounted(countshire)).length).toBe(12);
    await rebuildMissingCounts(db);
    expect(await foldPendingCounts(db)).toBe(0);
    await agree("after racing folds and a recount");
  });
});

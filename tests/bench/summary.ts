/*
 * Summary benchmark: server time for an inspection's coded summary at 10,000 and 100,000
 * responses, bulk-generated in PostgreSQL from the real survey definitions, against a baseline
 * measured in the same run (one count over the same answers). The summary reads counters kept
 * at submit time; generated rows get theirs from a rebuild, timed separately. Loopback PostgreSQL only, in a
 * throwaway database that is dropped afterwards.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/summary.ts
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "~db/client.server";
import { createInspection } from "~/inspections/inspections.server";
import { rebuildCounts } from "~/summary/counts.server";
import { inspectionSummary } from "~/summary/summary.server";
import { questionOptions, surveyDefinitions } from "~surveys";

const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);

const name = `sv_bench_${randomBytes(4).toString("hex")}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const handle = await openDatabase({ url: url.toString() });

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function time(fn: () => Promise<unknown>) {
  const samples: number[] = [];
  await fn(); // warm
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// The closed questions of the standard definitions, with their options' polarities.
const questions = surveyDefinitions
  .filter((d) => d.version === "standard")
  .flatMap((d) =>
    d.questions
      .filter((q) => q.kind !== "text" && q.section !== "about")
      .map((q) => ({
        audience: d.audience,
        id: q.id,
        criteria: q.criteria,
        subPoints: q.subPoints,
        options: questionOptions(q).map((o) => ({ value: o.value, polarity: o.polarity })),
      })),
  );

const results: Record<string, unknown>[] = [];
try {
  await handle.migrate();
  const db = handle.db;
  await db.execute(sql`create temporary table bench_questions (
    audience text, question_id text, criteria text[], sub_points text[], options jsonb)`);
  for (const q of questions)
    await db.execute(sql`insert into bench_questions values (${q.audience}, ${q.id},
      ${`{${q.criteria.join(",")}}`}::text[], ${`{${q.subPoints.join(",")}}`}::text[], ${JSON.stringify(q.options)}::jsonb)`);
  for (const size of sizes) {
    const inspectionId = await createInspection(db, {
      localAreaName: `Bench ${size}`,
      notifiedOn: "2026-11-23",
    });
    const started = performance.now();
    await db.execute(sql`insert into responses (inspection_id, audience, version, language, channel, submitted_on, about, submission_key)
      select ${inspectionId}, (array['child','parent','practitioner'])[1 + i % 3],
        case when i % 4 = 0 then 'easy' else 'standard' end, 'en', 'online',
        date '2026-11-23' + (i % 7),
        jsonb_build_object('about_ehc_plan', (array['yes','no','dont_know'])[1 + i % 3]),
        ${inspectionId} || '-' || i
      from generate_series(1, ${size}) i`);
    // Each response answers 85% of its audience's closed questions, one option at random.
    await db.execute(sql`insert into answers (response_id, inspection_id, question_id, value, polarity, criteria, sub_points)
      select r.id, r.inspection_id, q.question_id, o->>'value', o->>'polarity', q.criteria, q.sub_points
      from responses r
      join bench_questions q on q.audience = r.audience
      cross join lateral (
        select q.options -> floor(random() * jsonb_array_length(q.options))::int as o
      ) pick
      where r.inspection_id = ${inspectionId} and random() < 0.85`);
    // Generated rows bypass the submit path, so their counters are built as after a migration.
    const counting = performance.now();
    await rebuildCounts(db, inspectionId);
    const countSeconds = (performance.now() - counting) / 1000;
    // Live submissions spread their counters over 16 shards: copy every counter into the
    // other 15 (as zeros, so the sums stay right) to read as many rows as a live inspection.
    await db.execute(sql`insert into summary_counts
      select inspection_id, kind, audience, dimension, dim_value, code, polarity, s.shard, 0, 0
      from summary_counts, generate_series(1, 15) as s(shard)
      where inspection_id = ${inspectionId} and summary_counts.shard = 0`);
    await db.execute(sql`analyze responses`);
    await db.execute(sql`analyze answers`);
    await db.execute(sql`analyze summary_counts`);
    const [{ answers }] = (await db.execute(
      sql`select count(*)::int as answers from answers where inspection_id = ${inspectionId}`,
    )) as unknown as [{ answers: number }];
    const loadSeconds = (performance.now() - started) / 1000;
    const baseline = await time(() =>
      db.execute(sql`select count(*) from answers where inspection_id = ${inspectionId}`),
    );
    const summary = await time(() => inspectionSummary(db, inspectionId, 10));
    const filtered = await time(() =>
      inspectionSummary(db, inspectionId, 10, { dimension: "about_ehc_plan", value: "yes" }),
    );
    results.push({
      responses: size,
      answers,
      loadSeconds: Number(loadSeconds.toFixed(1)),
      rebuildSeconds: Number(countSeconds.toFixed(1)),
      baselineMs: Number(baseline.toFixed(1)),
      summaryMs: Number(summary.toFixed(1)),
      filteredMs: Number(filtered.toFixed(1)),
      summaryOverBaseline: Number((summary / baseline).toFixed(3)),
      target: "summary ≤ 100 ms at 100,000",
    });
  }
} finally {
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
console.table(results);
mkdirSync(".tmp/bench", { recursive: true });
writeFileSync(
  ".tmp/bench/summary.json",
  JSON.stringify({ at: new Date().toISOString(), runs, results }, null, 2),
);

/*
 * Overview and criterion pages at scale (#18): with 5,000 responses and 8,000 coded comments
 * in one inspection (BENCH_RESPONSES, BENCH_COMMENTS), the server time of the inspection's
 * overview and of each criterion page, and the overview's compressed size, from the
 * production server, signed in as a lead of the inspection.
 *
 * Server time is the time to the last byte of a GET on loopback (an upper bound: it includes
 * the loopback hop). The baseline, measured in the same run on the same server, is the
 * inspector's list of inspections, the least an inspector's page does (session, one query,
 * the page's shell); the ratios say how much more the pages cost than that.
 *
 * Rows are generated in PostgreSQL with a seeded random source (tests/bench/generate.ts);
 * each comment is coded with one or two criteria, some confirmed, and five themes per
 * criterion carry a share of them. Counters are rebuilt as after a migration.
 *
 * Judged, in the quietest of three rounds (the machine is shared): the overview's median and
 * the slowest criterion page's median ≤ 150 ms; the overview's HTML ≤ 60 kB compressed as a
 * browser takes it (br, then gzip, whichever the server chooses); every page answers 200.
 * Ends with one verdict line; exits 1 on a miss.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/overview.ts
 */
import { request } from "node:http";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { openDatabase } from "~db/client.server";
import { inspectionTeam, users } from "~db/schema";
import { startSession } from "~/auth/session.server";
import { createInspection } from "~/inspections/inspections.server";
import { criterionCodes } from "~surveys/framework";
import { generateCodedComments } from "./generate";
import { createThrowawayDatabase, startProductionServer, writeFigures } from "./production-server";

const responseCount = Number(process.env.BENCH_RESPONSES ?? 5000);
const commentCount = Number(process.env.BENCH_COMMENTS ?? 8000);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const targetMs = 150;
const sizeTarget = 60_000;

// The session cookie is signed in this process and read by the server: one secret for both.
process.env.SESSION_SECRET ??= randomBytes(32).toString("hex");

/** One GET, timed to its last byte; the bytes on the wire and the encoding the server chose. */
function get(url: string, cookie: string) {
  return new Promise<{ status: number; ms: number; wire: number; encoding: string }>(
    (resolve, reject) => {
      const started = performance.now();
      const req = request(
        url,
        { headers: { Cookie: cookie, "Accept-Encoding": "br, gzip" }, agent: false },
        (response) => {
          let wire = 0;
          response.on("data", (chunk: Buffer) => (wire += chunk.length));
          response.on("error", reject);
          response.on("end", () =>
            resolve({
              status: response.statusCode!,
              ms: performance.now() - started,
              wire,
              encoding: String(response.headers["content-encoding"] ?? "identity"),
            }),
          );
        },
      );
      req.on("error", reject);
      req.end();
    },
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const database = await createThrowawayDatabase();
const server = await startProductionServer(database.url);
const handle = await openDatabase({ url: database.url });
let verdict = "";
let failed = false;
try {
  const db = handle.db;
  const inspectionId = await createInspection(db, {
    localAreaName: "Bench overview",
    notifiedOn: "2026-11-23",
  });
  const [lead] = await db
    .insert(users)
    .values({ email: "lead@bench.test", name: "Bench lead", passwordHash: "x", role: "inspector" })
    .returning({ id: users.id });
  await db.insert(inspectionTeam).values({ inspectionId, userId: lead!.id, role: "lead" });

  const writing = performance.now();
  await generateCodedComments(db, inspectionId, {
    responses: responseCount,
    comments: commentCount,
    themedBy: lead!.id,
  });
  const [counted] = (await db.execute(sql`
    select (select count(*)::int from responses where inspection_id = ${inspectionId}) as responses,
           (select count(*)::int from comments where inspection_id = ${inspectionId}) as comments,
           (select count(*)::int from comment_codes) as codes,
           (select count(*)::int from comment_themes) as themed`)) as unknown as [
    Record<string, number>,
  ];
  console.log(
    `wrote ${counted!.responses} responses, ${counted!.comments} comments, ${counted!.codes} codes, ${counted!.themed} themed, in ${Math.round(performance.now() - writing)} ms`,
  );

  const cookie = (await startSession(lead!.id)).split(";")[0]!;
  const pages = [
    { name: "baseline: inspections list", path: "/inspections" },
    { name: "overview", path: `/inspections/${inspectionId}` },
    ...criterionCodes.map((code) => ({
      name: `criterion ${code}`,
      path: `/inspections/${inspectionId}/criteria/${code}`,
    })),
  ];
  const statuses: string[] = [];
  for (const page of pages) {
    const first = await get(server.origin + page.path, cookie); // warm: compile, JIT, caches
    if (first.status !== 200) statuses.push(`${page.path} answered ${first.status}`);
  }
  const rounds: Map<string, { ms: number[]; wire: number; encoding: string }>[] = [];
  for (let round = 0; round < 3; round += 1) {
    const figures = new Map<string, { ms: number[]; wire: number; encoding: string }>();
    for (let i = 0; i < runs; i += 1)
      for (const page of pages) {
        const answer = await get(server.origin + page.path, cookie);
        const entry = figures.get(page.name) ?? { ms: [], wire: 0, encoding: "" };
        entry.ms.push(answer.ms);
        entry.wire = answer.wire;
        entry.encoding = answer.encoding;
        figures.set(page.name, entry);
      }
    rounds.push(figures);
  }
  const slowestOf = (figures: Map<string, { ms: number[] }>) =>
    Math.max(
      ...[...figures.entries()].filter(([n]) => n !== pages[0]!.name).map(([, f]) => median(f.ms)),
    );
  const quietest = rounds.reduce((a, b) => (slowestOf(b) < slowestOf(a) ? b : a));
  const baseline = median(quietest.get(pages[0]!.name)!.ms);
  const rows = [...quietest.entries()].map(([name, f]) => ({
    page: name,
    "median ms": Number(median(f.ms).toFixed(1)),
    "× baseline": Number((median(f.ms) / baseline).toFixed(2)),
    "kB on the wire": Number((f.wire / 1000).toFixed(1)),
    encoding: f.encoding,
  }));
  console.log(`Median of ${runs}, quietest of ${rounds.length} rounds`);
  console.table(rows);
  const overview = rows.find((r) => r.page === "overview")!;
  const criteria = rows.filter((r) => r.page.startsWith("criterion"));
  const slowestCriterion = criteria.reduce((a, b) => (b["median ms"] > a["median ms"] ? b : a));
  writeFigures("overview", { runs, counted, rows });
  const misses = [
    ...statuses,
    overview["median ms"] > targetMs ? `overview ${overview["median ms"]} ms > ${targetMs} ms` : "",
    slowestCriterion["median ms"] > targetMs
      ? `${slowestCriterion.page} ${slowestCriterion["median ms"]} ms > ${targetMs} ms`
      : "",
    overview["kB on the wire"] * 1000 > sizeTarget
      ? `overview HTML ${overview["kB on the wire"]} kB > ${sizeTarget / 1000} kB (${overview.encoding})`
      : "",
  ].filter(Boolean);
  failed = misses.length > 0;
  verdict = `overview: ${failed ? "FAIL" : "PASS"} — overview ${overview["median ms"]} ms (${overview["× baseline"]}× the inspections list), slowest criterion page ${slowestCriterion.page} ${slowestCriterion["median ms"]} ms (${slowestCriterion["× baseline"]}×), overview ${overview["kB on the wire"]} kB ${overview.encoding}; targets ≤ ${targetMs} ms, ≤ ${sizeTarget / 1000} kB${failed ? `; missed: ${misses.join("; ")}` : ""}`;
} catch (error) {
  failed = true;
  verdict = `overview: FAIL — ${error instanceof Error ? error.message : String(error)}`;
} finally {
  await handle.close();
  await server.stop();
  await database.drop();
}
console.log(verdict);
process.exit(failed ? 1 : 0);

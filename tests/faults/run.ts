/*
 * Fault test (`npm run test:faults`): many people send complete surveys over HTTP to the
 * production server while it is killed (SIGKILL) and started again; then the database must
 * hold every acknowledged submission exactly once and whole, and the summary's counters must
 * agree with the stored answers. Loopback only, in a throwaway PostgreSQL database.
 *
 *   FAULT_RESPONSES=10000 FAULT_CLIENTS=100 FAULT_KILLS=3 npm run test:faults
 *
 * Also FAULT_SEED (replays a plan), FAULT_TIME_LIMIT (seconds of load, default 540),
 * FAULT_PROCESSES (the server's processes, WEB_CONCURRENCY, default 2) and
 * DATABASE_URL (the PostgreSQL server to make the database on). Serves build/ as it is (built
 * first only when missing: rebuild after changing the app). Writes .tmp/faults.json.
 */
import { spawnSync } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import postgres from "postgres";
import { openDatabase } from "../../db/client.server";
import { createInspection, listSurveyLinks } from "../../app/inspections/inspections.server";
import { londonDay } from "../../app/platform/time";
import { AppServer, freePort } from "./app-server";
import { checkDatabase, storedSubmissionKeys } from "./checks";
import type { Check } from "./checks";
import { planSubmissions, seededRandom } from "./plan";
import { SurveyClient, newTally } from "./survey-client";
import type { Outcome, SendAttempt } from "./survey-client";

const count = Number(process.env.FAULT_RESPONSES ?? 10_000);
const clients = Number(process.env.FAULT_CLIENTS ?? 100);
const killsWanted = Number(process.env.FAULT_KILLS ?? 3);
const seed = Number(process.env.FAULT_SEED ?? randomInt(2 ** 31));
const timeLimitSeconds = Number(process.env.FAULT_TIME_LIMIT ?? 540);
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const began = Date.now();
const seconds = (from: number) => Number(((Date.now() - from) / 1000).toFixed(1));
console.log(
  `Fault test: ${count} submissions by ${clients} clients, ${killsWanted} kills (FAULT_SEED=${seed})`,
);

// First the markers: every one must come through redaction unchanged, or nobody is found.
const { submissions, markersRejected } = planSubmissions(count, seed);

if (!existsSync("build/index.js")) {
  console.log("No build/: running remix build");
  const build = spawnSync("npx", ["remix", "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("remix build failed");
}

const name = `sv_faults_${randomBytes(4).toString("hex")}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${name}`;
const handle = await openDatabase({ url: databaseUrl.toString() });
const server = new AppServer(await freePort(), databaseUrl.toString());

let exitCode = 1;
try {
  await handle.migrate();
  const inspectionId = await createInspection(handle.db, {
    localAreaName: "Faultshire",
    notifiedOn: londonDay(),
    now: new Date(Date.now() - 60_000),
  });
  const tokens = Object.fromEntries(
    (await listSurveyLinks(handle.db, inspectionId)).map((l) => [l.audience, l.token]),
  );

  await server.start();
  const tally = newTally();
  const client = new SurveyClient(server.origin, tally, clients * 2);
  const loadStarted = Date.now();
  const deadline = loadStarted + timeLimitSeconds * 1000;
  const outcomes: (Outcome | undefined)[] = new Array(submissions.length);

  let next = 0;
  const person = async () => {
    while (next < submissions.length && Date.now() < deadline) {
      const submission = submissions[next++]!;
      const outcome = await client.submit(tokens[submission.audience]!, submission, deadline);
      outcomes[submission.index] = outcome;
      tally.finished += 1;
      if (outcome.acknowledged) tally.acknowledged += 1;
    }
  };

  // Each kill falls at a random point in its own stretch of the run (by submissions finished,
  // or by time when the run is slow), plus a random delay: any request may be in flight, Send
  // included.
  const random = seededRandom(seed ^ 0x5eed);
  const killLog: { atSeconds: number; sendsInFlight: SendAttempt[]; storedKeys: Set<string> }[] =
    [];
  let loadDone = false;
  const killer = async () => {
    for (let k = 0; k < killsWanted; k += 1) {
      const point = 0.05 + (0.9 * (k + random())) / killsWanted;
      const due = () =>
        tally.finished >= point * submissions.length ||
        Date.now() >= loadStarted + point * timeLimitSeconds * 1000;
      while (!loadDone && !due()) await sleep(20);
      if (loadDone) return;
      await sleep(random() * 250);
      const atSeconds = seconds(loadStarted);
      // Sends in flight for submissions not yet confirmed by another send.
      const sendsInFlight = [...tally.sendsInFlight].filter((a) => !tally.confirmed.has(a.key));
      await server.kill();
      // Which of the cut sends had committed before the process died: their retries are the
      // dangerous case, a send that worked but was never confirmed.
      const storedKeys = await storedSubmissionKeys(
        handle.db,
        sendsInFlight.map((a) => a.key),
      );
      await server.restart();
      killLog.push({ atSeconds, sendsInFlight, storedKeys });
    }
  };
  const load = Promise.all(Array.from({ length: clients }, person)).then(() => {
    loadDone = true;
  });
  await Promise.all([load, killer()]);
  const loadSeconds = seconds(loadStarted);
  await server.stop();
  client.close();

  const { checks: stored, figures } = await checkDatabase(
    handle.db,
    inspectionId,
    submissions,
    outcomes,
  );
  const unfinished = submissions.filter((s) => {
    const outcome = outcomes[s.index];
    return !outcome || outcome.abandonedAt === "time";
  }).length;
  const checks: Check[] = [
    {
      name: `the server was killed ${killsWanted} times and came back each time`,
      passed:
        server.kills === killsWanted && server.restarts === server.kills && server.crashes === 0,
      detail: server.crashes ? [`${server.crashes} exits nobody asked for`, server.errorTail] : [],
    },
    {
      name: "every server process exited with the process killed above it",
      passed: server.orphans === 0,
      detail: server.orphans ? [`${server.orphans} still running 5 s after a kill`] : [],
    },
    {
      name: `every submission was tried within ${timeLimitSeconds} s`,
      passed: unfinished === 0,
      detail: unfinished ? [`${unfinished} not finished`] : [],
    },
    {
      name: "every page answered as the survey flow expects",
      passed: tally.anomalies.length === 0,
      detail: tally.anomalies.slice(0, 5),
    },
    ...stored,
  ];

  const kills = killLog.map((k, i) => {
    // Some sends in flight still get their answer: what the process wrote before it died arrives.
    const cut = k.sendsInFlight.filter((a) => !a.answered);
    const committed = [...new Set(cut.filter((a) => k.storedKeys.has(a.key)).map((a) => a.key))];
    return {
      atSeconds: k.atSeconds,
      sendsCut: cut.length,
      committedUnconfirmed: committed.length,
      thenConfirmed: committed.filter((key) => tally.confirmed.has(key)).length,
      downtimeMs: server.downtimes[i]!,
    };
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const results = {
    tried: tally.finished,
    acknowledged: tally.acknowledged,
    ...figures,
    kills: server.kills,
    restarts: server.restarts,
    sendsCut: sum(kills.map((k) => k.sendsCut)),
    committedUnconfirmed: sum(kills.map((k) => k.committedUnconfirmed)),
    thenConfirmed: sum(kills.map((k) => k.thenConfirmed)),
    gaveUpAfterCutSend: outcomes.filter((o) => o?.abandonedAt === "send").length,
    requests: tally.requests,
    requestsWithoutAnswer: tally.noAnswer,
    serverErrors: tally.serverErrors,
    loadSeconds,
    requestsPerSecond: Math.round(tally.requests / loadSeconds),
    totalSeconds: seconds(began),
  };
  const rows: [string, string | number][] = [
    ["submissions tried", `${results.tried} of ${submissions.length}`],
    ["acknowledged", results.acknowledged],
    ["stored", results.stored],
    ["repeat sends (double clicks, retries)", results.repeatSends],
    ["duplicates prevented", results.duplicatesPrevented],
    ["kills / restarts", `${results.kills} / ${results.restarts}`],
    ["sends cut by each kill", kills.map((k) => k.sendsCut).join(", ")],
    ["  of which committed, unconfirmed", kills.map((k) => k.committedUnconfirmed).join(", ")],
    ["    then sent again and confirmed", results.thenConfirmed],
    ["given up after a cut send", results.gaveUpAfterCutSend],
    ["down time per kill (ms)", kills.map((k) => k.downtimeMs).join(", ")],
    [
      "requests / without an answer / 5xx",
      `${results.requests} / ${results.requestsWithoutAnswer} / ${results.serverErrors}`,
    ],
    ["load time (s), requests per second", `${loadSeconds}, ${results.requestsPerSecond}`],
    ["total time (s)", results.totalSeconds],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  for (const check of checks) {
    console.log(`${check.passed ? "✓" : "✗"} ${check.name}`);
    if (!check.passed) for (const line of check.detail ?? []) console.log(`    ${line}`);
  }
  const passed = checks.filter((c) => c.passed).length;
  const failed = checks.length - passed;

  mkdirSync(".tmp", { recursive: true });
  writeFileSync(
    ".tmp/faults.json",
    JSON.stringify(
      {
        at: new Date().toISOString(),
        parameters: { responses: count, clients, kills: killsWanted, seed, timeLimitSeconds },
        results,
        kills,
        markersRejected,
        checks,
        passed,
        failed,
      },
      null,
      2,
    ),
  );
  console.log(`faults: ${passed} passed, ${failed} failed`);
  exitCode = failed ? 1 : 0;
} finally {
  await server.stop();
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
process.exit(exitCode);

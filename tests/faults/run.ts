/*
 * Fault test (`npm run test:faults`): many people send complete surveys and sign up for
 * webinars over HTTP to production servers while the servers are killed (SIGKILL) and started
 * again; then the database must hold every acknowledged submission and sign-up exactly once
 * and whole, and the summary's counters and the webinars' places must agree with what is
 * stored. Loopback only, in a throwaway PostgreSQL database.
 *
 * It runs FAULT_SERVERS independent servers (2 by default): each its own `node server.mjs`
 * on its own port, as hosts behind a load balancer, started at once on the new database (so
 * they migrate it together) and sharing nothing but it and their settings. Requests go to
 * them in turn; each kill takes the next server in turn, which is started again while the
 * others carry on.
 *
 *   FAULT_RESPONSES=10000 FAULT_CLIENTS=100 FAULT_KILLS=3 npm run test:faults
 *
 * Also FAULT_SIGNUPS (webinar sign-ups, a tenth of FAULT_RESPONSES by default), FAULT_SEED
 * (replays a plan), FAULT_TIME_LIMIT (seconds of load, default 540), FAULT_PROCESSES (each
 * server's processes, WEB_CONCURRENCY, default 2) and DATABASE_URL (the PostgreSQL server to
 * make the database on). Serves build/ as it is (built first only when missing: rebuild after
 * changing the app). Writes .tmp/faults.json.
 */
import { spawnSync } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { and, asc, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, rowsOf } from "~db/client.server";
import { outbox } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { londonDay } from "~/platform/time";
import { createWebinar, webinarsTokenOf } from "~/webinars/webinars.server";
import { AppServer, freePort } from "./app-server";
import type { KillKind } from "./app-server";
import { checkDatabase, checkSignUps, storedSubmissionKeys } from "./checks";
import type { Check, RunWebinar } from "./checks";
import { planSignUps, planSubmissions, seededRandom } from "./plan";
import type { SignUpPlan, Submission } from "./plan";
import { SurveyClient, newTally } from "./survey-client";
import type { Outcome, SendAttempt } from "./survey-client";
import { listSurveyLinks } from "~/inspections/survey-links.server";

const count = Number(process.env.FAULT_RESPONSES ?? 10_000);
const signUpCount = Number(process.env.FAULT_SIGNUPS ?? Math.round(count / 10));
const clients = Number(process.env.FAULT_CLIENTS ?? 100);
const killsWanted = Number(process.env.FAULT_KILLS ?? 3);
const serverCount = Number(process.env.FAULT_SERVERS ?? 2);
const seed = Number(process.env.FAULT_SEED ?? randomInt(2 ** 31));
const timeLimitSeconds = Number(process.env.FAULT_TIME_LIMIT ?? 540);
// How long a host kill may wait for a Send that has committed and not been answered.
const catchSeconds = Number(process.env.FAULT_CATCH_SECONDS ?? 20);
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const began = Date.now();
const seconds = (from: number) => Number(((Date.now() - from) / 1000).toFixed(1));
console.log(
  `Fault test: ${count} submissions and ${signUpCount} sign-ups by ${clients} clients to ` +
    `${serverCount} servers, ${killsWanted} kills (FAULT_SEED=${seed})`,
);

// First the markers: every one must come through redaction unchanged, or nobody is found.
const { submissions, markersRejected } = planSubmissions(count, seed);
// A webinar takes 30 sign-ups a minute (a limit every host shares): enough webinars that the
// run stays under it. The first is small, so its waiting list fills while hosts die.
const webinarCount = signUpCount ? Math.max(2, Math.ceil(signUpCount / 20)) : 0;
const signUps = planSignUps(signUpCount, webinarCount, seed);
const perWebinar = Math.ceil(signUpCount / Math.max(1, webinarCount));
type Task = { survey: Submission } | { signUp: SignUpPlan };
// Sign-ups spread evenly among the surveys.
const tasks: Task[] = [
  ...submissions.map((survey, i) => ({ at: (i + 0.5) / count, task: { survey } })),
  ...signUps.map((signUp, i) => ({ at: (i + 0.5) / signUpCount, task: { signUp } })),
]
  .sort((a, b) => a.at - b.at)
  .map(({ task }) => task);

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
// What every host shares besides the database: the session secret, the proxy in front, and
// the mail service, which is this test: emails wait in the outbox (MAIL_TRANSPORT=none),
// where each person's "confirm your place" email is read.
const signUpMinSeconds = 1;
const shared = {
  SESSION_SECRET: randomBytes(36).toString("base64url"),
  TRUST_PROXY: "loopback",
  MAIL_TRANSPORT: "none",
  // The sign-up form's bot check stays on: each person waits longer than this (below).
  SIGNUP_MIN_SECONDS: String(signUpMinSeconds),
};
const servers: AppServer[] = [];
for (let i = 0; i < serverCount; i += 1)
  servers.push(new AppServer(await freePort(), databaseUrl.toString(), shared));

let exitCode = 1;
try {
  // All at once, on the new database: one applies the migrations while the others wait.
  await Promise.all(servers.map((server) => server.start()));
  const inspectionId = await createInspection(handle.db, {
    localAreaName: "Faultshire",
    notifiedOn: londonDay(),
    now: new Date(Date.now() - 60_000),
  });
  const tokens = Object.fromEntries(
    (await listSurveyLinks(handle.db, inspectionId)).map((l) => [l.audience, l.token]),
  );
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const webinars: RunWebinar[] = [];
  for (let w = 0; w < webinarCount; w += 1) {
    const capacity = w === 0 ? Math.max(1, Math.floor(perWebinar / 2)) : perWebinar * 2;
    const id = await createWebinar(handle.db, {
      inspectionId,
      title: `Meet the inspectors ${w + 1}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      capacity,
      audience: "both",
      host: "inspectors",
      joinUrl: "https://meet.example.org/faults",
    });
    webinars.push({ id, capacity });
  }
  const webinarsToken = await webinarsTokenOf(handle.db, inspectionId);

  // The link in a person's first "confirm your place" email, as their mailbox would show it.
  const emailedLink = async (email: string) => {
    const [message] = await handle.db
      .select({ body: outbox.body })
      .from(outbox)
      .where(and(eq(outbox.to, email), eq(outbox.kind, "confirm")))
      .orderBy(asc(outbox.createdAt))
      .limit(1);
    const token = /\/booking\/([\w-]{20,40})/.exec(message?.body ?? "")?.[1];
    return token && `/booking/${token}`;
  };
  const tally = newTally();
  const client = new SurveyClient(
    servers.map((server) => server.origin),
    tally,
    clients * 2,
    signUpMinSeconds * 1000 + 200,
  );
  const loadStarted = Date.now();
  const deadline = loadStarted + timeLimitSeconds * 1000;
  const outcomes: (Outcome | undefined)[] = new Array(submissions.length);
  const signUpOutcomes: (Outcome | undefined)[] = new Array(signUps.length);

  let next = 0;
  const person = async () => {
    while (next < tasks.length && Date.now() < deadline) {
      const task = tasks[next++]!;
      if ("survey" in task) {
        const { survey } = task;
        outcomes[survey.index] = await client.submit(tokens[survey.audience]!, survey, deadline);
      } else {
        const { signUp } = task;
        const path = `/webinars/${webinarsToken}/${webinars[signUp.webinar]!.id}`;
        signUpOutcomes[signUp.index] = await client.signUp(path, signUp, deadline, emailedLink);
      }
      tally.finished += 1;
    }
  };

  // Each kill falls at a random point in its own stretch of the first 70% of the run (by
  // tasks finished, or by time when the run is slow), plus a random delay: any request may be
  // in flight, Send included. Kills take the servers in turn; a killed server is started
  // again while the others carry on, and the next kill waits until it is back (one host down
  // at a time), which the last 30% leaves time for. They take turns at what they kill: the
  // whole host, one of its server processes, its first process alone.
  //
  // A host kill then waits for the dangerous moment: a Send to that host whose transaction
  // has committed and whose answer has not come back. When the database shows one, the host
  // is frozen (SIGSTOP) so the answer cannot leave; if after a moment it is still unanswered
  // the host is killed there, or else thawed (a stall of 0.5 s) and watched again, for up
  // to FAULT_CATCH_SECONDS, after which it is killed anyway.
  const random = seededRandom(seed ^ 0x5eed);
  const kinds: KillKind[] = ["host", "worker", "primary"];
  interface Kill {
    server: number;
    kind: KillKind;
    atSeconds: number;
    /** A host kill that caught a committed Send before its answer left. */
    caught: boolean;
    sendsInFlight: SendAttempt[];
    storedKeys: Set<string>;
    /** From the kill until the server answered again. */
    downtimeMs?: number;
  }
  const killLog: Kill[] = [];
  const restartFailures: string[] = [];
  const restarting = new Map<AppServer, Promise<void>>();
  let loadDone = false;
  const catchCommittedSend = async (server: AppServer) => {
    const origin = server.origin.href;
    const until = Date.now() + catchSeconds * 1000;
    while (!loadDone && Date.now() < until) {
      // Sends to this host, unanswered, for submissions no other send has confirmed (a
      // double click's twin may have been answered by another host).
      const open = () =>
        [...tally.sendsInFlight].filter(
          (a) => a.origin === origin && !a.answered && !tally.confirmed.has(a.key),
        );
      const toIt = open();
      const stored = await storedSubmissionKeys(
        handle.db,
        toIt.map((a) => a.key),
      );
      if (open().some((a) => stored.has(a.key))) {
        server.freeze();
        // Answers already written reach the client in this moment (longer than it takes on a
        // quiet machine: this process may be slow to read them when the cores are busy).
        await sleep(500);
        if (open().some((a) => stored.has(a.key))) return true;
        server.thaw();
      }
      await sleep(toIt.length ? 2 : 10);
    }
    return false;
  };
  const killer = async () => {
    for (let k = 0; k < killsWanted; k += 1) {
      const point = 0.05 + (0.65 * (k + random())) / killsWanted;
      const due = () =>
        tally.finished >= point * tasks.length ||
        Date.now() >= loadStarted + point * timeLimitSeconds * 1000;
      while (!loadDone && !due()) await sleep(20);
      await Promise.all(restarting.values());
      if (loadDone) return;
      const server = servers[k % servers.length]!;
      const kind = kinds[k % kinds.length]!;
      const caught = kind === "host" ? await catchCommittedSend(server) : false;
      if (kind !== "host") await sleep(random() * 250);
      const atSeconds = seconds(loadStarted);
      // Sends in flight for submissions not yet confirmed by another send (to any server).
      const sendsInFlight = [...tally.sendsInFlight].filter((a) => !tally.confirmed.has(a.key));
      await server.kill(kind);
      // Which of the cut sends had committed before the process died: their retries are the
      // dangerous case, a send that worked but was never confirmed.
      const storedKeys = await storedSubmissionKeys(
        handle.db,
        sendsInFlight.map((a) => a.key),
      );
      const entry: Kill = {
        server: k % servers.length,
        kind,
        atSeconds,
        caught,
        sendsInFlight,
        storedKeys,
      };
      killLog.push(entry);
      restarting.set(
        server,
        server.restart().then(
          () => {
            entry.downtimeMs = server.downtimes.at(-1);
          },
          (error: Error) => {
            // Judged below (restarts fewer than kills); the run goes on to its report.
            restartFailures.push(error.message.slice(0, 400));
          },
        ),
      );
    }
  };
  const load = Promise.all(Array.from({ length: clients }, person)).then(() => {
    loadDone = true;
  });
  await Promise.all([load, killer()]);
  await Promise.all(restarting.values());
  const loadSeconds = seconds(loadStarted);
  await Promise.all(servers.map((server) => server.stop()));
  client.close();

  const { checks: stored, figures } = await checkDatabase(
    handle.db,
    inspectionId,
    submissions,
    outcomes,
    tally.startsUnanswered,
  );
  const signed = await checkSignUps(handle.db, inspectionId, webinars, signUps, signUpOutcomes);
  const twiceApplied = rowsOf<{ created_at: string; n: number }>(
    await handle.db.execute(sql`select created_at, count(*)::int as n
      from drizzle.__drizzle_migrations group by created_at having count(*) > 1`),
  );
  const unfinished = [
    ...submissions.map((s) => outcomes[s.index]),
    ...signUps.map((s) => signUpOutcomes[s.index]),
  ].filter((outcome) => !outcome || outcome.abandonedAt === "time").length;
  const sumOf = (pick: (server: AppServer) => number) =>
    servers.reduce((total, server) => total + pick(server), 0);
  const kills = sumOf((s) => s.kills);
  const restarts = sumOf((s) => s.restarts);
  const crashes = sumOf((s) => s.crashes);
  const orphans = sumOf((s) => s.orphans);
  const killFigures = killLog.map((k) => {
    // Some sends in flight still get their answer: what the process wrote before it died arrives.
    const cut = k.sendsInFlight.filter((a) => !a.answered);
    const committed = [...new Set(cut.filter((a) => k.storedKeys.has(a.key)).map((a) => a.key))];
    return {
      server: k.server,
      kind: k.kind,
      caught: k.caught,
      atSeconds: k.atSeconds,
      sendsCut: cut.length,
      committedUnconfirmed: committed.length,
      thenConfirmed: committed.filter((key) => tally.confirmed.has(key)).length,
      downtimeMs: k.downtimeMs,
    };
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const sendsCut = sum(killFigures.map((k) => k.sendsCut));
  const committedUnconfirmed = sum(killFigures.map((k) => k.committedUnconfirmed));
  const checks: Check[] = [
    {
      name: `${serverCount} servers started at once on the new database, and each migration was applied once`,
      passed: twiceApplied.length === 0,
      detail: twiceApplied.map((row) => `migration ${row.created_at} applied ${row.n} times`),
    },
    {
      name: `the servers were killed ${killsWanted} times in turn and came back each time`,
      passed: kills === killsWanted && restarts === kills && crashes === 0,
      detail: [
        ...restartFailures,
        ...(crashes
          ? [
              `${crashes} exits nobody asked for`,
              ...servers.map((s) => s.errorTail).filter(Boolean),
            ]
          : []),
      ],
    },
    {
      name: "a kill cut a Send in flight (the path where a person does not know it was sent)",
      passed: sendsCut > 0,
      detail: [`sends cut by each kill: ${killFigures.map((k) => k.sendsCut).join(", ")}`],
    },
    {
      name: "a cut Send had committed (stored but never confirmed: the dangerous path was run)",
      passed: committedUnconfirmed > 0,
      detail: [
        `committed and unconfirmed at each kill: ${killFigures.map((k) => k.committedUnconfirmed).join(", ")}`,
      ],
    },
    {
      name: "no request was answered with a server error (5xx)",
      passed: tally.serverErrors === 0,
      detail: [`${tally.serverErrors} answers of 5xx`, ...tally.serverErrorExamples],
    },
    {
      name: "every server process exited with the process killed above it",
      passed: orphans === 0,
      detail: orphans ? [`${orphans} still running 5 s after a kill`] : [],
    },
    {
      name: `every submission and sign-up was tried within ${timeLimitSeconds} s`,
      passed: unfinished === 0,
      detail: unfinished ? [`${unfinished} not finished`] : [],
    },
    {
      name: "every page answered as the survey and sign-up flows expect",
      passed: tally.anomalies.length === 0,
      detail: tally.anomalies.slice(0, 5),
    },
    ...stored,
    ...signed.checks,
  ];

  const results = {
    tried: outcomes.filter(Boolean).length,
    acknowledged: outcomes.filter((o) => o?.acknowledged).length,
    ...figures,
    signUps: {
      tried: signUpOutcomes.filter(Boolean).length,
      acknowledged: signUpOutcomes.filter((o) => o?.acknowledged).length,
      ...signed.figures,
    },
    servers: serverCount,
    kills,
    restarts,
    sendsCut,
    committedUnconfirmed,
    thenConfirmed: sum(killFigures.map((k) => k.thenConfirmed)),
    gaveUpAfterCutSend: outcomes.filter((o) => o?.abandonedAt === "send").length,
    requests: tally.requests,
    requestsWithoutAnswer: tally.noAnswer,
    requestsRerouted: tally.rerouted,
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
    [
      "sign-ups tried / acknowledged / stored",
      `${results.signUps.tried} of ${signUps.length} / ${results.signUps.acknowledged} / ${results.signUps.stored}`,
    ],
    [
      "  on waiting lists, repeat sign-ups",
      `${results.signUps.waiting}, ${results.signUps.repeatSends}`,
    ],
    ["servers, kills / restarts", `${serverCount}, ${kills} / ${restarts}`],
    [
      "server killed each time, and what",
      killFigures
        .map((k) => `${k.server + 1} ${k.kind}${k.caught ? " (caught a Send)" : ""}`)
        .join(", "),
    ],
    ["sends cut by each kill", killFigures.map((k) => k.sendsCut).join(", ")],
    [
      "  of which committed, unconfirmed",
      killFigures.map((k) => k.committedUnconfirmed).join(", "),
    ],
    ["    then sent again and confirmed", results.thenConfirmed],
    ["given up after a cut send", results.gaveUpAfterCutSend],
    ["down time per kill (ms)", killFigures.map((k) => k.downtimeMs).join(", ")],
    [
      "requests / without an answer / 5xx",
      `${results.requests} / ${results.requestsWithoutAnswer} / ${results.serverErrors}`,
    ],
    ["  refused by a server that was down, sent on", results.requestsRerouted],
    ["start pages cut off (drafts maybe made)", tally.startsUnanswered],
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
        parameters: {
          responses: count,
          signUps: signUpCount,
          clients,
          servers: serverCount,
          kills: killsWanted,
          seed,
          timeLimitSeconds,
        },
        results,
        kills: killFigures,
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
  await Promise.all(servers.map((server) => server.stop()));
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
process.exit(exitCode);

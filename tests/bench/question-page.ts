/*
 * Question page benchmark: what an easy-read question page (the children's survey's first
 * question, a real draft cookie, so the page renders) costs the production build, judged
 * against the app's own floor measured in the same run: its health check, a Remix resource
 * route that runs one query and renders nothing, through the same Express and Remix stack.
 *
 * 1. Server CPU per page, closed loop (BENCH_CONNECTIONS connections, BENCH_REQUESTS
 *    requests a round), the page and the floor taking turns for BENCH_ROUNDS rounds; each
 *    side's quietest round (least CPU per request: other work on the cores only adds) is
 *    judged. Target: the page ≤ 2.5 × the floor.
 * 2. Latency at a fixed arrival rate (open loop, tests/bench/open-loop.ts): BENCH_RATE pages
 *    a second (150) for BENCH_SECONDS (20), counted from when each was due to leave, in
 *    BENCH_ROUNDS rounds; the quietest round's p99 is judged. Target: p99 ≤ 50 ms. Every
 *    page must be a 200.
 *
 * For context, a third row: a bare node:http server in production mode that renders the
 * same question with the app's own QuestionField and the same translations
 * (renderToString, one i18next instance made at start-up, a minimal HTML document), in as
 * many Node processes as the app runs (WEB_CONCURRENCY, 1 by default). Nothing is
 * compressed (no Accept-Encoding). Ends with one verdict line; exits 1 on a miss.
 *
 * Loopback only, in a throwaway PostgreSQL database that is dropped afterwards.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/question-page.ts
 *   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=.tmp/prof" …   # profile the server (see docs)
 */
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { QuestionField } from "~/components/survey/QuestionField";
import { createServerI18n } from "~/i18n/i18n.server";
import { startDraft } from "~/responses/drafts.server";
import { findSurveyByToken } from "~/inspections/survey-links.server";
import { getSurvey } from "~surveys";
import { freePort } from "../e2e/chromium";
import { openLoop } from "./open-loop";
import type { OpenLoopResult } from "./open-loop";
import {
  cpuSeconds,
  createThrowawayDatabase,
  openInspection,
  postgresCpuMsPer,
  postgresCpuSeconds,
  serverProcesses,
  startProductionServer,
  writeFigures,
} from "./production-server";

const rate = Number(process.env.BENCH_RATE ?? 150);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const requestsPerRound = Number(process.env.BENCH_REQUESTS ?? 2000);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const targets = { cpuOverFloor: 2.5, p99Ms: 50 };

// The easy-read page measured: the children's survey's first question (faces, pictures).
const definition = getSurvey("child", "easy");
const question = definition.questions[0]!;

/**
 * The baseline: run as `question-page.ts --baseline-server`, with BASELINE_PORT and
 * BASELINE_PROCESSES; it prints a line when every process listens.
 */
async function serveBaseline() {
  const port = Number(process.env.BASELINE_PORT);
  const processes = Number(process.env.BASELINE_PROCESSES ?? 1);
  if (cluster.isPrimary && processes > 1) {
    for (let i = 0; i < processes; i++) cluster.fork();
    let listening = 0;
    cluster.on("listening", () => {
      if (++listening === processes) console.log("listening");
    });
    process.on("SIGTERM", () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      process.exit(0);
    });
    return;
  }
  const i18n = await createServerI18n("en");
  const page = { namespace: definition.namespace, version: definition.version };
  const server = createServer((_request, response) => {
    const field = renderToString(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(QuestionField, { definition: page, question }),
      ),
    );
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Question</title></head><body><main><form method="post">${field}</form></main></body></html>`,
    );
  });
  server.listen(port, "127.0.0.1", () => {
    if (!cluster.isWorker) console.log("listening");
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

async function startBaseline(processes: number) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--baseline-server"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        BASELINE_PORT: String(port),
        BASELINE_PROCESSES: String(processes),
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Closed loop: `requestsPerRound` requests, with the server's CPU time per request. */
async function measure(url: string, headers: Record<string, string>, pid: number) {
  const cpuBefore = cpuSeconds(pid);
  const databaseBefore = postgresCpuSeconds();
  const clientBefore = process.cpuUsage();
  const result = await autocannon({
    url,
    connections,
    pipelining: 1,
    amount: requestsPerRound,
    headers,
  });
  const cpu = cpuSeconds(pid) - cpuBefore;
  const client = process.cpuUsage(clientBefore);
  const databaseCpuMsPerRequest = postgresCpuMsPer(databaseBefore, result["2xx"]);
  const ok = result["2xx"];
  const perRequest = (cpuSeconds: number) =>
    Number(((cpuSeconds * 1000) / Math.max(1, ok)).toFixed(2));
  return {
    requestsPerSecond: Number((ok / result.duration).toFixed(1)),
    cpuMsPerRequest: perRequest(cpu),
    // Where the rest of the machine went: PostgreSQL, and autocannon in this process.
    databaseCpuMsPerRequest,
    loadGeneratorCpuMsPerRequest: perRequest((client.user + client.system) / 1e6),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: ok,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

type Measured = Awaited<ReturnType<typeof measure>>;
/** The round with the least CPU per request: the one least disturbed by other work. */
const quietest = (runs: Measured[]) =>
  runs.reduce((a, b) => (b.cpuMsPerRequest < a.cpuMsPerRequest ? b : a));

async function main() {
  const database = await createThrowawayDatabase();
  let figures: Record<string, unknown> = {};
  let verdictLine = "question-page: FAIL — not measured";
  try {
    const server = await startProductionServer(database.url);
    const { handle, links } = await openInspection(database.url);
    // The app's server processes (WEB_CONCURRENCY), and as many for the baseline.
    const processes = serverProcesses();
    const baseline = await startBaseline(processes);
    try {
      const { token } = links.find((l) => l.audience === "child")!;
      const survey = (await findSurveyByToken(handle.db, token))!;
      const draft = await startDraft(handle.db, {
        surveyLinkId: survey.linkId,
        version: "easy",
        language: "en",
      });
      const url = `${server.origin}/s/${token}/q/${question.id}`;
      const headers = { Cookie: `sv_draft=${draft.id}` };
      // The page must really render the question (not a redirect to the start page).
      const i18n = await createServerI18n("en");
      const heading = i18n.t(`${definition.namespace}:${question.text}`);
      const [appPage, baselinePage] = await Promise.all([
        fetch(url, { headers, redirect: "manual" }).then(async (r) => [r.status, await r.text()]),
        fetch(baseline.origin).then(async (r) => [r.status, await r.text()]),
      ]);
      for (const [name, [status, body]] of [
        ["app", appPage],
        ["baseline", baselinePage],
      ] as const) {
        if (status !== 200 || !String(body).includes(heading))
          throw new Error(`${name} did not render the question (${status})`);
      }

      const floorUrl = `${server.origin}/healthz`;
      for (const [where, h] of [
        [url, headers],
        [floorUrl, {}],
        [baseline.origin, {}],
      ] as const)
        await autocannon({ url: where, connections, duration: warmUpSeconds, headers: h });
      const pageRuns: Measured[] = [];
      const floorRuns: Measured[] = [];
      const bareRuns: Measured[] = [];
      for (let round = 0; round < rounds; round += 1) {
        pageRuns.push(await measure(url, headers, server.process.pid!));
        floorRuns.push(await measure(floorUrl, {}, server.process.pid!));
        bareRuns.push(await measure(baseline.origin, {}, baseline.pid));
      }
      const app = quietest(pageRuns);
      const floor = quietest(floorRuns);
      const bare = quietest(bareRuns);
      const cpuOverFloor = app.cpuMsPerRequest / floor.cpuMsPerRequest;

      // Open loop at a fixed rate: the page's latency as people arriving would see it.
      const openRuns: (OpenLoopResult & { cpuMsPerPage: number })[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const before = cpuSeconds(server.process.pid!);
        const run = await openLoop({ url, headers, rate, seconds });
        const cpuMsPerPage = ((cpuSeconds(server.process.pid!) - before) * 1000) / run.sent;
        openRuns.push({ ...run, cpuMsPerPage: Number(cpuMsPerPage.toFixed(2)) });
      }
      const open = openRuns.reduce((a, b) => (b.latencyMs.p99 < a.latencyMs.p99 ? b : a));
      const allAnswered =
        openRuns.every((r) => r.failed === 0) &&
        [...pageRuns, ...floorRuns].every((r) => r.non2xx === 0 && r.errors === 0);

      const cpuMet = cpuOverFloor <= targets.cpuOverFloor;
      const latencyMet = open.latencyMs.p99 <= targets.p99Ms;
      figures = {
        page: `child easy-read, question ${question.id}`,
        processes,
        connections,
        requestsPerRound,
        rounds,
        htmlBytes: { app: String(appPage[1]).length, baseline: String(baselinePage[1]).length },
        app,
        floor,
        baseline: bare,
        perRound: { page: pageRuns, floor: floorRuns, baseline: bareRuns },
        cpuOverFloor: Number(cpuOverFloor.toFixed(2)),
        openLoop: { rate, seconds, quietest: open, rounds: openRuns },
        targets,
        meetsTargets: cpuMet && latencyMet && allAnswered,
      };
      console.log(`${processes} server process(es) for the app, as many for the baseline`);
      const row = (what: string, r: Measured, bytes: number | string) => ({
        what,
        "requests/s": r.requestsPerSecond,
        "server CPU ms/request": r.cpuMsPerRequest,
        "each round": [pageRuns, floorRuns, bareRuns]
          .find((runs) => runs.includes(r))!
          .map((x) => x.cpuMsPerRequest)
          .join(" / "),
        "database CPU ms/request": r.databaseCpuMsPerRequest ?? "",
        "autocannon CPU ms/request": r.loadGeneratorCpuMsPerRequest,
        "HTML bytes": bytes,
      });
      console.log(
        `Closed loop, ${connections} connections, ${requestsPerRound} requests a round (quietest of ${rounds}):`,
      );
      console.table([
        row("app: GET easy-read question page", app, String(appPage[1]).length),
        row("floor: app's /healthz (one query, no page)", floor, ""),
        row("baseline: renderToString(QuestionField)", bare, String(baselinePage[1]).length),
      ]);
      console.log(`Open loop, ${rate} pages a second for ${seconds} s (from when each was due):`);
      console.table(
        openRuns.map((r, i) => ({
          round: i + 1,
          "achieved/s": r.achievedRate,
          ok: r.ok,
          failed: r.failed,
          "p50 ms": r.latencyMs.p50,
          "p90 ms": r.latencyMs.p90,
          "p99 ms": r.latencyMs.p99,
          "max ms": r.latencyMs.max,
          "server CPU ms/page": r.cpuMsPerPage,
        })),
      );
      for (const r of openRuns) for (const f of r.failures) console.log(`  failed: ${f}`);
      const verdict =
        `server CPU ${app.cpuMsPerRequest} ms a page = ${cpuOverFloor.toFixed(2)} × the floor's ${floor.cpuMsPerRequest} ms ` +
        `(target ≤ ${targets.cpuOverFloor}: ${cpuMet ? "met" : "MISSED"}); p99 ${open.latencyMs.p99} ms at ${rate} pages/s ` +
        `open loop (target ≤ ${targets.p99Ms} ms: ${latencyMet ? "met" : "MISSED"})` +
        (allAnswered ? "" : "; some requests were not answered 200");
      verdictLine = `question-page: ${cpuMet && latencyMet && allAnswered ? "PASS" : "FAIL"} — ${verdict}`;
    } finally {
      await baseline.stop();
      await server.stop();
      await handle.close();
    }
  } finally {
    await database.drop();
  }
  writeFigures("question-page", figures);
  console.log(verdictLine);
  if (!figures.meetsTargets) process.exitCode = 1;
}

if (process.argv.includes("--baseline-server")) await serveBaseline();
else await main();

/*
 * Question page benchmark: GET throughput and p99 latency of an easy-read question page from
 * the production build (a real draft cookie, so the page renders), against a baseline measured
 * in the same run: a bare node:http server, in as many Node processes as the app runs (node:
 * cluster; the app runs WEB_CONCURRENCY, 1 by default), in production mode, that
 * renders the same question with the app's own QuestionField and the same translations
 * (renderToString, one i18next instance made at start-up, a minimal HTML document).
 * Neither side compresses (autocannon asks for no encoding).
 *
 * A third row measures the app's floor: its health check, a Remix resource route that runs
 * one query and renders nothing, through the same Express stack. What the question page
 * costs beyond it is the page's own work; what the floor costs beyond the baseline is
 * Express and Remix handling a request.
 *
 * Loopback only, in a throwaway PostgreSQL database that is dropped afterwards.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/question-page.ts
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
import { findSurveyByToken } from "~/respond/survey-links.server";
import { getSurvey } from "~surveys";
import { freePort } from "../e2e/chromium";
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

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

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

/** A warm-up, then the measured run, with the server's CPU time per request. */
async function measure(url: string, headers: Record<string, string>, pid: number) {
  await autocannon({ url, connections, duration: warmUpSeconds, headers });
  const cpuBefore = cpuSeconds(pid);
  const databaseBefore = postgresCpuSeconds();
  const clientBefore = process.cpuUsage();
  const result = await autocannon({ url, connections, pipelining: 1, duration: seconds, headers });
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

async function main() {
  const database = await createThrowawayDatabase();
  let figures: Record<string, unknown> = {};
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

      const app = await measure(url, headers, server.process.pid!);
      const bare = await measure(baseline.origin, {}, baseline.pid);
      const floor = await measure(`${server.origin}/healthz`, {}, server.process.pid!);
      const ratio = app.requestsPerSecond / bare.requestsPerSecond;
      figures = {
        page: `child easy-read, question ${question.id}`,
        processes,
        connections,
        seconds,
        htmlBytes: { app: String(appPage[1]).length, baseline: String(baselinePage[1]).length },
        app,
        baseline: bare,
        floor,
        appOverBaseline: Number(ratio.toFixed(3)),
        floorOverBaseline: Number((floor.requestsPerSecond / bare.requestsPerSecond).toFixed(3)),
        cpuPerRequestBaselineOverApp: Number(
          (bare.cpuMsPerRequest / app.cpuMsPerRequest).toFixed(3),
        ),
        targets: "≥ 0.3 of the baseline's rate; p99 < 50 ms",
        meetsTargets: ratio >= 0.3 && app.p99Ms < 50,
      };
      console.log(`${processes} server process(es) for the app, as many for the baseline`);
      console.table([
        {
          what: "app: GET easy-read question page",
          "requests/s": app.requestsPerSecond,
          "p50 ms": app.p50Ms,
          "p99 ms": app.p99Ms,
          "server CPU ms/request": app.cpuMsPerRequest,
          "database CPU ms/request": app.databaseCpuMsPerRequest ?? "",
          "autocannon CPU ms/request": app.loadGeneratorCpuMsPerRequest,
          "HTML bytes": String(appPage[1]).length,
        },
        {
          what: "baseline: renderToString(QuestionField)",
          "requests/s": bare.requestsPerSecond,
          "p50 ms": bare.p50Ms,
          "p99 ms": bare.p99Ms,
          "server CPU ms/request": bare.cpuMsPerRequest,
          "database CPU ms/request": "",
          "autocannon CPU ms/request": bare.loadGeneratorCpuMsPerRequest,
          "HTML bytes": String(baselinePage[1]).length,
        },
        {
          what: "floor: app's /healthz (one query, no page)",
          "requests/s": floor.requestsPerSecond,
          "p50 ms": floor.p50Ms,
          "p99 ms": floor.p99Ms,
          "server CPU ms/request": floor.cpuMsPerRequest,
          "database CPU ms/request": floor.databaseCpuMsPerRequest ?? "",
          "autocannon CPU ms/request": floor.loadGeneratorCpuMsPerRequest,
          "HTML bytes": "",
        },
        {
          what: "app / baseline",
          "requests/s": Number(ratio.toFixed(3)),
          "p50 ms": "",
          "p99 ms": "",
          "server CPU ms/request": Number((app.cpuMsPerRequest / bare.cpuMsPerRequest).toFixed(2)),
          "database CPU ms/request": "",
          "autocannon CPU ms/request": "",
          "HTML bytes": "",
        },
      ]);
    } finally {
      await baseline.stop();
      await server.stop();
      await handle.close();
    }
  } finally {
    await database.drop();
  }
  writeFigures("question-page", figures);
}

if (process.argv.includes("--baseline-server")) await serveBaseline();
else await main();

/*
 * What the HTTP benchmarks share: a throwaway PostgreSQL database, the production build served
 * by `server.mjs` on a free loopback port, and an inspection whose surveys are open today.
 */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import postgres from "postgres";
import { openDatabase } from "~db/client.server";
import type { DatabaseHandle } from "~db/client.server";
import { createInspection } from "~/inspections/inspections.server";
import { londonDay } from "~/platform/time";
import { freePort } from "../e2e/chromium";
import { childProcesses, groupCpuSeconds, processes } from "../processes";
import { listSurveyLinks } from "~/inspections/survey-links.server";

export const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A database made for one benchmark; `drop()` removes it whatever state it is in. */
export async function createThrowawayDatabase() {
  const name = `sv_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Builds the app once if there is no build yet (the benchmarks measure the production build),
 * and compresses its scripts and styles as `npm run build` does, if a bare `remix build` left
 * them without (the server would then compress them on the fly, less tightly).
 */
export function ensureBuild() {
  if (!existsSync("build/index.js") || !existsSync("public/build")) {
    console.log("No build found: running `npx remix build`…");
    const result = spawnSync("npx", ["remix", "build"], { stdio: "inherit" });
    if (result.status !== 0) throw new Error("remix build failed");
  }
  const entry = readdirSync("public/build").find((f) => /^entry\.client-.*\.js$/.test(f));
  if (entry && !existsSync(`public/build/${entry}.br`)) {
    console.log("Scripts and styles not compressed yet: running precompress-assets…");
    const result = spawnSync("npx", ["tsx", "scripts/precompress-assets.ts"], {
      stdio: "inherit",
    });
    if (result.status !== 0) throw new Error("precompress-assets failed");
  }
}

/** The server processes the app runs, as server.mjs reads WEB_CONCURRENCY. */
export function serverProcesses(): number {
  return Number(process.env.WEB_CONCURRENCY || 1);
}

export interface RunningServer {
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * `node server.mjs` as in production, on 127.0.0.1, logging nothing (BENCH_LOG_LEVEL=error
 * logs errors). BENCH_NODE_ARGS adds
 * Node flags (for example `--cpu-prof --cpu-prof-dir=.tmp/prof` to profile the server).
 */
export async function startProductionServer(databaseUrl: string): Promise<RunningServer> {
  ensureBuild();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      // Test mode, explicitly: a loopback http address and a random session secret.
      DEMO: "1",
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "silent",
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: origin,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "false",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${origin}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
    // Ready when it answers and every server process has started (WEB_CONCURRENCY).
    if (ok && Math.max(1, childProcesses(child.pid!).length) >= serverProcesses()) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error("server did not start within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, process: child, stop };
}

/**
 * A new inspection with its three survey links, open from now. Call it once the server has
 * started: the server applies the migrations.
 */
export async function openInspection(databaseUrl: string): Promise<{
  handle: DatabaseHandle;
  inspectionId: string;
  links: { audience: "child" | "parent" | "practitioner"; token: string }[];
}> {
  const handle = await openDatabase({ url: databaseUrl });
  const inspectionId = await createInspection(handle.db, {
    localAreaName: "Benchmark area",
    notifiedOn: londonDay(new Date()),
  });
  const links = await listSurveyLinks(handle.db, inspectionId);
  return { handle, inspectionId, links };
}

/**
 * CPU seconds a process and everything it started (the app's server processes) have used
 * so far. Per request, this changes far less than throughput when other work shares the
 * machine's two cores.
 */
export function cpuSeconds(pid: number): number {
  const all = processes();
  const tree = all.filter((p) => p.pid === pid);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]!.pid));
  return groupCpuSeconds(tree);
}

/**
 * CPU seconds of the PostgreSQL server on this machine: every live postgres process, plus
 * what exited backends used (the postmaster's reaped children), so backends may come and go
 * during a run. Undefined when PostgreSQL runs elsewhere.
 */
export function postgresCpuSeconds(): number | undefined {
  const postgresProcesses = processes().filter((p) => p.name === "postgres");
  if (postgresProcesses.length === 0) return undefined;
  return groupCpuSeconds(postgresProcesses);
}

/** PostgreSQL's CPU milliseconds since `before` (postgresCpuSeconds), per item done. */
export function postgresCpuMsPer(before: number | undefined, items: number): number | undefined {
  const after = postgresCpuSeconds();
  if (before === undefined || after === undefined) return undefined;
  return Number((((after - before) * 1000) / Math.max(1, items)).toFixed(2));
}

/** Writes a benchmark's figures where summary.ts writes its own. */
export function writeFigures(name: string, figures: Record<string, unknown>) {
  mkdirSync(".tmp/bench", { recursive: true });
  writeFileSync(
    `.tmp/bench/${name}.json`,
    JSON.stringify({ at: new Date().toISOString(), ...figures }, null, 2),
  );
}

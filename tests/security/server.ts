/*
 * The production server for the security tests: `server.mjs` over the built app, on a free
 * loopback port, with a throwaway PGlite folder seeded as the e2e tests seed theirs, so the
 * Express middleware (CSP nonce, same-origin writes) is in the path of every request.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import type { Audience } from "~surveys";
import { freePort } from "../e2e/chromium";

export type { Audience };

export interface SeededLinks {
  tokens: Record<Audience, string>;
  shortCodes: Record<Audience, string>;
  webinarsToken: string;
}

export interface SecurityServer {
  origin: string;
  links: SeededLinks;
  /** `node server.mjs` itself, for the tests that signal it. */
  process: ChildProcess;
  /** Resolves with its exit code when it exits. */
  exited: Promise<number | null>;
  /** Its PGlite folder (deleted by stop), unless it runs on PostgreSQL. */
  dataDir: string;
  /** Everything it has printed so far, stdout and stderr. */
  output(): { stdout: string; stderr: string };
  stop(): Promise<void>;
}

const tsx = path.resolve("node_modules", ".bin", "tsx");

/** Runs a command to the end; rejects with its output when it fails. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`)),
    );
  });
}

/** Builds the app when there is no build yet (`npm test` builds before vitest runs). */
export async function ensureBuild() {
  if (existsSync("build/index.js") && existsSync("public/build")) return;
  await run("npx", ["remix", "build"]);
}

export async function waitUntilHealthy(origin: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server.mjs exited with ${child.exitCode}:\n${output()}`);
    const healthy = await fetch(`${origin}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`server.mjs did not answer /healthz within 60 s:\n${output()}`);
}

/**
 * A new database on the PostgreSQL server of DATABASE_URL, for a server whose tests race
 * requests on the database (PGlite's one connection takes them one at a time); dropped by
 * `drop`. Undefined when DATABASE_URL is not set.
 */
async function postgresDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `sv_security_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * `env`: settings of the test's own on top of the demo's (LOG_LEVEL, METRICS_TOKEN …).
 * `onPostgres`: on a new PostgreSQL database when DATABASE_URL is set, as CI's second pass
 * sets it; otherwise, and by default, on a PGlite folder.
 */
export async function startSecurityServer(
  env: Record<string, string> = {},
  { onPostgres = false }: { onPostgres?: boolean } = {},
): Promise<SecurityServer> {
  await ensureBuild();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = `.tmp/security-${port}`;
  const linksFile = `.tmp/security-links-${port}.json`;
  mkdirSync(".tmp", { recursive: true });
  rmSync(dataDir, { recursive: true, force: true });
  const postgresDb = onPostgres ? await postgresDatabase() : undefined;
  const database = postgresDb
    ? { PGLITE_DIR: "", DATABASE_URL: postgresDb.url }
    : { PGLITE_DIR: dataDir, DATABASE_URL: "" };

  await run(tsx, ["tests/e2e/seed.ts", dataDir, linksFile], database);
  const seeded = JSON.parse(readFileSync(linksFile, "utf8")) as Record<
    Audience,
    { token: string; shortCode: string }
  > & { webinarsToken: string };
  const audiences: Audience[] = ["child", "parent", "practitioner"];
  const links: SeededLinks = {
    tokens: Object.fromEntries(audiences.map((a) => [a, seeded[a].token])) as never,
    shortCodes: Object.fromEntries(audiences.map((a) => [a, seeded[a].shortCode])) as never,
    webinarsToken: seeded.webinarsToken,
  };

  const child = spawn(process.execPath, ["server.mjs"], {
    env: {
      ...process.env,
      ...database,
      NODE_ENV: "production",
      // The demo, explicitly: the seeded inspector signs in and emails show at /dev/mail
      // (tests/security/production.test.ts starts a real deployment instead).
      DEMO: "1",
      LOG_LEVEL: "silent",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: origin,
      // The guessing tests stand for several clients with X-Forwarded-For from loopback.
      TRUST_PROXY: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const printed = { stdout: "", stderr: "" };
  child.stdout!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    printed.stdout += chunk.toString();
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    printed.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(killer);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(linksFile, { force: true });
    await postgresDb?.drop();
  };
  try {
    await waitUntilHealthy(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin,
    links,
    process: child,
    exited,
    dataDir,
    output: () => ({ ...printed }),
    stop,
  };
}

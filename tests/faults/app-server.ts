/*
 * The production server as a child process that the fault test can kill without warning
 * (SIGKILL: no shutdown handler runs, open transactions are cut) and start again. It runs as
 * FAULT_PROCESSES server processes (WEB_CONCURRENCY, 2 by default) under the one started.
 * Three kinds of kill, all SIGKILL: the whole host (the first process and its server
 * processes at the same instant, as when a machine dies), the first process alone (its
 * server processes must notice and exit), or one server process (the first replaces it while
 * the host keeps answering). A host can also be frozen (SIGSTOP) and thawed (SIGCONT).
 * Several of these on one database are independent hosts behind a load balancer: each its
 * own `node server.mjs` on its own port, sharing only the database and the settings.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { childProcesses, isRunning } from "../processes";
import type { ProcessIdentity } from "../processes";

/** A port nothing listens on now, on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/**
 * How long a start may take. A server starts in a few seconds, but on a machine whose two
 * cores other work shares it has taken 50 s.
 */
const startLimitMs = 180_000;

export type KillKind = "host" | "primary" | "worker";

export class AppServer {
  private child: ChildProcess | undefined;
  private expectingExit = false;
  /** The end of the server's error output, for the report when something goes wrong. */
  errorTail = "";
  kills = 0;
  restarts = 0;
  /** Exits nobody asked for. */
  crashes = 0;
  /** Server processes killed on their own, which the first process reports as exited. */
  private workerKills = 0;
  /** Server processes the first process reported as exited (expected after a worker kill). */
  private workerExits = 0;
  /** Server processes still running 5 s after the process that started them was killed. */
  orphans = 0;
  /** Server processes under the one started (WEB_CONCURRENCY). */
  readonly processes = Number(process.env.FAULT_PROCESSES ?? 2);
  /** Milliseconds from each kill until the new process answered its health check. */
  downtimes: number[] = [];
  private killedAt = 0;

  constructor(
    readonly port: number,
    private readonly databaseUrl: string,
    /** Settings every host shares (a session secret, the proxy in front). */
    private readonly shared: Record<string, string> = {},
  ) {}

  get origin() {
    return new URL(`http://127.0.0.1:${this.port}`);
  }

  /** Starts `node server.mjs` and waits until its health check (a database query) passes. */
  async start() {
    const child = spawn(process.execPath, ["server.mjs"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        // Test mode, explicitly: a loopback http address and a random session secret.
        DEMO: "1",
        SEED_DEMO: "false",
        LOG_LEVEL: "silent",
        PORT: String(this.port),
        HOST: "127.0.0.1",
        PUBLIC_URL: this.origin.href,
        DATABASE_URL: this.databaseUrl,
        WEB_CONCURRENCY: String(this.processes),
        ...this.shared,
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let partLine = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      this.errorTail = (this.errorTail + text).slice(-4_000);
      // A server process that died and was replaced under the one started: a crash too.
      const lines = (partLine + text).split("\n");
      partLine = lines.pop()!;
      // One the test killed is expected; any beyond those died by themselves.
      for (const line of lines.filter((l) => l.includes('"server_process_exited"'))) {
        this.workerExits += 1;
        if (this.workerExits > this.workerKills) this.crashes += 1;
        else if (!line.includes('"SIGKILL"')) this.crashes += 1;
      }
    });
    child.on("exit", () => {
      if (this.child !== child) return;
      this.child = undefined;
      if (this.expectingExit) return;
      // It died by itself: counted as a failure, and started again so the run can finish.
      this.crashes += 1;
      this.start().catch((error: Error) => {
        this.errorTail += `\nrestart after a crash failed: ${error.message}`;
      });
    });
    this.expectingExit = false;
    this.child = child;
    await this.waitUntilHealthy(child);
  }

  private async waitUntilHealthy(child: ChildProcess) {
    const deadline = Date.now() + startLimitMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The server exited while starting:\n${this.errorTail}`);
      }
      try {
        const reply = await fetch(new URL("/healthz", this.origin), {
          signal: AbortSignal.timeout(2_000),
        });
        // Healthy once every server process has started (the first answers alone).
        const started = this.processes > 1 ? childProcesses(child.pid!).length : 1;
        if (reply.ok && started >= this.processes) return;
      } catch {
        // Not listening yet.
      }
      await sleep(50);
    }
    throw new Error(
      `The server did not become healthy within ${startLimitMs / 1000} s:\n${this.errorTail}`,
    );
  }

  /** Every process of this host now: the first and its server processes. */
  private processTree() {
    const child = this.child;
    if (!child?.pid) return [];
    return [{ pid: child.pid }, ...childProcesses(child.pid)];
  }

  /** Stops every process of the host where it stands (SIGSTOP), as a stalled machine would. */
  freeze() {
    for (const { pid } of this.processTree()) process.kill(pid, "SIGSTOP");
  }

  /** Lets a frozen host go on (SIGCONT). */
  thaw() {
    for (const { pid } of this.processTree()) process.kill(pid, "SIGCONT");
  }

  /**
   * SIGKILL: no shutdown handler runs, requests and transactions in flight are cut. "host"
   * kills every process of the host at once, "primary" the first alone (its server
   * processes must then exit by themselves), "worker" one server process (the first
   * replaces it; `restart` waits for that).
   */
  async kill(kind: KillKind = "primary") {
    const child = this.child;
    this.killedAt = Date.now();
    this.lastKill = kind;
    // A server that already died by itself (counted as a crash) has nothing to kill.
    if (!child) return;
    const servers = childProcesses(child.pid!);
    if (kind === "worker") {
      const victim = servers[Math.floor(Math.random() * servers.length)];
      if (!victim) throw new Error("no server process to kill");
      this.workerKills += 1;
      this.killedWorker = victim;
      process.kill(victim.pid, "SIGKILL");
      const deadline = Date.now() + 5_000;
      while (isRunning(victim) && Date.now() < deadline) await sleep(10);
      this.kills += 1;
      return;
    }
    this.expectingExit = true;
    const exited = once(child, "exit");
    child.kill("SIGKILL");
    if (kind === "host") for (const { pid } of servers) process.kill(pid, "SIGKILL");
    // A frozen host: the kill must not wait for a SIGCONT to land (SIGKILL ends it anyway).
    await exited;
    this.kills += 1;
    // Its server processes must see it gone and exit by themselves, at once: a request they
    // were still answering is cut too. One still running after 5 s is an orphan.
    const deadline = Date.now() + 5_000;
    let running = servers.filter(isRunning);
    while (running.length && Date.now() < deadline) {
      await sleep(20);
      running = running.filter(isRunning);
    }
    this.orphans += running.length;
    for (const { pid } of running) process.kill(pid, "SIGKILL");
  }

  private lastKill: KillKind = "primary";
  private killedWorker: ProcessIdentity | undefined;

  /**
   * After a kill: a new host on the same port and database, or, after a worker kill, the
   * first process's replacement server process, once it answers.
   */
  async restart() {
    if (this.lastKill === "worker" && this.child) {
      const child = this.child;
      const killed = this.killedWorker;
      const deadline = Date.now() + startLimitMs;
      for (;;) {
        const running = childProcesses(child.pid!).filter((p) => p.pid !== killed?.pid);
        if (running.length >= this.processes) break;
        if (Date.now() > deadline)
          throw new Error(
            `No server process replaced the one killed within ${startLimitMs / 1000} s:\n${this.errorTail}`,
          );
        await sleep(50);
      }
      await this.waitUntilHealthy(child);
    } else if (!this.child) await this.start();
    this.restarts += 1;
    this.downtimes.push(Date.now() - this.killedAt);
  }

  /** Asks the server to stop as it would be in production (SIGTERM), and waits. */
  async stop() {
    const child = this.child;
    if (!child) return;
    this.expectingExit = true;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(10_000, false)]);
    if (!stopped) {
      child.kill("SIGKILL");
      await exited;
    }
  }
}

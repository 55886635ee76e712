/*
 * The production server as a child process that the fault test can kill without warning
 * (SIGKILL: no shutdown handler runs, open transactions are cut) and start again. It runs as
 * FAULT_PROCESSES server processes (WEB_CONCURRENCY, 2 by default) under the one killed.
 * Several of these on one database are independent hosts behind a load balancer: each its
 * own `node server.mjs` on its own port, sharing only the database and the settings.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { childProcesses, isRunning } from "../processes";

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

export class AppServer {
  private child: ChildProcess | undefined;
  private expectingExit = false;
  /** The end of the server's error output, for the report when something goes wrong. */
  errorTail = "";
  kills = 0;
  restarts = 0;
  /** Exits nobody asked for. */
  crashes = 0;
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
      this.crashes += lines.filter((line) => line.includes('"server_process_exited"')).length;
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
    const deadline = Date.now() + 60_000;
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
    throw new Error(`The server did not become healthy within 60 s:\n${this.errorTail}`);
  }

  /** SIGKILL: no shutdown handler runs, requests and transactions in flight are cut. */
  async kill() {
    const child = this.child;
    this.killedAt = Date.now();
    // A server that already died by itself (counted as a crash) has nothing to kill.
    if (!child) return;
    this.expectingExit = true;
    const servers = childProcesses(child.pid!);
    const exited = once(child, "exit");
    child.kill("SIGKILL");
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

  /** A new process on the same port and database, after a kill. */
  async restart() {
    if (!this.child) await this.start();
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

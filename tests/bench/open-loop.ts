/*
 * An open-loop load generator: requests leave at a fixed rate whatever the server does (as
 * people arriving at a site do), each on a connection of its own when the others are busy,
 * and each one's latency is counted from the moment it was due to leave, so a generator
 * that falls behind shows as latency too rather than hiding it (no coordinated omission).
 * autocannon's rate option sends each connection's quota in a burst at the start of every
 * second, which is not a fixed arrival rate.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

export interface OpenLoopResult {
  /** Requests due in the run (rate × seconds). */
  sent: number;
  /** Answered with a 2xx and a whole body. */
  ok: number;
  /** Other statuses and requests that got no answer. */
  failed: number;
  /** A few of the failures, for the report. */
  failures: string[];
  /** What the generator really achieved: requests that left per second. */
  achievedRate: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/** GETs `url` at `rate` a second for `seconds`, then waits (at most `timeoutMs`) for the last. */
export async function openLoop({
  url,
  headers = {},
  rate,
  seconds,
  timeoutMs = 10_000,
}: {
  url: string;
  headers?: Record<string, string>;
  rate: number;
  seconds: number;
  timeoutMs?: number;
}): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const target = new URL(url);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const failures: string[] = [];
  let failed = 0;
  const fail = (what: string) => {
    failed += 1;
    if (failures.length < 5) failures.push(what);
  };
  const one = (due: number) =>
    new Promise<void>((resolve) => {
      const request = http.get(
        { agent, host: target.hostname, port: target.port, path: target.pathname, headers },
        (response) => {
          response.on("data", () => {});
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) latencies.push(performance.now() - due);
            else fail(`status ${status}`);
            resolve();
          });
          response.on("error", (error) => {
            fail(error.message);
            resolve();
          });
        },
      );
      request.setTimeout(timeoutMs, () => request.destroy(new Error("timed out")));
      request.on("error", (error) => {
        fail(error.message);
        resolve();
      });
    });

  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  let lastLeft = start;
  for (let i = 0; i < total; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    lastLeft = performance.now();
    pending.push(one(due));
  }
  await Promise.all(pending);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(1));
  return {
    sent: total,
    ok: latencies.length,
    failed,
    failures,
    achievedRate: Number(((total - 1) / ((lastLeft - start) / 1000)).toFixed(1)),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? 0),
    },
  };
}

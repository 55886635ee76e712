import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf } from "~db/client.server";
import { getSurvey } from "~surveys";
import { Client, formBody } from "./http";
import { startSecurityServer } from "./server";
import type { SecurityServer } from "./server";

/*
 * What the people running the service see, over HTTP against `server.mjs` on the production
 * build: the access log (one JSON line a request, nothing that identifies anyone), the health
 * checks, the metrics page behind its token, and a stop by SIGTERM that answers and stores a
 * survey Send in flight before the process exits 0. The stop comes last: it ends the server.
 */

const slowTest = 120_000;
const metricsToken = randomBytes(32).toString("base64url");
// Things a request carries that must never reach a log line.
const userAgent = "OperationsTestBrowser/7.3 (unique-agent-marker)";
const clientAddress = "198.51.100.77";
const queryMarker = "unique-query-marker";
// Lowercase ordinary words, so redaction keeps them as they are in the stored comment.
const answerMarker = "marmalade lighthouse pelican";

let server: SecurityServer;
const anonymous = () => new Client(server.origin);
const identifying = { "User-Agent": userAgent, "X-Forwarded-For": clientAddress };

interface LogLine {
  level: string;
  event: string;
  requestId?: string;
  method?: string;
  route?: string;
  status?: number;
  ms?: number;
  [field: string]: unknown;
}

/** The server's log lines so far (the start-up lines for the person starting it aside). */
function logLines(): { lines: LogLine[]; text: string } {
  const { stdout, stderr } = server.output();
  const raw = `${stdout}\n${stderr}`.split("\n").filter((line) => line.startsWith("{"));
  return { lines: raw.map((line) => JSON.parse(line) as LogLine), text: raw.join("\n") };
}

/** The log line of the request answered with this X-Request-Id (it is written just after). */
async function lineOf(requestId: string | null): Promise<LogLine> {
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  for (let tries = 0; tries < 50; tries++) {
    const line = logLines().lines.find((l) => l.event === "http" && l.requestId === requestId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no log line for request ${requestId}`);
}

const parentQuestions = getSurvey("parent", "standard").questions;
const survey = () => `/s/${server.links.tokens.parent}`;

/** A parent's survey up to its check page, own words in every text box; the submission key. */
async function answerUpToCheck(respondent: Client, words: string): Promise<string> {
  const started = await respondent.post(`${survey()}?index`, { version: "standard" }, identifying);
  expect(started.status).toBe(302);
  for (const question of parentQuestions.filter((q) => q.kind === "text")) {
    const saved = await respondent.post(
      `${survey()}/q/${question.id}?lng=en&ref=${queryMarker}`,
      { answer: words, intent: "continue" },
      identifying,
    );
    expect(saved.status, saved.body.slice(0, 200)).toBe(302);
  }
  const check = await respondent.get(`${survey()}/check?ref=${queryMarker}`, identifying);
  expect(check.status).toBe(200);
  return /name="submission" value="([^"]+)"/.exec(check.body)![1]!;
}

const metrics = (authorization?: string) =>
  anonymous().get("/metrics", authorization ? { Authorization: authorization } : {});

beforeAll(async () => {
  server = await startSecurityServer({
    LOG_LEVEL: "info",
    METRICS_TOKEN: metricsToken,
    SHUTDOWN_GRACE_SECONDS: "20",
  });
}, slowTest);
afterAll(() => server?.stop());

describe("the access log", () => {
  it(
    "has one JSON line a request: its id (sent as X-Request-Id), route, status and time",
    async () => {
      const respondent = anonymous();
      const submission = await answerUpToCheck(respondent, answerMarker);
      const sent = await respondent.post(
        `${survey()}/check?ref=${queryMarker}`,
        { submission },
        {
          ...identifying,
          Referer: `${server.origin}${survey()}/check?ref=${queryMarker}`,
        },
      );
      expect(sent.status).toBe(302);
      const line = await lineOf(sent.headers.get("x-request-id"));
      expect(line).toMatchObject({
        level: "info",
        method: "POST",
        route: "/s/:token/check",
        status: 302,
      });
      expect(line.ms).toBeTypeOf("number");
      expect(typeof line.time).toBe("string");
      // Each request its own id.
      const again = await anonymous().get("/healthz/live");
      expect(again.headers.get("x-request-id")).not.toBe(sent.headers.get("x-request-id"));
      expect((await lineOf(again.headers.get("x-request-id"))).route).toBe("/healthz/live");
      // A page that does not exist is logged as such, not by the path typed.
      const missing = await anonymous().get(`/no-such-page/${queryMarker}`, identifying);
      expect(missing.status).toBe(404);
      expect((await lineOf(missing.headers.get("x-request-id"))).route).toBe("/*");
    },
    slowTest,
  );

  it("never holds an IP address, a user agent, a query string, a survey link or an answer", async () => {
    const { lines, text } = logLines();
    expect(lines.filter((l) => l.event === "http").length).toBeGreaterThan(5);
    for (const secret of [
      userAgent,
      "unique-agent-marker",
      clientAddress,
      queryMarker,
      "?",
      answerMarker,
      "marmalade",
      server.links.tokens.parent,
    ])
      expect(text, secret).not.toContain(secret);
    // The same for anything else it printed (errors go to stderr).
    expect(server.output().stderr).not.toContain(answerMarker);
  });

  it("names routes by their pattern: survey, booking and area links are never written", async () => {
    const { lines } = logLines();
    const routes = new Set(lines.filter((l) => l.event === "http").map((l) => l.route));
    expect(routes).toContain("/s/:token");
    expect(routes).toContain("/s/:token/q/:questionId");
    for (const route of routes) expect(route).not.toMatch(/[?=]/);
  });
});

describe("the health checks", () => {
  it("answer liveness without the database and readiness with it, /healthz as readiness", async () => {
    const live = await anonymous().get("/healthz/live");
    expect(live.status).toBe(200);
    expect(JSON.parse(live.body)).toMatchObject({ status: "ok", phase: "ready" });
    for (const path of ["/healthz/ready", "/healthz"]) {
      const ready = await anonymous().get(path);
      expect(ready.status, path).toBe(200);
      expect(JSON.parse(ready.body)).toEqual({ status: "ok", database: "pglite" });
      expect(ready.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("the metrics page", () => {
  it("is refused without the token, and with a wrong one", async () => {
    for (const authorization of [
      undefined,
      `Bearer ${metricsToken.slice(0, -1)}x`,
      `Basic ${metricsToken}`,
      metricsToken,
    ]) {
      const refused = await metrics(authorization);
      expect(refused.status, String(authorization)).toBe(401);
      expect(refused.body).not.toContain("send_voice_");
    }
  });

  it(
    "counts responses, 5xx, job failures and the outbox in Prometheus's format, and no one's data",
    async () => {
      const before = await metrics(`Bearer ${metricsToken}`);
      expect(before.status).toBe(200);
      expect(before.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      const value = (body: string, series: string) => {
        const line = body.split("\n").find((l) => l.startsWith(`${series} `));
        expect(line, series).toBeDefined();
        return Number(line!.slice(series.length + 1));
      };
      const respondent = anonymous();
      const submission = await answerUpToCheck(respondent, "a second answer");
      expect((await respondent.post(`${survey()}/check`, { submission })).status).toBe(302);
      // The same Send again (a double click) confirms and stores nothing new.
      expect((await respondent.post(`${survey()}/check`, { submission })).status).toBe(302);
      const after = await metrics(`Bearer ${metricsToken}`);
      const responses = "send_voice_survey_responses_total";
      expect(value(after.body, responses)).toBe(value(before.body, responses) + 1);
      expect(value(after.body, "send_voice_survey_responses_last_minute")).toBeGreaterThanOrEqual(
        1,
      );
      const ok = 'send_voice_http_responses_total{status="2xx"}';
      expect(value(after.body, ok)).toBeGreaterThan(value(before.body, ok));
      for (const series of [
        'send_voice_http_responses_total{status="5xx"}',
        'send_voice_job_failures_total{job="mail"}',
        'send_voice_job_failures_total{job="retention"}',
        'send_voice_job_failures_total{job="counts"}',
        "send_voice_outbox_waiting",
        "send_voice_outbox_oldest_waiting_seconds",
        "send_voice_server_processes",
      ])
        expect(value(after.body, series), series).toBeGreaterThanOrEqual(0);
      expect(after.body).toMatch(/# TYPE send_voice_http_responses_total counter/);
      for (const secret of [
        server.links.tokens.parent,
        server.links.webinarsToken,
        answerMarker,
        "@",
      ])
        expect(after.body).not.toContain(secret);
    },
    slowTest,
  );
});

/** Whether a new connection to the server is refused now. */
function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/**
 * A form post whose headers the server has (it answered `100 Continue`) and whose body is
 * still to be written: `send.write` and `send.end` it when the test wants.
 */
async function inFlight(url: URL, body: string, headers: Record<string, string> = {}) {
  const send = http.request(url, {
    method: "POST",
    agent: false,
    headers: {
      Origin: "null",
      "Sec-Fetch-Site": "same-origin",
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": String(Buffer.byteLength(body)),
      Expect: "100-continue",
      ...headers,
    },
  });
  const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
    send.once("response", (response) => {
      response.resume();
      response.once("end", () => resolve(response));
    });
    send.once("error", reject);
  });
  // Not left unhandled when a test expects the request to be cut.
  answered.catch(() => {});
  await new Promise<void>((resolve) => send.once("continue", () => resolve()));
  return { send, answered };
}

describe("SIGTERM", () => {
  it(
    "answers and stores once a Send in flight, refuses new connections, and exits 0",
    async () => {
      const respondent = anonymous();
      const words = "umbrella tortoise harbour";
      const submission = await answerUpToCheck(respondent, words);
      const url = new URL(`${survey()}/check`, server.origin);
      const body = formBody({ submission }).toString();

      // The Send goes out with `Expect: 100-continue`: the server says Continue once it has the
      // request, so the signal below certainly arrives while this request is in flight, its
      // body not yet sent.
      const { send, answered } = await inFlight(url, body, {
        Cookie: respondent.cookieHeader(url.pathname),
      });
      // Half the body now, the rest after the signal.
      send.write(body.slice(0, 5));
      server.process.kill("SIGTERM");

      const port = Number(url.port);
      const deadline = Date.now() + 10_000;
      let refused = false;
      while (!refused && Date.now() < deadline) {
        refused = await refusesConnections(port);
        if (!refused) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(refused, "new connections are refused after SIGTERM").toBe(true);
      // Still running: it waits for the Send.
      expect(server.process.exitCode).toBeNull();

      send.end(body.slice(5));
      const response = await answered;
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toMatch(/\/done$/);
      expect(await server.exited).toBe(0);

      const { lines } = logLines();
      expect(lines.find((l) => l.event === "stopping")).toMatchObject({
        signal: "SIGTERM",
        requests: 1,
      });
      expect(lines.find((l) => l.event === "stopped")).toBeDefined();
      expect(server.output().stderr).toBe("");

      // Stored exactly once, whole.
      const handle = await openDatabase({ dataDir: server.dataDir });
      try {
        const count = async (query: ReturnType<typeof sql>) =>
          rowsOf<{ n: number }>(await handle.db.execute(query))[0]!.n;
        expect(
          await count(
            sql`select count(*)::int as n from responses where submission_key = ${submission}`,
          ),
        ).toBe(1);
        const texts = parentQuestions.filter((q) => q.kind === "text").length;
        expect(
          await count(sql`select count(*)::int as n from comments where text = ${words}`),
        ).toBe(texts);
      } finally {
        await handle.close();
      }
    },
    slowTest,
  );

  it(
    "cuts what is still open when SHUTDOWN_GRACE_SECONDS runs out, and exits 1",
    async () => {
      const hurried = await startSecurityServer({ LOG_LEVEL: "info", SHUTDOWN_GRACE_SECONDS: "1" });
      try {
        const body = formBody({ email: "someone@example.org", password: "x" }).toString();
        const { send, answered } = await inFlight(new URL("/sign-in", hurried.origin), body);
        send.write(body.slice(0, 3));
        const signalled = Date.now();
        hurried.process.kill("SIGTERM");
        // The rest of the body never comes.
        expect(await hurried.exited).toBe(1);
        expect(Date.now() - signalled).toBeGreaterThanOrEqual(1_000);
        await expect(answered).rejects.toThrow();
        const ranOut = hurried
          .output()
          .stdout.split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as LogLine)
          .find((line) => line.event === "stop_grace_ran_out");
        expect(ranOut).toMatchObject({ requests: 1, graceSeconds: 1 });
      } finally {
        await hurried.stop();
      }
    },
    slowTest,
  );
});

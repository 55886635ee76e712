import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSurvey } from "~surveys";
import { raced } from "../racing";
import { Client } from "./http";
import { startSecurityServer } from "./server";
import type { SecurityServer } from "./server";

/*
 * Requests racing on the database, sent to the production server at once: on PostgreSQL when
 * DATABASE_URL is set (CI's second pass), where the server's pool lets them contend; on
 * PGlite's one connection otherwise, where they are taken one at a time (the titles say so).
 */
const metricsToken = randomBytes(32).toString("base64url");
let server: SecurityServer;

beforeAll(async () => {
  server = await startSecurityServer({ METRICS_TOKEN: metricsToken }, { onPostgres: true });
  const health = await new Client(server.origin).get("/healthz");
  expect(JSON.parse(health.body).database).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

/** A client of its own address: the test server trusts X-Forwarded-For from loopback. */
let addresses = 0;
function client() {
  addresses += 1;
  const jar = new Client(server.origin);
  const headers = { "X-Forwarded-For": `198.51.100.${addresses}` };
  return {
    jar,
    signIn: (email: string, password: string) =>
      jar.post("/sign-in", { email, password, returnTo: "/inspections" }, headers),
    post: (target: string, form: Record<string, string>) => jar.post(target, form, headers),
  };
}

async function storedResponses(): Promise<number> {
  const metrics = await new Client(server.origin).get("/metrics", {
    Authorization: `Bearer ${metricsToken}`,
  });
  return Number(/^send_voice_survey_responses_total (\d+)$/m.exec(metrics.body)![1]);
}

describe("requests at once", { timeout: 120_000 }, () => {
  it(`checks at most ten of thirty wrong passwords sent at once to one account${raced}`, async () => {
    const account = "nobody-at-once@send-voice.test";
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => client().signIn(account, `guess ${i}`)),
    );
    const checked = answers.filter((a) => a.status === 400).length;
    expect(checked, answers.map((a) => a.status).join(",")).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(20);
  });

  it(`stores a survey once when Send is pressed five times at once${raced}`, async () => {
    const person = client();
    const token = server.links.tokens.parent;
    expect((await person.post(`/s/${token}?index`, { version: "standard" })).status).toBe(302);
    const first = getSurvey("parent", "standard").questions[0]!;
    expect((await person.post(`/s/${token}/q/${first.id}`, { intent: "skip" })).status).toBe(302);
    const check = await person.jar.page(`/s/${token}/check`);
    const submission = /name="submission" value="([^"]+)"/.exec(check)![1]!;
    const before = await storedResponses();
    const sends = await Promise.all(
      Array.from({ length: 5 }, () => person.post(`/s/${token}/check`, { submission })),
    );
    expect(sends.map((s) => `${s.status} ${s.location}`)).toEqual(
      Array.from({ length: 5 }, () => `302 /s/${token}/done`),
    );
    expect(await storedResponses()).toBe(before + 1);
  });
});

import { randomBytes } from "node:crypto";
import http from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import english from "~locales/en/survey.json";
import { getSurvey } from "~surveys";
import { badBody, contentTypes } from "../integration/bad-input-bodies";
import { Client } from "./http";
import { startSecurityServer } from "./server";
import type { SecurityServer } from "./server";

/*
 * The bad-input fuzz of tests/integration/bad-input.test.ts, sent to the production server
 * over HTTP: through Express, its body limits, compression and same-origin check, then Remix,
 * then the route. Every answer is 4xx or a redirect, the server counts no 5xx of its own, and
 * nothing is stored: no response, no sign-up, no recording.
 */
const metricsToken = randomBytes(32).toString("base64url");
const questionId = getSurvey("parent", "standard").questions[0]!.id;
const ownWordsId = getSurvey("parent", "standard").questions.find((q) => q.kind === "text")!.id;

let server: SecurityServer;
let person: Client;
let token: string;
let signUpPath: string;

beforeAll(async () => {
  server = await startSecurityServer({ METRICS_TOKEN: metricsToken });
  token = server.links.tokens.parent;
  person = new Client(server.origin);
  expect((await person.post(`/s/${token}?index`, { version: "standard" })).status).toBe(302);
  const list = await person.get(`/webinars/${server.links.webinarsToken}`);
  signUpPath = /href="(\/webinars\/[^"/]+\/[^"]+)"/.exec(list.body)![1]!;
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

const forms: { name: string; path: () => string; withDraft: boolean }[] = [
  { name: "survey start", path: () => `/s/${token}?index`, withDraft: true },
  { name: "survey question", path: () => `/s/${token}/q/${questionId}`, withDraft: true },
  {
    name: "own-words question (recording upload)",
    path: () => `/s/${token}/q/${ownWordsId}`,
    withDraft: true,
  },
  { name: "display options", path: () => "/display", withDraft: true },
  // Without a draft: a real draft's Send is a real submission, not bad input.
  { name: "check and send", path: () => `/s/${token}/check`, withDraft: false },
  { name: "poster code", path: () => "/code", withDraft: true },
  { name: "resume", path: () => "/resume", withDraft: true },
  { name: "sign in", path: () => "/sign-in", withDraft: true },
  { name: "webinar sign-up", path: () => signUpPath, withDraft: true },
  { name: "booking", path: () => "/booking/aaaaaaaaaaaaaaaaaaaaaaaa", withDraft: true },
];

/** One POST as sent, on its own connection, from an address of its own (no rate limit). */
function post(path: string, body: string | Uint8Array, headers: Record<string, string>) {
  const bytes = typeof body === "string" ? Buffer.from(body) : Buffer.from(body);
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      new URL(path, server.origin),
      {
        method: "POST",
        agent: false,
        headers: {
          ...headers,
          // What a browser sends from our own pages (Referrer-Policy: no-referrer).
          Origin: "null",
          "Sec-Fetch-Site": "same-origin",
          "Content-Length": String(bytes.byteLength),
          "X-Forwarded-For": `10.${(Math.random() * 250) | 0}.${(Math.random() * 250) | 0}.${(Math.random() * 250) | 0}`,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode!));
      },
    );
    request.on("error", reject);
    request.end(bytes);
  });
}

/** What the server has stored and answered, as its operator and the public pages show it. */
async function tally() {
  const metrics = await person.get("/metrics", { Authorization: `Bearer ${metricsToken}` });
  const counter = (name: string) =>
    Number(new RegExp(`^${name} (\\d+)$`, "m").exec(metrics.body)?.[1]);
  const webinars = await person.get(`/webinars/${server.links.webinarsToken}`);
  const ownWords = await person.get(`/s/${token}/q/${ownWordsId}`);
  return {
    serverErrors: counter('send_voice_http_responses_total\\{status="5xx"\\}'),
    responses: counter("send_voice_survey_responses_total"),
    placesLeft: webinars.body.match(/\d+ places? left|Full\./g),
    recording: ownWords.body.includes(english.spoken.saved),
  };
}

describe("malformed requests to every public form, over HTTP", () => {
  for (const form of forms) {
    it(`${form.name}: 4xx or a redirect, never an error, nothing stored`, async () => {
      const before = await tally();
      expect(before.serverErrors).toBe(0);
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(badBody, fc.constantFrom(...contentTypes), async (payload, type) => {
          const headers: Record<string, string> = {};
          if (form.withDraft) headers.Cookie = person.cookieHeader(form.path().split("?")[0]!);
          if (type) headers["Content-Type"] = type;
          const status = await post(form.path(), payload, headers);
          statuses.add(status);
          expect(status, `${form.name} answered ${status}`).toBeLessThan(500);
          expect(status === 200 || status === 204).toBe(false);
        }),
        { numRuns: Number(process.env.FUZZ_HTTP_RUNS ?? 100) },
      );
      // Each passed the same-origin check (403 otherwise), so each was the route's to answer.
      expect(statuses.has(403)).toBe(false);
      expect(await tally()).toEqual(before);
    });
  }
});

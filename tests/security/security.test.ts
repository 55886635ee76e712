import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoInspector } from "~/demo/demo.server";
import { exportFiles as exportFileNames } from "~/summary/inspection-export.server";
import { getSurvey } from "~surveys";
import type { Question } from "~surveys";
import { Client, cookieFrom } from "./http";
import type { Answer, FormFields } from "./http";
import { dayFields, signUpForm, webinarForm } from "./forms";
import { bookingPath, mailTo, signUpAndConfirm } from "./mail";
import { cspDirectives, formulaCells, markupProblems, scriptNonces } from "./markup";
import { formAction, routeFiles, routePaths } from "./routes";
import type { RouteFile } from "./routes";
import { startSecurityServer } from "./server";
import type { Audience, SecurityServer } from "./server";

/*
 * Security over HTTP, against `server.mjs` serving the production build: CSRF refused by the
 * same-origin middleware on every route with an action, sessions renewed at sign-in, sign-in
 * rate-limited, a nonce-only script policy on every page, typed text never becoming markup or
 * spreadsheet formulas, and inspectors kept to their own inspections. Routes are read from
 * app/routes, so a route added later is covered without being listed here.
 */

const audiences: Audience[] = ["child", "parent", "practitioner"];
const middlewareRefusal =
  "This form must be sent from SEND Voice itself. Go back, reload the page and try again.";
const foreignOrigin = "https://evil.example";
// Each test makes dozens of requests; on a busy 2-core machine that can pass 30 s.
const slowTest = 120_000;

let server: SecurityServer;
/** The demo inspector, signed in, with a standard-version draft of each survey in progress. */
let inspector: Client;
/** An inspector on no inspection but the one they make in the access tests. */
let stranger: Client;
/** Made by the demo inspector (an admin) on the accounts page, which shows the password once. */
const strangerInspector = { email: "stranger.inspector@send-voice.test", password: "" };
const routes = routeFiles();
/** Ids made up for parameters the seed has no value for (see paramValues). */
const madeUpIds = new Set<string>();
const seeded = {
  inspectionId: "",
  webinarIds: [] as string[],
  bookingToken: "",
  areaToken: "",
  commentId: "",
  resumeCode: "",
  submissionKeys: {} as Partial<Record<Audience, string>>,
};

const anonymous = () => new Client(server.origin);
const token = (audience: Audience) => server.links.tokens[audience];
const audienceOfToken = (value: string | undefined) =>
  audiences.find((a) => server.links.tokens[a] === value);
const inspection = (rest = "") => `/inspections/${seeded.inspectionId}${rest}`;
/** The inspection's overview page posts to its index route. */
const overviewForm = () => `${inspection()}?index`;
/** A survey's start page posts to its index route. */
const startForm = (audience: Audience) => `/s/${token(audience)}?index`;

/** The first question of each kind in an audience's standard survey. */
function questionsOfEachKind(audience: Audience): Question[] {
  const byKind = new Map<string, Question>();
  for (const question of getSurvey(audience, "standard").questions)
    if (!byKind.has(question.kind)) byKind.set(question.kind, question);
  return [...byKind.values()];
}

/** The CSV files the export route serves: the capability that makes them lists them. */
function exportFiles(): string[] {
  expect(exportFileNames.length).toBeGreaterThan(0);
  return [...exportFileNames];
}

/** Seeded values for each route parameter. */
function paramValues(param: string, route: RouteFile, chosen: Record<string, string>): string[] {
  const first = route.segments[0];
  switch (param) {
    case "*":
      return ["no-such-page"];
    case "token":
      if (first === "s") return audiences.map(token);
      if (first === "webinars") return [server.links.webinarsToken];
      if (first === "booking") return [seeded.bookingToken];
      if (first === "area") return [seeded.areaToken];
      // An invitation no one sent: the page that says the link does not work (#22).
      if (first === "invitation") return ["no-such-invitation-token-0000"];
      // A feedback link no one was sent: the page that says the link does not work (#22).
      if (first === "webinar-feedback") return ["no-such-feedback-token-00000"];
      return [];
    case "questionId": {
      const audience = audienceOfToken(chosen.token);
      return audience ? questionsOfEachKind(audience).map((q) => q.id) : [];
    }
    case "inspectionId":
      return [seeded.inspectionId];
    case "webinarId":
      return [seeded.webinarIds[0]!];
    case "audience":
      return audiences;
    case "file":
      return exportFiles();
    case "criterion":
      // One of each kind: an impact criterion, a leadership one and AP.
      return ["I3", "L1", "AP"];
    default: {
      // An id the seed has no row for still reaches the route's own checks.
      if (!/Id$/.test(param)) return [];
      const id = randomUUID();
      madeUpIds.add(id);
      return [id];
    }
  }
}

const pathsOf = (route: RouteFile) => routePaths(route, paramValues);

function expectRedirect(answer: Answer, to: RegExp) {
  expect(answer.status, answer.body.slice(0, 300)).toBe(302);
  expect(answer.location).toMatch(to);
}

beforeAll(async () => {
  server = await startSecurityServer();
  inspector = new Client(server.origin);
  stranger = new Client(server.origin);
  expect((await inspector.signIn(demoInspector.email, demoInspector.password)).status).toBe(302);
  const made = await inspector.post("/admin/accounts", {
    intent: "create",
    name: "Stranger Inspector",
    email: strangerInspector.email,
    role: "inspector",
  });
  strangerInspector.password = /<p class="resume-code"[^>]*>([^<]+)<\/p>/.exec(made.body)![1]!;
  expect((await stranger.signIn(strangerInspector.email, strangerInspector.password)).status).toBe(
    302,
  );

  const list = await inspector.page("/inspections");
  seeded.inspectionId = /\/inspections\/([0-9a-f-]{36})/.exec(list)![1]!;
  const webinars = await anonymous().page(`/webinars/${server.links.webinarsToken}`);
  seeded.webinarIds = [
    ...new Set([...webinars.matchAll(/\/webinars\/[^/"]+\/([0-9a-f-]{36})/g)].map((m) => m[1]!)),
  ];
  const booking = await signUpAndConfirm(
    anonymous(),
    `/webinars/${server.links.webinarsToken}/${seeded.webinarIds[0]}`,
    signUpForm("Booking Person", "booking.person@example.org"),
  );
  seeded.bookingToken = booking.split("/").at(-1)!;
  const areaLink = await inspector.post(overviewForm(), { intent: "areaLink" });
  seeded.areaToken = /\/area\/([A-Za-z0-9_-]+)/.exec(areaLink.body)![1]!;
  const comments = await inspector.page(inspection("/comments"));
  seeded.commentId = /id="comment-([0-9a-f-]{36})"/.exec(comments)![1]!;

  for (const audience of audiences) {
    const started = await inspector.post(startForm(audience), {
      version: "standard",
      ...(audience === "child" ? { consent: "yes" } : {}),
    });
    expectRedirect(started, /\/q\//);
    const saved = await inspector.post(started.location!, { intent: "save" });
    expectRedirect(saved, /\/saved$/);
    seeded.resumeCode = decodeURIComponent(cookieFrom(saved, "sv_resume")!.split("=")[1]!);
    const check = await inspector.page(`/s/${token(audience)}/check`);
    seeded.submissionKeys[audience] = /name="submission" value="([^"]+)"/.exec(check)![1]!;
  }
}, 300_000);

afterAll(async () => {
  await server?.stop();
}, 30_000);

describe("cross-site request forgery", { timeout: slowTest }, () => {
  const actionRoutes = routes.filter((r) => r.hasAction);

  /** What each action would change if it ran: the forged post carries it, with every cookie. */
  function harmfulForm(route: RouteFile, path: string): FormFields {
    const audience = audienceOfToken(new URL(path, server.origin).pathname.split("/")[2]);
    const forms: Record<string, FormFields> = {
      "admin.accounts": {
        intent: "create",
        name: "Forged",
        email: "forged@evil.example",
        role: "admin",
      },
      "booking.$token._index": { intent: "cancel" },
      code: { code: server.links.shortCodes.parent },
      "inspections.$inspectionId._index": { intent: "close" },
      "inspections.$inspectionId.close": { intent: "close" },
      "inspections.$inspectionId.final": { intent: "final" },
      "inspections.$inspectionId.comments": {
        intent: "recode",
        commentId: seeded.commentId,
        criteria: [],
      },
      "inspections.$inspectionId.comments_.queue": { intent: "read", commentId: seeded.commentId },
      "inspections.$inspectionId.dates": {
        ...dayFields("opens", -1),
        opensAt: "09:00",
        ...dayFields("closes", 30),
        closesAt: "17:00",
        ...dayFields("week2", 40),
        ...dayFields("week3", 47),
      },
      "inspections.$inspectionId.safeguarding": { intent: "guidance", guidance: "Forged guidance" },
      "inspections.$inspectionId.team": {
        intent: "add",
        email: strangerInspector.email,
        role: "lead",
      },
      "inspections.$inspectionId.webinars.$webinarId._index": {
        intent: "capacity",
        capacity: "999",
      },
      "inspections.$inspectionId.webinars.new": webinarForm("Forged webinar"),
      "inspections.new": { localAreaName: "Forged area", ...dayFields("notified", 0) },
      resume: { code: seeded.resumeCode },
      "s.$token._index": { version: "easy", consent: "yes" },
      "s.$token.check": { submission: audience ? seeded.submissionKeys[audience]! : "" },
      "s.$token.q.$questionId": { intent: "skip" },
      "sign-in": { email: demoInspector.email, password: demoInspector.password },
      "webinars.$token.$webinarId": signUpForm("Forged Person", "forged.person@example.org"),
    };
    return forms[route.id] ?? {};
  }

  /** Pages that show what the actions above would change, without nonces. */
  async function stateOfEverything(): Promise<Record<string, string>> {
    const views = [
      "/inspections",
      inspection(),
      inspection("/dates"),
      inspection("/team"),
      inspection("/safeguarding"),
      inspection("/webinars"),
      ...seeded.webinarIds.map((id) => inspection(`/webinars/${id}`)),
      ...exportFiles().map((file) => inspection(`/export/${file}`)),
      "/admin/accounts",
      `/booking/${seeded.bookingToken}`,
      ...audiences.map((a) => `/s/${token(a)}/check`),
    ];
    const state: Record<string, string> = {};
    for (const view of views) {
      const answer = await inspector.get(view);
      // What the page shows (its <main>), or the whole file for a CSV.
      const shown = /<main[\s\S]*<\/main>/.exec(answer.body)?.[0] ?? answer.body;
      // When a file or page was made is not state: the minute may turn between two looks.
      const made = shown.replace(/Made on [^"<\n]*\(UK time\)/g, "Made on (when)");
      state[view] = `${answer.status} ${answer.location ?? ""}\n${made}`;
    }
    return state;
  }

  it("finds the routes with actions", () => {
    const ids = actionRoutes.map((r) => r.id);
    for (const known of ["sign-in", "s.$token.q.$questionId", "webinars.$token.$webinarId"])
      expect(ids).toContain(known);
  });

  it("refuses a post from another site to every route with an action, and changes nothing", async () => {
    const before = await stateOfEverything();
    let forged = 0;
    for (const route of actionRoutes) {
      for (const path of pathsOf(route).map((p) => formAction(route, p))) {
        const forgeries: Record<string, string>[] = [
          { Origin: foreignOrigin },
          { "Sec-Fetch-Site": "cross-site" },
          // The two signals disagree: either one naming another site is enough to refuse.
          { Origin: foreignOrigin, "Sec-Fetch-Site": "same-origin" },
        ];
        for (const headers of forgeries) {
          const answer = await inspector.request("POST", path, {
            form: harmfulForm(route, path),
            headers,
            cookies: "send",
          });
          // Soft: a failing run lists every route that let a forgery through.
          const where = `POST ${path} with ${JSON.stringify(headers)}`;
          expect.soft(answer.status, where).toBe(403);
          expect.soft(answer.body, where).toBe(middlewareRefusal);
          expect.soft(answer.setCookies, where).toEqual([]);
          forged += 1;
        }
      }
    }
    expect(forged).toBeGreaterThanOrEqual(actionRoutes.length * 3);
    expect(await stateOfEverything()).toEqual(before);
  });

  it("refuses other methods and other sites of the same registrable domain too", async () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const answer = await inspector.request(method, overviewForm(), {
        form: { intent: "close" },
        headers: { Origin: foreignOrigin },
      });
      expect(answer.status, method).toBe(403);
    }
    const sameSite = await inspector.request("POST", overviewForm(), {
      form: { intent: "close" },
      headers: { "Sec-Fetch-Site": "same-site" },
    });
    expect(sameSite.status).toBe(403);
  });

  it("lets a post from the app itself through to the route", async () => {
    for (const route of actionRoutes) {
      for (const path of pathsOf(route).map((p) => formAction(route, p))) {
        const ours: Record<string, string>[] = [
          { Origin: server.origin },
          // What a browser sends for our own forms under Referrer-Policy: no-referrer.
          { Origin: "null", "Sec-Fetch-Site": "same-origin" },
        ];
        for (const headers of ours) {
          const answer = await anonymous().request("POST", path, { form: {}, headers });
          const where = `POST ${path} with ${JSON.stringify(headers)}`;
          expect(answer.body, where).not.toBe(middlewareRefusal);
          expect(answer.status, where).toBeLessThan(500);
        }
      }
    }
  });
});

describe("sessions", { timeout: slowTest }, () => {
  const sessionCookie = (answer: Answer) => cookieFrom(answer, "sv_session");

  it("gives a new session at sign-in, whatever session cookie was sent before", async () => {
    const attackerSession = stranger.cookieHeader("/").match(/sv_session=[^;]+/)![0];
    const forged = `sv_session=${Buffer.from(JSON.stringify({ userId: "x" })).toString("base64")}`;
    for (const planted of [attackerSession, forged]) {
      const victim = anonymous();
      victim.plant(planted);
      const answer = await victim.signIn(demoInspector.email, demoInspector.password);
      expectRedirect(answer, /^\/inspections$/);
      const fresh = sessionCookie(answer)!;
      expect(fresh).toBeDefined();
      expect(fresh).not.toBe(planted);
      expect((await victim.get(inspection())).status).toBe(200);

      // The planted cookie itself never opens the victim's inspection.
      const attacker = anonymous();
      attacker.plant(planted);
      expect((await attacker.get(inspection())).status).not.toBe(200);
    }
  });

  it("makes a different session each time, sent only over HTTPS and hidden from scripts", async () => {
    const first = await anonymous().signIn(demoInspector.email, demoInspector.password);
    const second = await anonymous().signIn(demoInspector.email, demoInspector.password);
    expect(sessionCookie(first)).not.toBe(sessionCookie(second));
    const line = first.setCookies.find((c) => c.startsWith("sv_session="))!;
    expect(line).toMatch(/;\s*HttpOnly/i);
    expect(line).toMatch(/;\s*Secure/i);
    expect(line).toMatch(/;\s*SameSite=Lax/i);
    expect(line).toMatch(/;\s*Path=\//i);
  });

  it("limits wrong passwords for an account, then refuses the right one too", async () => {
    const guesser = anonymous();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 15 && !statuses.includes(429); attempt += 1)
      statuses.push(
        (await guesser.signIn(strangerInspector.email, `wrong password ${attempt}`)).status,
      );
    expect(statuses.at(-1), statuses.join(",")).toBe(429);
    expect(
      statuses.slice(0, -1).every((s) => s === 400),
      statuses.join(","),
    ).toBe(true);

    const right = await anonymous().signIn(strangerInspector.email, strangerInspector.password);
    expect(right.status).toBe(429);
    // …and says when to try again, as a 429 should.
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(sessionCookie(right)).toBeUndefined();
    // The limit is the account's: someone else still signs in.
    expect((await anonymous().signIn(demoInspector.email, demoInspector.password)).status).toBe(
      302,
    );
  });
});

describe(
  "guessing is slowed for the guesser, never for everyone (#16)",
  { timeout: slowTest },
  () => {
    // The test server trusts 127.0.0.1 as a proxy (tests/security/server.ts), so each
    // X-Forwarded-For address below is a different client to it.
    let addresses = 0;
    const client = () => {
      addresses += 1;
      const address = `203.0.113.${addresses}`;
      const jar = anonymous();
      const headers = { "X-Forwarded-For": address };
      return {
        signIn: (email: string, password: string) =>
          jar.post("/sign-in", { email, password, returnTo: "/inspections" }, headers),
        post: (target: string, form: FormFields) => jar.post(target, form, headers),
      };
    };

    it("one client's wrong passwords on many accounts never stop another client signing in", async () => {
      const guesser = client();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 320; attempt += 1)
        statuses.push(
          (await guesser.signIn(`nobody${attempt % 40}@send-voice.test`, "guess")).status,
        );
      // The guesser is stopped, cheaply, long before it could try them all…
      expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(30);
      expect(statuses.at(-1)).toBe(429);
      // …and everyone else, on any account, is not.
      expect((await client().signIn(demoInspector.email, demoInspector.password)).status).toBe(302);
    });

    it("one client's wrong resume codes never stop another client's right one", async () => {
      const guesser = client();
      const statuses: number[] = [];
      let last: Answer | undefined;
      for (let attempt = 0; attempt < 220; attempt += 1) {
        last = await guesser.post("/resume", { code: `WRONG-${attempt}` });
        statuses.push(last.status);
      }
      expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(20);
      expect(statuses.at(-1)).toBe(429);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      const genuine = await client().post("/resume", { code: seeded.resumeCode });
      expect(genuine.status, genuine.body.slice(0, 200)).toBe(302);
    });

    it("one client's wrong poster codes never stop another client's right one", async () => {
      const guesser = client();
      const statuses: number[] = [];
      let last: Answer | undefined;
      for (let attempt = 0; attempt < 60; attempt += 1) {
        last = await guesser.post("/code", { code: `ZZ${attempt}` });
        statuses.push(last.status);
      }
      expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(30);
      expect(statuses.at(-1)).toBe(429);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      const genuine = await client().post("/code", { code: server.links.shortCodes.parent });
      expect(genuine.status).toBe(302);
    });

    it("answers 404 for translation look-ups that would reach an object's prototype", async () => {
      for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
        expect((await anonymous().get(`/locales/en/${name}`)).status, name).toBe(404);
        expect((await anonymous().get(`/locales/${name}/survey`)).status, name).toBe(404);
      }
      expect((await anonymous().get("/locales/en/survey")).status).toBe(200);
    });
  },
);

describe("content security policy", { timeout: slowTest }, () => {
  it("allows only this response's nonce to run scripts, on every page", async () => {
    const pages = routes.filter((r) => r.isPage).flatMap(pathsOf);
    const notFound = [
      "/no-such-page",
      "/s/no-such-survey",
      `/inspections/${randomUUID()}`,
      "/booking/no-such-booking",
      "/invitation/no-such-invitation-token-0000",
      "/webinar-feedback/no-such-feedback-token-00000",
    ];
    const nonces: string[] = [];
    for (const path of [...new Set([...pages, ...notFound])]) {
      // Inspector pages need the session; the sign-in page sends a signed-in person away.
      let answer = await inspector.get(path);
      if (answer.status >= 300 && answer.status < 400) answer = await anonymous().get(path);
      const where = `GET ${path}`;
      expect(answer.status, where).toBe(notFound.includes(path) ? 404 : 200);
      expect(answer.headers.get("content-type"), where).toMatch(/^text\/html/);

      const csp = cspDirectives(answer.headers.get("content-security-policy"));
      const scriptSources = csp.get("script-src") ?? csp.get("default-src") ?? [];
      const nonce = scriptSources.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, where).toBeDefined();
      expect(nonce!.length, where).toBeGreaterThanOrEqual(22);
      expect(scriptSources, where).not.toContain("'unsafe-inline'");
      expect(scriptSources, where).not.toContain("'unsafe-eval'");
      expect(
        scriptSources.filter((s) => /^(\*|https?:|data:)$/.test(s)),
        where,
      ).toEqual([]);
      expect(csp.get("object-src"), where).toEqual(["'none'"]);
      expect(csp.get("base-uri"), where).toEqual(["'none'"]);

      const scripts = scriptNonces(answer.body);
      expect(scripts.length, where).toBeGreaterThan(0);
      expect(scripts, where).toEqual(scripts.map(() => nonce));
      nonces.push(nonce!);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("makes a new nonce for each request of the same page", async () => {
    const nonceOf = async () =>
      cspDirectives((await anonymous().get("/")).headers.get("content-security-policy"))
        .get("script-src")!
        .find((s) => s.startsWith("'nonce-"));
    expect(await nonceOf()).not.toBe(await nonceOf());
  });
});

describe("typed text never becomes markup or a formula", { timeout: slowTest }, () => {
  const payloads = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "</textarea><svg onload=alert(1)>",
    "{{constructor.constructor('alert(1)')()}}",
    '=HYPERLINK("http://x")',
    "+SUM(1)",
    "-1+2",
    "@cmd",
    // Flagged as a possible disclosure (#19): shown on the safeguarding page, words marked.
    "he hits me <svg onload=alert(2)>",
  ] as const;
  const xssWebinarIds: string[] = [];
  /** Pages met on the way in (check pages, forms shown again with errors). */
  const pagesOnTheWay: Record<string, string> = {};

  const expectSafe = (where: string, html: string) =>
    expect(markupProblems(html, payloads), where).toEqual([]);

  beforeAll(async () => {
    // Own words through the real survey: start, answer, check, send; two answers a response.
    const textQuestions = getSurvey("parent", "standard").questions.filter(
      (q) => q.kind === "text",
    );
    const survey = `/s/${token("parent")}`;
    for (let i = 0; i < payloads.length; i += textQuestions.length) {
      const respondent = anonymous();
      expectRedirect(await respondent.post(startForm("parent"), { version: "standard" }), /\/q\//);
      for (const [j, question] of textQuestions.entries()) {
        const answer = payloads[i + j] ?? payloads[0];
        const saved = await respondent.post(`${survey}/q/${question.id}`, {
          answer,
          intent: "continue",
        });
        expect(saved.status, saved.body.slice(0, 200)).toBe(302);
      }
      const check = await respondent.page(`${survey}/check`);
      pagesOnTheWay[`check page of response ${i}`] = check;
      const submission = /name="submission" value="([^"]+)"/.exec(check)![1]!;
      expectRedirect(await respondent.post(`${survey}/check`, { submission }), /\/done$/);
    }

    // Webinar titles typed by an inspector, and sign-ups typed by parents.
    for (const title of payloads) {
      const made = await inspector.post(inspection("/webinars/new"), webinarForm(title));
      expectRedirect(made, /\/webinars\/[0-9a-f-]{36}$/);
      xssWebinarIds.push(made.location!.split("/").at(-1)!);
    }
    const signUp = `/webinars/${server.links.webinarsToken}/${xssWebinarIds[0]}`;
    for (const [i, words] of payloads.entries()) {
      // Each sign-up from its own client (the test server trusts loopback as a proxy).
      const client = { "X-Forwarded-For": `203.0.113.${i + 1}` };
      const person = anonymous();
      const email = `xss.${i}@example.org`;
      const sent = await person.post(signUp, signUpForm(words, email, words), client);
      expect(sent.status, sent.body.slice(0, 300)).toBe(200);
      const link = bookingPath(await mailTo(person, email));
      if (i === 0) {
        pagesOnTheWay["check your email page"] = sent.body;
        // The confirm page shows what was typed, before anything is booked.
        pagesOnTheWay["confirm page"] = await person.page(link);
      }
      expectRedirect(await person.post(link, { intent: "confirm" }, client), /^\/booking\//);
      if (i === 0) pagesOnTheWay["booking page"] = await person.page(link);
    }

    // Forms shown again with what was typed.
    for (const words of payloads) {
      const again = [
        await anonymous().post("/sign-in", { email: words, password: "x" }),
        await anonymous().post("/code", { code: words }),
        await anonymous().post("/resume", { code: words }),
        await anonymous().post(signUp, { ...signUpForm(words, words, words), consent: "" }),
        await inspector.post(inspection("/webinars/new"), {
          ...webinarForm(words),
          joinUrl: words,
          capacity: words,
        }),
      ];
      for (const [k, answer] of again.entries()) {
        expect(answer.status).toBeGreaterThanOrEqual(400);
        pagesOnTheWay[`form ${k} shown again with ${words}`] = answer.body;
      }
    }
  }, 120_000);

  it("shows the words as text on every page that shows them", async () => {
    const views = [
      inspection(),
      inspection("/comments"),
      inspection("/comments?audience=parent"),
      inspection("/safeguarding"),
      // The print view is this page with print styles.
      inspection("/summary"),
      inspection("/webinars"),
      ...xssWebinarIds.map((id) => inspection(`/webinars/${id}`)),
      `/webinars/${server.links.webinarsToken}`,
      ...xssWebinarIds.map((id) => `/webinars/${server.links.webinarsToken}/${id}`),
      "/admin/audit",
      "/dev/mail",
    ];
    const shown: Record<string, string> = { ...pagesOnTheWay };
    for (const view of views) shown[view] = await inspector.page(view);
    for (const [where, html] of Object.entries(shown)) expectSafe(where, html);

    // The words did reach these pages, escaped.
    const escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";
    expect(shown[inspection("/comments")]).toContain(escapedScript);
    expect(shown[inspection(`/webinars/${xssWebinarIds[0]}`)]).toContain(escapedScript);
    expect(shown[`/webinars/${server.links.webinarsToken}`]).toContain(escapedScript);
    expect(shown[inspection("/comments")]).toContain("javascript:alert(1)");
    expect(shown[inspection("/safeguarding")]).toContain(
      '<mark class="concern-word">hits me</mark><span> &lt;svg onload=alert(2)&gt;</span>',
    );
  });

  it("turns cells a spreadsheet would run into text in every CSV file", async () => {
    const files = [
      ...exportFiles().map((file) => inspection(`/export/${file}`)),
      inspection(`/webinars/${xssWebinarIds[0]}/attendees.csv`),
    ];
    const csv: Record<string, string> = {};
    for (const file of files) {
      const answer = await inspector.get(file);
      expect(answer.status, file).toBe(200);
      expect(answer.headers.get("content-type"), file).toMatch(/^text\/csv/);
      csv[file] = answer.body;
      expect(formulaCells(answer.body), file).toEqual([]);
    }
    // The payloads are there, each behind an apostrophe.
    const comments = csv[inspection("/export/comments.csv")]!;
    for (const cell of ["'+SUM(1)", "'-1+2", "'=HYPERLINK("]) expect(comments).toContain(cell);
    const attendees = csv[inspection(`/webinars/${xssWebinarIds[0]}/attendees.csv`)]!;
    for (const cell of ["'+SUM(1)", "'-1+2", "'@cmd", `'=HYPERLINK(""http://x"")`])
      expect(attendees).toContain(cell);
  });
});

describe("inspectors see only their own inspections", { timeout: slowTest }, () => {
  const inspectionRoutes = routes.filter((r) => r.id.startsWith("inspections.$inspectionId"));
  const adminRoutes = routes.filter((r) => r.segments[0] === "admin");

  it("answers 404 to every page, export and action of an inspection they are not on", async () => {
    expect(inspectionRoutes.length).toBeGreaterThan(5);
    for (const route of inspectionRoutes) {
      for (const path of pathsOf(route)) {
        expect((await stranger.get(path)).status, `GET ${path}`).toBe(404);
        if (![...madeUpIds].some((id) => path.includes(id)))
          expect((await inspector.get(path)).status, `GET ${path} by its team`).toBe(200);
        if (route.hasAction) {
          const form = formAction(route, path);
          expect((await stranger.post(form, { intent: "close" })).status, `POST ${form}`).toBe(404);
        }
      }
    }
    expect(await stranger.page("/inspections")).not.toContain(seeded.inspectionId);
  });

  it("answers 404 to admin pages for an inspector who is not an admin", async () => {
    for (const path of adminRoutes.flatMap(pathsOf))
      expect((await stranger.get(path)).status, `GET ${path}`).toBe(404);
  });

  it("lets them into an inspection they made, and keeps others out of it", async () => {
    const made = await stranger.post("/inspections/new", {
      localAreaName: "Strangershire",
      ...dayFields("notified", 0),
    });
    expectRedirect(made, /^\/inspections\/[0-9a-f-]{36}$/);
    expect((await stranger.get(made.location!)).status).toBe(200);
    expect((await inspector.get(made.location!)).status).toBe(404);
    expect((await inspector.get(`${made.location}/export/comments.csv`)).status).toBe(404);
  });
});

describe("dates that make no sense (#16, finding 13)", { timeout: slowTest }, () => {
  /** The demo inspection's dates page as the timetable sets it (notified today), then `change`. */
  const datesForm = (change: FormFields = {}): FormFields => ({
    ...dayFields("notified", 0),
    ...dayFields("opens", 0),
    opensAt: "09:00",
    ...dayFields("closes", 8),
    closesAt: "09:00",
    ...dayFields("week2", 7),
    ...dayFields("week3", 14),
    ...change,
  });

  it("answers 400 with the GOV.UK error pattern and words that say what is wrong", async () => {
    const refusals: [string, FormFields, string, Record<string, string>?][] = [
      [
        "/inspections/new",
        { localAreaName: "Pastshire", notifiedDay: "9", notifiedMonth: "6", notifiedYear: "2020" },
        "Enter a date in the last 7 days",
      ],
      [
        "/inspections/new",
        { localAreaName: "Farshire", ...dayFields("notified", 70) },
        "Enter a date in the next 8 weeks",
      ],
      [
        "/inspections/new",
        { localAreaName: "Febshire", notifiedDay: "31", notifiedMonth: "2", notifiedYear: "2027" },
        "as a real date",
      ],
      [
        inspection("/dates"),
        datesForm(dayFields("opens", -3)),
        "The surveys cannot open before the local area is told about the inspection",
      ],
      [
        inspection("/dates"),
        datesForm(dayFields("closes", 20)),
        "The surveys must close before week 3 starts",
      ],
      [inspection("/dates"), datesForm(dayFields("week3", 30)), "Week 3 must start by"],
      [
        inspection("/dates"),
        datesForm({
          ...dayFields("week2", 3),
          ...dayFields("week3", 6),
          ...dayFields("closes", 5),
        }),
        "Week 3 cannot start before",
      ],
      [
        inspection("/dates"),
        datesForm(dayFields("opens", -3)),
        "Ankiety nie mogą się otworzyć, zanim obszar lokalny zostanie powiadomiony",
        { "Accept-Language": "pl" },
      ],
      [
        inspection("/webinars/new"),
        { ...webinarForm("Too late"), ...dayFields("webinar", 60) },
        "the last day on site in week 3",
      ],
    ];
    const shownDates = async () =>
      /<main[\s\S]*<\/main>/.exec(await inspector.page(inspection("/dates")))![0];
    const before = await shownDates();
    for (const [path, form, words, headers] of refusals) {
      const answer = await inspector.post(path, form, headers);
      const where = `POST ${path} expecting "${words}"`;
      expect(answer.status, where).toBe(400);
      expect(answer.body, where).toMatch(/<title>[^<]*(Error|Błąd):/);
      expect(answer.body, where).toContain('class="error-summary"');
      expect(answer.body, where).toContain(words);
      expect(answer.body, where).not.toMatch(/errors\.\w+|\{\{/);
    }
    // Nothing was saved.
    expect(await shownDates()).toBe(before);
  });
});

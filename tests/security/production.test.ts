import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import express from "express";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoInspector } from "~/demo/demo.server";
import { parseTrustProxy } from "~/platform/settings.server";
import { freePort } from "../e2e/chromium";
import { e2eSessionSecret } from "../e2e/session";
import { Client } from "./http";
import { ensureBuild, run, waitUntilHealthy } from "./server";
import { signInSettingUp } from "./two-factor";
import type { Audience } from "./server";

/*
 * A real deployment: `node server.mjs` over the production build with NODE_ENV=production and
 * no DEMO, its settings as an operator sets them (PUBLIC_URL over https, a random
 * SESSION_SECRET, TRUST_PROXY=1, no mail service), on a database that holds an inspection but
 * not the demo's published sign-in. Then starts that must refuse, each with one line.
 */

const publicUrl = "https://send-voice.example.org";
const lead = {
  email: "lead.inspector@send-voice.test",
  password: "a-password-only-this-test-knows-7Qm2",
};
const audiences: Audience[] = ["child", "parent", "practitioner"];
const tsx = path.resolve("node_modules", ".bin", "tsx");
const slowTest = 120_000;

/**
 * Only what a deployment sets: nothing inherited from the test run's own environment but its
 * clock. CI runs the suite a year ahead with faketime (LD_PRELOAD and FAKETIME*); the server
 * must keep that clock, or a two-step sign-in code made by the test is a year off.
 */
function deploymentEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const clock = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name === "LD_PRELOAD" || name.startsWith("FAKETIME"),
    ),
  );
  return {
    ...clock,
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    HOST: "127.0.0.1",
    DATABASE_URL: "",
    ...settings,
  };
}

interface Seeded {
  inspectionId: string;
  webinarsToken: string;
  webinarIds: string[];
  tokens: Record<Audience, string>;
}

async function seed(dataDir: string, options: { keepDemo?: boolean } = {}): Promise<Seeded> {
  const out = `${dataDir}.json`;
  mkdirSync(".tmp", { recursive: true });
  rmSync(dataDir, { recursive: true, force: true });
  await run(
    tsx,
    [
      "tests/security/production-seed.ts",
      dataDir,
      out,
      ...(options.keepDemo ? ["--keep-demo"] : []),
    ],
    { LEAD_EMAIL: lead.email, LEAD_PASSWORD: lead.password },
  );
  const seeded = JSON.parse(readFileSync(out, "utf8")) as Seeded;
  rmSync(out, { force: true });
  return seeded;
}

/** Starts server.mjs and waits for it to exit: its code and what it printed. */
function startExpectingExit(env: NodeJS.ProcessEnv, waitMs = 60_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["server.mjs"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Still running: it started when it should have refused.
    const timer = setTimeout(() => child.kill("SIGKILL"), waitMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const goodSettings = () => ({
  PUBLIC_URL: publicUrl,
  SESSION_SECRET: randomBytes(48).toString("base64url"),
});

describe("a production start without its settings", () => {
  beforeAll(() => ensureBuild(), slowTest);

  const cases: [string, Record<string, string>, RegExp][] = [
    ["nothing set", {}, /PUBLIC_URL is not set.*SESSION_SECRET is not set/],
    ["no SESSION_SECRET", { PUBLIC_URL: publicUrl }, /SESSION_SECRET is not set/],
    [
      "the e2e tests' SESSION_SECRET",
      { PUBLIC_URL: publicUrl, SESSION_SECRET: e2eSessionSecret },
      /SESSION_SECRET is a known example/,
    ],
    [
      "a short SESSION_SECRET",
      { PUBLIC_URL: publicUrl, SESSION_SECRET: "s3cret" },
      /SESSION_SECRET is too short/,
    ],
    ["no PUBLIC_URL", { SESSION_SECRET: goodSettings().SESSION_SECRET }, /PUBLIC_URL is not set/],
    [
      "an http PUBLIC_URL",
      { ...goodSettings(), PUBLIC_URL: "http://send-voice.example.org" },
      /PUBLIC_URL must be an https address/,
    ],
    [
      "the development mailbox",
      { ...goodSettings(), MAIL_TRANSPORT: "dev" },
      /MAIL_TRANSPORT=dev .*not in production/,
    ],
    [
      "an unknown mail transport",
      { ...goodSettings(), MAIL_TRANSPORT: "sendgrid" },
      /MAIL_TRANSPORT must be notify, smtp, dev or none/,
    ],
    [
      "a Notify key without its template",
      { ...goodSettings(), NOTIFY_API_KEY: "key" },
      /NOTIFY_TEMPLATE_ID is not set/,
    ],
    [
      "SMTP without MAIL_FROM",
      { ...goodSettings(), SMTP_URL: "smtps://smtp.example.org" },
      /MAIL_FROM is not set/,
    ],
    [
      "a TRUST_PROXY Express cannot read",
      { ...goodSettings(), TRUST_PROXY: "the-load-balancer" },
      /TRUST_PROXY must be/,
    ],
    ["SEED_DEMO=true", { ...goodSettings(), SEED_DEMO: "true" }, /never seeds the demo/],
  ];

  it.each(cases)(
    "refuses with %s: one line naming it, exit 1",
    async (_, settings, expected) => {
      const result = await startExpectingExit(
        deploymentEnv({ PORT: "0", PGLITE_DIR: ".tmp/production-never-made", ...settings }),
        // Refusing takes a second or two; a server that starts instead is stopped here.
        30_000,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^SEND Voice cannot start: /);
      expect(lines[0]).toMatch(expected);
    },
    slowTest,
  );

  it(
    "refuses a database that holds the demo inspector and its published password",
    async () => {
      const dataDir = `.tmp/production-demo-${process.pid}`;
      await seed(dataDir, { keepDemo: true });
      try {
        const result = await startExpectingExit(
          deploymentEnv({ PORT: "0", PGLITE_DIR: dataDir, ...goodSettings() }),
        );
        expect(result.code).toBe(1);
        const lines = result.stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^SEND Voice cannot start: .*demo inspector/);
        expect(lines[0]).toContain(demoInspector.email);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    slowTest,
  );
});

describe("npm start, the demo launcher (findings 6 and 17)", () => {
  it(
    "starts the demo, says so, and stops when npm is sent SIGTERM",
    async () => {
      await ensureBuild();
      const port = await freePort();
      const origin = `http://127.0.0.1:${port}`;
      const dataDir = `.tmp/npm-start-${port}`;
      // --ignore-scripts: the build `prestart` makes is already there.
      const npm = spawn("npm", ["start", "--ignore-scripts"], {
        env: {
          ...process.env,
          PUBLIC_URL: origin,
          PORT: String(port),
          HOST: "127.0.0.1",
          PGLITE_DIR: dataDir,
          DATABASE_URL: "",
          SEED_DEMO: "false",
          LOG_LEVEL: "silent",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      try {
        await waitUntilHealthy(origin, npm, () => output);
        const home = await new Client(origin).page("/");
        expect(home).toContain("This is a demo. Everything in it is made up.");
        npm.kill("SIGTERM");
        // The server itself got the signal: nothing answers on its port a few seconds later.
        const deadline = Date.now() + 10_000;
        let answering = true;
        while (answering && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          answering = await fetch(`${origin}/healthz`)
            .then(() => true)
            .catch(() => false);
        }
        expect(answering).toBe(false);
      } finally {
        if (npm.exitCode === null) npm.kill("SIGKILL");
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    slowTest,
  );
});

describe("TRUST_PROXY is what Express's trust proxy takes", () => {
  it.each([
    ["1", "10.0.0.9", [true, false]],
    ["2", "10.0.0.9", [true, true]],
    ["true", "203.0.113.7", [true, true]],
    ["false", "127.0.0.1", [false, false]],
    ["loopback", "127.0.0.1", [true, true]],
    ["loopback", "10.0.0.9", [false, false]],
    ["10.0.0.0/8, 192.168.1.1", "10.0.0.9", [true, true]],
  ] as const)(
    "TRUST_PROXY=%s: a request through %s is trusted at hops 0 and 1 as %j",
    (typed, address, trusted) => {
      const app = express();
      app.set("trust proxy", parseTrustProxy(typed));
      const trust = app.get("trust proxy fn") as (address: string, hop: number) => boolean;
      expect([trust(address, 0), trust(address, 1)]).toEqual(trusted);
    },
  );
});

describe("the production server", () => {
  let origin = "";
  let seeded: Seeded;
  let stop = async () => {};
  let inspector: Client;

  beforeAll(async () => {
    await ensureBuild();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const dataDir = `.tmp/production-${port}`;
    seeded = await seed(dataDir);
    const child = spawn(process.execPath, ["server.mjs"], {
      env: deploymentEnv({
        PORT: String(port),
        PGLITE_DIR: dataDir,
        ...goodSettings(),
        // One load balancer in front (here, the test on loopback).
        TRUST_PROXY: "1",
      }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
      rmSync(dataDir, { recursive: true, force: true });
    };
    await waitUntilHealthy(origin, child, () => output);
    inspector = new Client(origin);
    // The lead is an admin: production asks them to set up two-step sign-in first (#16).
    const { confirmed } = await signInSettingUp(inspector, lead.email, lead.password);
    expect(confirmed.status, confirmed.body.slice(0, 300)).toBe(200);
    expect(confirmed.body).toContain("Your recovery codes");
  }, slowTest);
  afterAll(() => stop());

  describe("is never the demo (finding 6)", () => {
    it("has no development mailbox", async () => {
      for (const target of ["/dev/mail", "/dev/mail?lng=pl"])
        expect((await new Client(origin).get(target)).status).toBe(404);
    });

    it("has no demo banner on any page", async () => {
      const pages = [
        "/",
        "/sign-in",
        `/s/${seeded.tokens.child}`,
        `/s/${seeded.tokens.parent}`,
        `/webinars/${seeded.webinarsToken}`,
        "/no-such-page",
      ];
      for (const target of pages) {
        const answer = await new Client(origin).get(target);
        expect(answer.body).not.toContain("demo-banner");
        expect(answer.body).not.toContain("This is a demo");
      }
      expect(await inspector.page("/inspections")).not.toContain("demo-banner");
    });

    it("does not let the demo's published sign-in in", async () => {
      const stranger = new Client(origin);
      const answer = await stranger.signIn(demoInspector.email, demoInspector.password);
      expect(answer.status).not.toBe(302);
      expect(answer.setCookies.some((line) => line.startsWith("sv_session="))).toBe(false);
    });
  });

  describe("builds every link from PUBLIC_URL, whatever the request says (finding 12)", () => {
    const forgeries: [string, Record<string, string>][] = [
      ["a forged Host", { Host: "evil.example" }],
      ["an internal hostname", { Host: "send-voice-internal:3000" }],
      ["a forged X-Forwarded-Host", { "X-Forwarded-Host": "evil.example" }],
      ["a forged X-Forwarded-Proto", { "X-Forwarded-Proto": "http", Host: "evil.example" }],
    ];

    it.each(forgeries)(
      "survey links, codes and the area's link on the overview, under %s",
      async (_, headers) => {
        const overview = await inspector.get(`/inspections/${seeded.inspectionId}`, headers);
        expect(overview.status).toBe(200);
        for (const audience of audiences)
          expect(overview.body).toContain(`${publicUrl}/s/${seeded.tokens[audience]}`);
        expect(overview.body).not.toContain("evil.example");
        expect(overview.body).not.toContain("send-voice-internal");
        const made = await inspector.request("POST", `/inspections/${seeded.inspectionId}?index`, {
          form: { intent: "areaLink" },
          headers: { Origin: "null", "Sec-Fetch-Site": "same-origin", ...headers },
        });
        expect(made.body).toMatch(new RegExp(`${publicUrl}/area/[\\w-]{20,}`));
        expect(made.body).not.toContain("evil.example");
      },
      slowTest,
    );

    it.each(forgeries)(
      "posters, their QR codes and the webinars link, under %s",
      async (_, headers) => {
        for (const audience of audiences) {
          const poster = await inspector.get(
            `/inspections/${seeded.inspectionId}/poster/${audience}`,
            headers,
          );
          expect(poster.status).toBe(200);
          expect(poster.body).not.toContain("evil.example");
          expect(poster.body).not.toContain("send-voice-internal");
          expect(poster.body).toContain(publicUrl);
          // The QR code is exactly the one for the survey's link at PUBLIC_URL.
          const qr = await QRCode.toString(`${publicUrl}/s/${seeded.tokens[audience]}`, {
            type: "svg",
            errorCorrectionLevel: "M",
            margin: 2,
          });
          expect(poster.body).toContain(Buffer.from(qr).toString("base64"));
          if (audience === "parent")
            expect(poster.body).toContain(`${publicUrl}/webinars/${seeded.webinarsToken}`);
        }
        const webinars = await inspector.get(
          `/inspections/${seeded.inspectionId}/webinars`,
          headers,
        );
        expect(webinars.body).toContain(`${publicUrl}/webinars/${seeded.webinarsToken}`);
        expect(webinars.body).not.toContain("evil.example");
      },
      slowTest,
    );
  });

  describe("never says an email was sent when no mail service is set up (finding 14)", () => {
    it("tells the person who signs up, and the inspectors", async () => {
      const signUpPath = `/webinars/${seeded.webinarsToken}/${seeded.webinarIds[0]}`;
      // As a person would: the form as the page shows it, sent after the production minimum
      // time on the page (SIGNUP_MIN_SECONDS, 3 s by default: app/webinars/bot-check.server.ts).
      const shown = await new Client(origin).get(signUpPath);
      const formShown = /name="formShown" value="([^"]+)"/.exec(shown.body)![1]!;
      await new Promise((resolve) => setTimeout(resolve, 3_100));
      const form = {
        name: "Asha Parent",
        email: "asha.parent@example.org",
        role: "parent",
        consent: "yes",
        formShown,
      };
      const signedUp = await new Client(origin).post(signUpPath, form);
      expect(signedUp.status).toBe(200);
      expect(signedUp.body).toContain("Check your email");
      expect(signedUp.body).not.toMatch(/We have sent an email/i);
      expect(signedUp.body).toContain("Email is not set up on this site yet");
      const polish = await new Client(origin).post(`${signUpPath}?lng=pl`, {
        ...form,
        email: "asha.parent.pl@example.org",
      });
      expect(polish.body).toContain("nie wysłano żadnej wiadomości");
      const webinars = await inspector.page(`/inspections/${seeded.inspectionId}/webinars`);
      expect(webinars).toContain("people who sign up are not emailed");
    });
  });

  describe("says when signing in cannot work over plain HTTP (finding 16), behind a proxy (finding 15)", () => {
    const warning = "signing in will not work here";
    it.each([
      ["a real hostname over HTTP", { Host: "send-voice.example.org" }, true],
      ["an internal address over HTTP", { Host: "10.0.0.5:3000" }, true],
      [
        "a real hostname, HTTP at the proxy",
        { Host: "send-voice.example.org", "X-Forwarded-Proto": "http" },
        true,
      ],
      ["localhost", { Host: "localhost" }, false],
      ["127.0.0.1", {}, false],
      // TRUST_PROXY=1: the load balancer in front ended HTTPS and says so.
      [
        "HTTPS ended at the proxy",
        { Host: "send-voice.example.org", "X-Forwarded-Proto": "https" },
        false,
      ],
    ] as const)("%s: warned %s", async (_, headers, warned) => {
      const page = await new Client(origin).get("/sign-in", { ...headers });
      expect(page.status).toBe(200);
      expect(page.body.includes(warning)).toBe(warned);
    });
  });
});

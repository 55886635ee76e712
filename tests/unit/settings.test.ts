import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettings, parseTrustProxy } from "~/platform/settings.server";
import { e2eSessionSecret } from "../e2e/session";

/** A production environment with everything a production start needs. */
const production = {
  NODE_ENV: "production",
  PUBLIC_URL: "https://send-voice.example.org",
  SESSION_SECRET: "hX3v9Qm2Lr8Kp4Tz7Wc1Nb6Yd5Fg0Js-uE2oA",
  NOTIFY_API_KEY: "key",
  NOTIFY_TEMPLATE_ID: "template",
};

/** The one line a start with these settings stops with. */
function refusal(env: Record<string, string | undefined>): string {
  try {
    parseSettings(env);
  } catch (error) {
    expect((error as Error).name).toBe("SettingsError");
    const line = (error as Error).message;
    expect(line).not.toContain("\n");
    return line;
  }
  throw new Error("the settings were accepted");
}

describe("settings: production", () => {
  it("starts with everything set, and is never the demo", () => {
    const settings = parseSettings(production);
    expect(settings.mode).toBe("production");
    expect(settings.demoBanner).toBe(false);
    expect(settings.seedDemo).toBe(false);
    expect(settings.publicUrl).toBe("https://send-voice.example.org");
    expect(settings.mail.transport).toBe("notify");
    // On the embedded database too: it never seeds the demo or shows /dev/mail.
    expect(parseSettings({ ...production, DATABASE_URL: "" }).seedDemo).toBe(false);
  });

  it.each([
    ["missing", undefined, /SESSION_SECRET is not set/],
    ["empty", "", /SESSION_SECRET is not set/],
    ["only commas", " , ,", /SESSION_SECRET is not set/],
    ["the e2e tests' secret", e2eSessionSecret, /known example/],
    ["an example", "change-me", /known example/],
    ["short", "abc123", /too short/],
    ["long but plain", "a".repeat(64), /too short or too plain/],
    ["a short one among good ones", `${production.SESSION_SECRET},short`, /too short/],
  ])("refuses a SESSION_SECRET that is %s", (_, secret, expected) => {
    expect(refusal({ ...production, SESSION_SECRET: secret })).toMatch(expected);
  });

  it.each([
    ["missing", undefined, /PUBLIC_URL is not set/],
    ["plain http", "http://send-voice.example.org", /must be an https address/],
    ["not an address", "send-voice.example.org", /must be a whole address/],
    ["another scheme", "ftp://send-voice.example.org", /must start with https/],
    ["with a path", "https://example.org/send-voice", /address alone/],
    ["with a query", "https://example.org/?x=1", /address alone/],
    ["with a password", "https://user:pw@example.org", /address alone/],
  ])("refuses a PUBLIC_URL that is %s", (_, url, expected) => {
    expect(refusal({ ...production, PUBLIC_URL: url })).toMatch(expected);
  });

  it("keeps PUBLIC_URL as an origin, without a trailing slash", () => {
    expect(
      parseSettings({ ...production, PUBLIC_URL: "https://Example.org:8443/" }).publicUrl,
    ).toBe("https://example.org:8443");
  });

  it.each([
    [{ MAIL_TRANSPORT: "dev" }, /MAIL_TRANSPORT=dev .* not in production/],
    [
      { MAIL_TRANSPORT: "sendgrid" },
      /MAIL_TRANSPORT must be notify, smtp, dev or none, not "sendgrid"/,
    ],
    [{ NOTIFY_TEMPLATE_ID: undefined }, /^NOTIFY_TEMPLATE_ID is not set/],
    [{ NOTIFY_API_KEY: " " }, /^NOTIFY_API_KEY is not set/],
    [
      {
        NOTIFY_API_KEY: undefined,
        NOTIFY_TEMPLATE_ID: undefined,
        SMTP_URL: "smtps://smtp.example.org",
      },
      /^MAIL_FROM is not set/,
    ],
    [
      { NOTIFY_API_KEY: undefined, NOTIFY_TEMPLATE_ID: undefined, MAIL_FROM: "a@example.org" },
      /^SMTP_URL is not set/,
    ],
    [
      { NOTIFY_API_KEY: undefined, NOTIFY_TEMPLATE_ID: undefined, MAIL_TRANSPORT: "smtp" },
      /^SMTP_URL and MAIL_FROM are not set/,
    ],
    [{ SMTP_URL: "smtps://smtp.example.org", MAIL_FROM: "a@example.org" }, /say which/],
    [
      { MAIL_TRANSPORT: "smtp", SMTP_URL: "https://smtp.example.org", MAIL_FROM: "a@example.org" },
      /SMTP_URL must be an smtp/,
    ],
    [
      { MAIL_TRANSPORT: "smtp", SMTP_URL: "smtps://smtp.example.org", MAIL_FROM: "SEND Voice" },
      /MAIL_FROM must be an email address/,
    ],
    [
      {
        MAIL_TRANSPORT: "smtp",
        SMTP_URL: "smtps://smtp.example.org",
        MAIL_FROM: "SEND Voice <no-reply@send-voice.invalid>",
      },
      /can receive replies/,
    ],
  ])("refuses a half-set or unknown mail setting (%o)", (change, expected) => {
    expect(refusal({ ...production, ...change })).toMatch(expected);
  });

  it("accepts the other settings as documented", () => {
    const settings = parseSettings({
      ...production,
      SUPPRESS_BELOW: "5",
      SESSION_IDLE_MINUTES: "90",
      RECORDING_DAYS: "14",
      WEB_CONCURRENCY: "4",
      DATABASE_POOL_SIZE: "20",
      LOG_LEVEL: "silent",
      DATABASE_PREPARE: "false",
      DATABASE_URL: "postgresql://send_voice@db.internal:5432/send_voice",
      METRICS_TOKEN: "Zq3vB8nK1xW5mT9rY2cH6jL0pD4fG7sA",
      SHUTDOWN_GRACE_SECONDS: "45",
      MAIL_POLL_MS: "250",
      COUNTS_FOLD_MS: "50",
      PGLITE_DIR: "/srv/send-voice/data",
    });
    expect(settings.database).toBe("postgres");
    expect(settings.suppressBelow).toBe(5);
    expect(settings.sessionIdleMinutes).toBe(90);
    expect(settings.recordingDays).toBe(14);
    expect(settings.webConcurrency).toBe(4);
    expect(settings.jobs).toEqual({ mailPollMs: 250, countsFoldMs: 50 });
    expect(settings.connection).toEqual({
      url: "postgresql://send_voice@db.internal:5432/send_voice",
      pgliteDir: "/srv/send-voice/data",
      poolSize: 20,
      prepare: false,
      migrationsFolder: path.resolve("db/migrations"),
    });
    // Unset: the documented defaults.
    const defaults = parseSettings(production);
    expect([
      defaults.suppressBelow,
      defaults.sessionIdleMinutes,
      defaults.recordingDays,
      defaults.webConcurrency,
    ]).toEqual([10, 30, 28, 1]);
    expect(defaults.jobs).toEqual({ mailPollMs: 5_000, countsFoldMs: 1_000 });
    expect(defaults.connection).toMatchObject({
      url: undefined,
      pgliteDir: path.resolve(".data/pglite"),
      poolSize: 10,
      prepare: true,
    });
    expect(settings.operations).toEqual({
      logLevel: "silent",
      metricsToken: "Zq3vB8nK1xW5mT9rY2cH6jL0pD4fG7sA",
      shutdownGraceSeconds: 45,
    });
    // Unset: logs at info, no metrics page, 20 s to finish on SIGTERM.
    expect(parseSettings(production).operations).toEqual({
      logLevel: "info",
      metricsToken: undefined,
      shutdownGraceSeconds: 20,
    });
  });

  it("accepts SMTP with its sender, and no mail at all (messages wait in the outbox)", () => {
    const smtp = parseSettings({
      ...production,
      NOTIFY_API_KEY: undefined,
      NOTIFY_TEMPLATE_ID: undefined,
      SMTP_URL: "smtps://user:pw@smtp.example.org",
      MAIL_FROM: "SEND Voice <no-reply@example.org>",
    });
    expect(smtp.mail).toEqual({
      transport: "smtp",
      url: "smtps://user:pw@smtp.example.org",
      from: "SEND Voice <no-reply@example.org>",
    });
    const none = { ...production, NOTIFY_API_KEY: undefined, NOTIFY_TEMPLATE_ID: undefined };
    expect(parseSettings(none).mail.transport).toBe("none");
    expect(parseSettings({ ...none, MAIL_TRANSPORT: "none" }).mail.transport).toBe("none");
  });

  it.each([
    [{ SEED_DEMO: "true" }, /never seeds the demo/],
    [{ DEMO: "maybe" }, /DEMO must be 1 or 0/],
    [{ PORT: "http" }, /PORT must be a port number/],
    [{ PORT: "70000" }, /PORT must be a port number/],
    [{ TRUST_PROXY: "my-balancer" }, /TRUST_PROXY must be/],
    [{ SUPPRESS_BELOW: "3" }, /SUPPRESS_BELOW must be a whole number of people from 5/],
    [{ SUPPRESS_BELOW: "ten" }, /SUPPRESS_BELOW must be/],
    [{ SESSION_IDLE_MINUTES: "0" }, /SESSION_IDLE_MINUTES must be/],
    [{ RECORDING_DAYS: "28d" }, /RECORDING_DAYS must be/],
    [
      { WEB_CONCURRENCY: "auto" },
      /WEB_CONCURRENCY must be a whole number of processes from 1 to 64/,
    ],
    [{ DATABASE_POOL_SIZE: "-1" }, /DATABASE_POOL_SIZE must be/],
    [{ LOG_LEVEL: "quiet" }, /LOG_LEVEL must be one of silent/],
    [{ METRICS_TOKEN: "metrics" }, /METRICS_TOKEN is too short or too plain/],
    [{ METRICS_TOKEN: "a".repeat(40) }, /METRICS_TOKEN is too short or too plain/],
    [{ METRICS_TOKEN: "with spaces in it " + "x1y2z3w4".repeat(5) }, /METRICS_TOKEN/],
    [{ SHUTDOWN_GRACE_SECONDS: "0" }, /SHUTDOWN_GRACE_SECONDS must be a whole number of seconds/],
    [{ SHUTDOWN_GRACE_SECONDS: "20s" }, /SHUTDOWN_GRACE_SECONDS must be/],
    [{ DATABASE_PREPARE: "nope" }, /DATABASE_PREPARE must be 1 or 0/],
    [{ DATABASE_URL: "localhost:5432/db" }, /DATABASE_URL must be a postgres:\/\/ address/],
  ])("refuses an unsafe or mistyped setting (%o)", (change, expected) => {
    expect(refusal({ ...production, ...change })).toMatch(expected);
  });
});

describe("RETENTION_YEARS: how long an inspection's data is kept after it ends", () => {
  it("is 3 years unless set, and takes whole or fractional years, counted in months", () => {
    expect(parseSettings(production).retention).toEqual({ years: 3, months: 36 });
    expect(parseSettings({ ...production, RETENTION_YEARS: "" }).retention.months).toBe(36);
    expect(parseSettings({ ...production, RETENTION_YEARS: " 2 " }).retention).toEqual({
      years: 2,
      months: 24,
    });
    expect(parseSettings({ ...production, RETENTION_YEARS: "0.5" }).retention).toEqual({
      years: 0.5,
      months: 6,
    });
    expect(parseSettings({ ...production, RETENTION_YEARS: "0.25" }).retention.months).toBe(3);
    expect(parseSettings({ ...production, RETENTION_YEARS: "0.1" }).retention.months).toBe(1);
  });

  it.each(["0", "0.05", "-1", "three", "3y", "1e3", "101", "Infinity", "0x10", "3,5"])(
    "refuses %o with a line saying what it takes",
    (value) => {
      expect(refusal({ ...production, RETENTION_YEARS: value })).toBe(
        `RETENTION_YEARS must be a number of years from 0.1 to 100, like 3 (the default) or 0.5 for six months, not "${value}".`,
      );
    },
  );
});

describe("settings: every problem in one line", () => {
  it("names everything a bare production start is missing", () => {
    const line = refusal({ NODE_ENV: "production", NOTIFY_API_KEY: "key" });
    expect(line).toMatch(/^PUBLIC_URL is not set/);
    expect(line).toContain("SESSION_SECRET is not set");
    expect(line).toContain("NOTIFY_TEMPLATE_ID is not set");
  });
});

describe("settings: the demo and development", () => {
  it("DEMO=1 is the demo, explicitly, with defaults for what a deployment must set", () => {
    for (const demo of ["1", "true", "yes", "on", "TRUE"]) {
      const settings = parseSettings({ NODE_ENV: "production", DEMO: demo, PORT: "4000" });
      expect(settings.mode).toBe("demo");
      expect(settings.demoBanner).toBe(true);
      expect(settings.seedDemo).toBe(true);
      expect(settings.publicUrl).toBe("http://localhost:4000");
      expect(settings.sessionSecrets).toBeUndefined();
      expect(settings.mail.transport).toBe("dev");
    }
  });

  it("DEMO=0 is not the demo", () => {
    expect(refusal({ NODE_ENV: "production", DEMO: "0" })).toMatch(/is not set/);
  });

  it("seeds only the embedded database, unless SEED_DEMO=false", () => {
    expect(parseSettings({ DEMO: "1", DATABASE_URL: "postgres://db/x" }).seedDemo).toBe(false);
    const unseeded = parseSettings({ DEMO: "1", SEED_DEMO: "false" });
    expect(unseeded.seedDemo).toBe(false);
    // Still the demo: its mailbox is open to anyone, so the banner stays.
    expect(unseeded.demoBanner).toBe(true);
  });

  it("development seeds the embedded database and says so; unseeded it has no banner", () => {
    expect(parseSettings({}).demoBanner).toBe(true);
    expect(parseSettings({ SEED_DEMO: "false" }).demoBanner).toBe(false);
    expect(parseSettings({ DATABASE_URL: "postgres://db/x" }).demoBanner).toBe(false);
  });

  it("still checks a half-set mail setting in the demo", () => {
    expect(refusal({ DEMO: "1", NOTIFY_API_KEY: "key" })).toMatch(/NOTIFY_TEMPLATE_ID is not set/);
  });
});

describe("TRUST_PROXY, as operators type it", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["0", 0],
    ["1", 1],
    [" 2 ", 2],
    ["true", true],
    ["TRUE", true],
    ["yes", true],
    ["false", false],
    ["off", false],
    ["loopback", ["loopback"]],
    ["10.0.0.1", ["10.0.0.1"]],
    ["loopback, 10.0.0.0/8", ["loopback", "10.0.0.0/8"]],
    ["192.168.0.0/255.255.0.0", ["192.168.0.0/255.255.0.0"]],
    ["::1,fd00::/8,uniquelocal,linklocal", ["::1", "fd00::/8", "uniquelocal", "linklocal"]],
  ])("reads %j as Express's %j", (typed, expected) => {
    expect(parseTrustProxy(typed)).toEqual(expected);
  });

  it.each(["proxy", "10.0.0.0/33", "1.2.3", "10.0.0.1/8/2", ",", "-1", "1.5"])(
    "refuses %j with a line saying what it takes",
    (typed) => {
      expect(() => parseTrustProxy(typed)).toThrow(/TRUST_PROXY must be a number of proxies/);
    },
  );
});

describe("MAX_CONCURRENT_UPLOADS", () => {
  it("is 4 recordings at once unless set, and takes a whole number from 1 to 64", () => {
    expect(parseSettings(production).maxConcurrentUploads).toBe(4);
    expect(
      parseSettings({ ...production, MAX_CONCURRENT_UPLOADS: " 12 " }).maxConcurrentUploads,
    ).toBe(12);
    expect(parseSettings({ ...production, MAX_CONCURRENT_UPLOADS: "1" }).maxConcurrentUploads).toBe(
      1,
    );
    for (const wrong of ["0", "65", "four", "2.5", "-1", "1e1"])
      expect(refusal({ ...production, MAX_CONCURRENT_UPLOADS: wrong })).toBe(
        `MAX_CONCURRENT_UPLOADS must be a whole number of recordings from 1 to 64, not "${wrong}".`,
      );
  });
});

describe("settings: two-step sign-in (#16)", () => {
  it("asks admins by default, everyone with REQUIRE_TWO_FACTOR=all, as people type it", () => {
    expect(parseSettings(production).requireTwoFactor).toBe("admins");
    expect(parseSettings({ ...production, REQUIRE_TWO_FACTOR: " ALL " }).requireTwoFactor).toBe(
      "all",
    );
    expect(parseSettings({ ...production, REQUIRE_TWO_FACTOR: "admins" }).requireTwoFactor).toBe(
      "admins",
    );
  });

  it("stops a start with anything else, in one line that says what it takes", () => {
    for (const typed of ["none", "off", "0", "everyone"])
      expect(refusal({ ...production, REQUIRE_TWO_FACTOR: typed })).toMatch(
        /^REQUIRE_TWO_FACTOR must be admins .* or all .*, not "/,
      );
  });
});

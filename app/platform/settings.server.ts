import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/*
 * Every setting the server reads from its environment, read once at start-up and checked
 * here, so a production start with something missing or unsafe stops with one line naming
 * it (server.mjs prints it and exits 1) instead of failing later with a 500.
 *
 * Three modes:
 *   demo         DEMO=1 (`npm start`): the seeded demo inspection and its known password, the
 *                development mailbox at /dev/mail, a banner on every page; PUBLIC_URL and
 *                SESSION_SECRET may be left out.
 *   production   NODE_ENV=production without DEMO: a real deployment. PUBLIC_URL (https),
 *                SESSION_SECRET (long and not a known default) and a whole mail setting or
 *                none; never the demo, never /dev/mail.
 *   development  anything else (`npm run dev`, tests): as the demo, without its banner
 *                unless the demo is seeded.
 */

export type Mode = "demo" | "production" | "development";

export type MailSetting =
  | { transport: "notify"; apiKey: string; templateId: string }
  | { transport: "smtp"; url: string; from: string }
  /** Kept in memory and shown at /dev/mail: demo and development only. */
  | { transport: "dev" }
  /** Nothing is sent: messages wait in the outbox until a service is set. */
  | { transport: "none" };

/** What Express's "trust proxy" takes: no proxy, every proxy, a hop count, or addresses. */
export type TrustProxy = boolean | number | string[];

export interface Settings {
  mode: Mode;
  /** A banner on every page says the site is a demo with made-up data. */
  demoBanner: boolean;
  /** Seed the demo inspection and inspector (embedded database only; never in production). */
  seedDemo: boolean;
  port: number;
  /** Cookies are Secure on the built app (NODE_ENV=production, the demo included). */
  secureCookies: boolean;
  /** The site's own address, no trailing slash: every link a person sees or receives. */
  publicUrl: string;
  /** Signing secrets, newest first; undefined: a random one for this run (not production). */
  sessionSecrets: string[] | undefined;
  trustProxy: TrustProxy;
  mail: MailSetting;
  database: "pglite" | "postgres";
  operations: OperationsSettings;
  /** Recordings one process reads and stores at once (`MAX_CONCURRENT_UPLOADS`). */
  maxConcurrentUploads: number;
  /** How long an inspection's data is kept after it ends (RETENTION_YEARS; see below). */
  retention: Retention;
  /** Who must sign in with a second step (REQUIRE_TWO_FACTOR; see "Two-step sign-in" below). */
  requireTwoFactor: RequireTwoFactor;
  /** How the database is reached: its address, the embedded folder, the pool (see below). */
  connection: ConnectionSettings;
  /** Figures about fewer people than this are hidden (SUPPRESS_BELOW, 10; never below 5). */
  suppressBelow: number;
  /** A session ends after this long with nothing done (SESSION_IDLE_MINUTES, 30). */
  sessionIdleMinutes: number;
  /** Days after a survey closes that untranscribed recordings are kept (RECORDING_DAYS, 28). */
  recordingDays: number;
  /** Server processes on PostgreSQL in production (WEB_CONCURRENCY, 1). */
  webConcurrency: number;
  /** A webinar sign-up sent sooner than this after its form was shown is refused (SIGNUP_MIN_SECONDS, 3). */
  signUpMinSeconds: number;
  /** How often the background jobs look for work. */
  jobs: {
    /** The outbox is read this often, and at once after a sign-up (MAIL_POLL_MS, 5,000). */
    mailPollMs: number;
    /** Responses are folded into the counters this often (COUNTS_FOLD_MS, 1,000). */
    countsFoldMs: number;
  };
}

export interface ConnectionSettings {
  /** DATABASE_URL: a PostgreSQL server; undefined: the embedded PGlite. */
  url: string | undefined;
  /** PGLITE_DIR: the embedded database's folder (.data/pglite). */
  pgliteDir: string;
  /** DATABASE_POOL_SIZE: connections a process keeps to PostgreSQL (10). */
  poolSize: number;
  /** DATABASE_PREPARE: named prepared statements (true; false behind PgBouncer). */
  prepare: boolean;
  /** MIGRATIONS_DIR: where the migrations are (db/migrations). */
  migrationsFolder: string;
}

/** A setting that stops the server: `message` is the one line it prints. */
export class SettingsError extends Error {
  override name = "SettingsError";
}

type Env = Record<string, string | undefined>;

const yes = ["1", "true", "yes", "on"];
const no = ["0", "false", "no", "off"];

/** A yes/no setting as people type it; undefined when unset or empty. */
function flag(env: Env, name: string): boolean | undefined {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return undefined;
  if (yes.includes(value)) return true;
  if (no.includes(value)) return false;
  throw new SettingsError(`${name} must be 1 or 0 (true or false), not "${env[name]}".`);
}

/**
 * Secrets that appear in this repository, its README or common examples: a deployment using
 * one signs sessions anyone can forge.
 */
const knownSecrets = new Set([
  "e2e-only-session-secret-not-for-any-real-server",
  "change-me",
  "changeme",
  "change-this",
  "secret",
  "session-secret",
  "replace-me",
  "your-secret-here",
  "please-change-me",
]);
const minimumSecretLength = 32;

function sessionSecrets(env: Env, mode: Mode): string[] | undefined {
  const secrets = (env.SESSION_SECRET ?? "")
    .split(",")
    .map((secret) => secret.trim())
    .filter(Boolean);
  if (secrets.length === 0) {
    if (mode === "production")
      throw new SettingsError(
        `SESSION_SECRET is not set: a production start needs a random secret of at least ${minimumSecretLength} characters (openssl rand -base64 48), or DEMO=1 for the demo.`,
      );
    return undefined;
  }
  if (mode === "production") {
    for (const secret of secrets) {
      if (knownSecrets.has(secret.toLowerCase()))
        throw new SettingsError(
          "SESSION_SECRET is a known example value: set a random one (openssl rand -base64 48).",
        );
      if (secret.length < minimumSecretLength || new Set(secret).size < 8)
        throw new SettingsError(
          `SESSION_SECRET is too short or too plain: each secret needs at least ${minimumSecretLength} random characters (openssl rand -base64 48).`,
        );
    }
  }
  return secrets;
}

const port = z.coerce.number().int().min(0).max(65_535);

function publicUrl(env: Env, mode: Mode, listenPort: number): string {
  const configured = env.PUBLIC_URL?.trim();
  if (!configured) {
    if (mode === "production")
      throw new SettingsError(
        "PUBLIC_URL is not set: a production start needs the https address people reach the site at (e.g. https://send-voice.example.org); every link and poster is built from it.",
      );
    return `http://localhost:${listenPort}`;
  }
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new SettingsError(
      `PUBLIC_URL must be a whole address like https://send-voice.example.org, not "${configured}".`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new SettingsError(`PUBLIC_URL must start with https://, not "${configured}".`);
  if (mode === "production" && url.protocol !== "https:")
    throw new SettingsError(
      `PUBLIC_URL must be an https address in production, not "${configured}" (browsers drop the sign-in cookie over plain HTTP).`,
    );
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/")
    throw new SettingsError(
      `PUBLIC_URL must be the site's address alone (scheme, host and port), not "${configured}".`,
    );
  return url.origin;
}

const proxyNames = new Set(["loopback", "linklocal", "uniquelocal"]);

/** One address, a subnet (10.0.0.0/8, or with a mask) or one of Express's names. */
function isProxyAddress(value: string): boolean {
  if (proxyNames.has(value)) return true;
  const [address, prefix, ...rest] = value.split("/");
  if (rest.length > 0 || !address || !isIP(address)) return false;
  if (prefix === undefined) return true;
  if (isIP(prefix)) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (isIP(address) === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY as operators type it, as Express's "trust proxy" reads it: a hop count (1: the
 * one load balancer in front), true (every proxy; only when nothing can reach the app
 * directly), false, or addresses and subnets separated by commas (loopback, 10.0.0.0/8).
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? "";
  if (value === "") return false;
  const lower = value.toLowerCase();
  if (yes.includes(lower) && lower !== "1") return true;
  if (no.includes(lower) && lower !== "0") return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const addresses = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const wrong = addresses.find((address) => !isProxyAddress(address));
  if (wrong !== undefined || addresses.length === 0)
    throw new SettingsError(
      `TRUST_PROXY must be a number of proxies (1), true, false, or addresses and subnets separated by commas (loopback, 10.0.0.0/8), not "${raw}".`,
    );
  return addresses;
}

/**
 * The whole-number settings: each with its default, the range it takes, and what it counts.
 * A typo stops the start with a line instead of quietly falling back to the default.
 */
const wholeNumbers = {
  SESSION_IDLE_MINUTES: [30, 5, 480, "minutes"],
  // Never below 5: figures about fewer people could identify them.
  SUPPRESS_BELOW: [10, 5, 1_000, "people"],
  RECORDING_DAYS: [28, 1, 3_650, "days"],
  DATABASE_POOL_SIZE: [10, 1, 1_000, "connections"],
  WEB_CONCURRENCY: [1, 1, 64, "processes"],
  COUNTS_FOLD_MS: [1_000, 10, 3_600_000, "milliseconds"],
  MAIL_POLL_MS: [5_000, 10, 3_600_000, "milliseconds"],
  // 0 turns the check off (tests only): a real deployment keeps a real minimum.
  SIGNUP_MIN_SECONDS: [3, 0, 600, "seconds"],
} satisfies Record<string, [fallback: number, min: number, max: number, what: string]>;

function wholeNumber(env: Env, name: keyof typeof wholeNumbers): number {
  const [fallback, min, max, what] = wholeNumbers[name];
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max)
    throw new SettingsError(
      `${name} must be a whole number of ${what} from ${min} to ${max}, not "${env[name]}".`,
    );
  return Number(value);
}

function connection(env: Env): ConnectionSettings {
  const url = env.DATABASE_URL?.trim() || undefined;
  if (url && !/^postgres(ql)?:\/\/./.test(url))
    throw new SettingsError(
      "DATABASE_URL must be a postgres:// address, like postgres://user@db.internal:5432/send_voice.",
    );
  return {
    url,
    pgliteDir: path.resolve(env.PGLITE_DIR?.trim() || ".data/pglite"),
    poolSize: wholeNumber(env, "DATABASE_POOL_SIZE"),
    prepare: flag(env, "DATABASE_PREPARE") ?? true,
    migrationsFolder: path.resolve(env.MIGRATIONS_DIR?.trim() || path.join("db", "migrations")),
  };
}

/*
 * Operations: what the server tells the people who run it (README, "Logs, health, metrics
 * and stopping"). Logs, the operator's metrics endpoint, and how long a stop waits.
 */

export const logLevels = ["silent", "error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof logLevels)[number];

export interface OperationsSettings {
  logLevel: LogLevel;
  /** The bearer token /metrics asks for; undefined: there is no /metrics (404). */
  metricsToken: string | undefined;
  /** How long SIGTERM waits for requests in flight and the current job before cutting them. */
  shutdownGraceSeconds: number;
}

/** LOG_LEVEL (info by default); the logger reads it with this too, without the other settings. */
export function readLogLevel(env: Env): LogLevel {
  const value = env.LOG_LEVEL?.trim().toLowerCase() || "info";
  if (!(logLevels as readonly string[]).includes(value))
    throw new SettingsError(
      `LOG_LEVEL must be one of ${logLevels.join(", ")}, not "${env.LOG_LEVEL}".`,
    );
  return value as LogLevel;
}

const minimumMetricsTokenLength = 32;

function metricsToken(env: Env): string | undefined {
  const token = env.METRICS_TOKEN?.trim();
  if (!token) return undefined;
  if (
    token.length < minimumMetricsTokenLength ||
    new Set(token).size < 8 ||
    knownSecrets.has(token.toLowerCase()) ||
    !/^[\x21-\x7e]+$/.test(token)
  )
    throw new SettingsError(
      `METRICS_TOKEN is too short or too plain: it needs at least ${minimumMetricsTokenLength} random characters without spaces (openssl rand -base64 32), or leave it unset for no /metrics.`,
    );
  return token;
}

const shutdownGrace = z.coerce.number().int().min(1).max(600);

function shutdownGraceSeconds(env: Env): number {
  const grace = shutdownGrace.safeParse(env.SHUTDOWN_GRACE_SECONDS?.trim() || 20);
  if (!grace.success)
    throw new SettingsError(
      `SHUTDOWN_GRACE_SECONDS must be a whole number of seconds from 1 to 600, not "${env.SHUTDOWN_GRACE_SECONDS}".`,
    );
  return grace.data;
}

/*
 * Uploads (#16). Each recording being received holds up to 10 MB in memory until it is
 * stored, so a process takes only so many at once; one more is answered "many people are
 * sending recordings right now" (503) instead of being read. 4 by default: about 40 MB.
 */
const concurrentUploads = z.coerce.number().int().min(1).max(64);

function maxConcurrentUploads(env: Env): number {
  const value = env.MAX_CONCURRENT_UPLOADS?.trim();
  if (!value) return 4;
  const parsed = /^\d{1,2}$/.test(value) ? concurrentUploads.safeParse(value) : undefined;
  if (!parsed?.success)
    throw new SettingsError(
      `MAX_CONCURRENT_UPLOADS must be a whole number of recordings from 1 to 64, not "${env.MAX_CONCURRENT_UPLOADS}".`,
    );
  return parsed.data;
}

/*
 * Retention of whole inspections: RETENTION_YEARS after an inspection ends, the hourly sweep
 * deletes everything people sent for it (app/inspections/retention.server.ts). Default 3, as
 * Ofsted keeps its own survey answers; a shorter time is set as a fraction ("0.5" is six
 * months). Counted in whole calendar months (years × 12, rounded), so a deletion date falls
 * on the same day of the month as the end.
 */

export interface Retention {
  years: number;
  months: number;
}

const defaultRetentionYears = 3;

const retentionYears = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,6})?$/)
  .transform(Number)
  .refine((years) => years >= 0.1 && years <= 100);

function retention(env: Env): Retention {
  const raw = env.RETENTION_YEARS?.trim();
  if (!raw) return { years: defaultRetentionYears, months: defaultRetentionYears * 12 };
  const parsed = retentionYears.safeParse(raw);
  if (!parsed.success)
    throw new SettingsError(
      `RETENTION_YEARS must be a number of years from 0.1 to 100, like 3 (the default) or 0.5 for six months, not "${env.RETENTION_YEARS}".`,
    );
  return { years: parsed.data, months: Math.round(parsed.data * 12) };
}

const transports = ["notify", "smtp", "dev", "none"] as const;

function mailSetting(env: Env, mode: Mode, database: Settings["database"]): MailSetting {
  const set = (name: string) => Boolean(env[name]?.trim());
  const chosen = env.MAIL_TRANSPORT?.trim().toLowerCase() || undefined;
  if (chosen && !(transports as readonly string[]).includes(chosen))
    throw new SettingsError(
      `MAIL_TRANSPORT must be notify, smtp, dev or none, not "${env.MAIL_TRANSPORT}".`,
    );
  const notifySet = set("NOTIFY_API_KEY") || set("NOTIFY_TEMPLATE_ID");
  const smtpSet = set("SMTP_URL") || set("MAIL_FROM");
  if (!chosen && notifySet && smtpSet)
    throw new SettingsError(
      "Both GOV.UK Notify (NOTIFY_…) and SMTP (SMTP_URL, MAIL_FROM) are set: set MAIL_TRANSPORT=notify or smtp to say which sends the email.",
    );
  const transport = chosen ?? (notifySet ? "notify" : smtpSet ? "smtp" : undefined);
  switch (transport) {
    case "notify": {
      const missing = ["NOTIFY_API_KEY", "NOTIFY_TEMPLATE_ID"].filter((name) => !set(name));
      if (missing.length)
        throw new SettingsError(
          `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set: GOV.UK Notify needs both NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID (see README, Email).`,
        );
      return {
        transport: "notify",
        apiKey: env.NOTIFY_API_KEY!.trim(),
        templateId: env.NOTIFY_TEMPLATE_ID!.trim(),
      };
    }
    case "smtp": {
      const missing = ["SMTP_URL", "MAIL_FROM"].filter((name) => !set(name));
      if (missing.length)
        throw new SettingsError(
          `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set: SMTP needs both SMTP_URL and MAIL_FROM, the address email comes from (see README, Email).`,
        );
      const url = env.SMTP_URL!.trim();
      let protocol = "";
      try {
        protocol = new URL(url).protocol;
      } catch {
        // Reported below.
      }
      if (protocol !== "smtp:" && protocol !== "smtps:")
        throw new SettingsError(
          "SMTP_URL must be an smtp:// or smtps:// address, like smtps://user:password@smtp.example.org.",
        );
      const from = env.MAIL_FROM!.trim();
      // "SEND Voice <no-reply@example.org>" or the address alone.
      const address = (/<([^<>]*)>$/.exec(from)?.[1] ?? from).trim();
      if (!/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$/.test(address))
        throw new SettingsError(
          `MAIL_FROM must be an email address, like SEND Voice <no-reply@example.org>, not "${from}".`,
        );
      if (/\.invalid$/i.test(address))
        throw new SettingsError(
          `MAIL_FROM must be an address that can receive replies, not "${from}".`,
        );
      return { transport: "smtp", url, from };
    }
    case "dev":
      if (mode === "production")
        throw new SettingsError(
          "MAIL_TRANSPORT=dev shows every email to anyone at /dev/mail: not in production (set NOTIFY_… or SMTP_URL and MAIL_FROM, or DEMO=1 for the demo).",
        );
      return { transport: "dev" };
    case "none":
      return { transport: "none" };
    default:
      // Nothing set: the demo and development keep mail in the development mailbox (on
      // PostgreSQL in development, in the outbox); a deployment keeps it in the outbox.
      if (mode === "demo" || (mode === "development" && database === "pglite"))
        return { transport: "dev" };
      return { transport: "none" };
  }
}

/*
 * Two-step sign-in. REQUIRE_TWO_FACTOR says who must use an authenticator app: `admins` (the
 * default) or `all`. There is no setting for nobody: admins always must, except the demo's
 * published inspector on a demo (app/auth/two-factor.server.ts, twoFactorRequired).
 */

export type RequireTwoFactor = "admins" | "all";

function requireTwoFactor(env: Env): RequireTwoFactor {
  const value = env.REQUIRE_TWO_FACTOR?.trim().toLowerCase();
  if (!value) return "admins";
  if (value === "admins" || value === "all") return value;
  throw new SettingsError(
    `REQUIRE_TWO_FACTOR must be admins (the default: admins sign in with a code from an authenticator app) or all (everyone does), not "${env.REQUIRE_TWO_FACTOR}".`,
  );
}

/**
 * Reads and checks the settings; throws a SettingsError whose message is one line naming
 * every setting that is missing or wrong, so an operator can put them all right at once.
 */
export function parseSettings(env: Env): Settings {
  const problems: string[] = [];
  function checked<T>(read: () => T, fallback: T): T {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      problems.push(error.message);
      return fallback;
    }
  }
  const demo = checked(() => flag(env, "DEMO"), undefined) ?? false;
  const mode: Mode = demo ? "demo" : env.NODE_ENV === "production" ? "production" : "development";
  const parsedPort = port.safeParse(env.PORT?.trim() || 3000);
  if (!parsedPort.success) problems.push(`PORT must be a port number (3000), not "${env.PORT}".`);
  const listenPort = parsedPort.data ?? 3000;
  const database = env.DATABASE_URL?.trim() ? "postgres" : "pglite";
  const seedWanted = checked(() => flag(env, "SEED_DEMO"), undefined);
  if (mode === "production" && seedWanted)
    problems.push(
      "SEED_DEMO is set: a production start never seeds the demo and its known password (start the demo with DEMO=1).",
    );
  const seedDemo = mode !== "production" && database === "pglite" && seedWanted !== false;
  const settings: Settings = {
    mode,
    demoBanner: mode === "demo" || seedDemo,
    seedDemo,
    port: listenPort,
    secureCookies: env.NODE_ENV === "production",
    publicUrl: checked(() => publicUrl(env, mode, listenPort), ""),
    sessionSecrets: checked(() => sessionSecrets(env, mode), undefined),
    trustProxy: checked(() => parseTrustProxy(env.TRUST_PROXY), false),
    mail: checked(() => mailSetting(env, mode, database), { transport: "none" }),
    database,
    operations: {
      logLevel: checked(() => readLogLevel(env), "info"),
      metricsToken: checked(() => metricsToken(env), undefined),
      shutdownGraceSeconds: checked(() => shutdownGraceSeconds(env), 20),
    },
    maxConcurrentUploads: checked(() => maxConcurrentUploads(env), 4),
    retention: checked(() => retention(env), {
      years: defaultRetentionYears,
      months: defaultRetentionYears * 12,
    }),
    requireTwoFactor: checked(() => requireTwoFactor(env), "admins"),
    connection: checked(() => connection(env), {
      url: undefined,
      pgliteDir: "",
      poolSize: 10,
      prepare: true,
      migrationsFolder: "",
    }),
    suppressBelow: checked(() => wholeNumber(env, "SUPPRESS_BELOW"), 10),
    sessionIdleMinutes: checked(() => wholeNumber(env, "SESSION_IDLE_MINUTES"), 30),
    recordingDays: checked(() => wholeNumber(env, "RECORDING_DAYS"), 28),
    webConcurrency: checked(() => wholeNumber(env, "WEB_CONCURRENCY"), 1),
    signUpMinSeconds: checked(() => wholeNumber(env, "SIGNUP_MIN_SECONDS"), 3),
    jobs: {
      mailPollMs: checked(() => wholeNumber(env, "MAIL_POLL_MS"), 5_000),
      countsFoldMs: checked(() => wholeNumber(env, "COUNTS_FOLD_MS"), 1_000),
    },
  };
  if (problems.length > 0) throw new SettingsError(problems.join(" Also: "));
  return settings;
}

const globalForSettings = globalThis as typeof globalThis & { __sendVoiceSettings?: Settings };

/** Reads the settings for this process (server.mjs calls it first, before anything else). */
export function loadSettings(env: Env = process.env): Settings {
  globalForSettings.__sendVoiceSettings = parseSettings(env);
  return globalForSettings.__sendVoiceSettings;
}

/** The settings read at start-up (read now, from the environment, in tests and scripts). */
export function settings(): Settings {
  return globalForSettings.__sendVoiceSettings ?? loadSettings();
}

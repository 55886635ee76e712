// The HTTP server: security headers, static files, then Remix. It listens at once (so its
// liveness check answers) and holds other requests until migrations have run; it logs no IP
// addresses, user agents or query strings, and on SIGTERM finishes what is in flight before
// it exits. On PostgreSQL it can run as several processes (WEB_CONCURRENCY): see runPrimary.
import cluster from "node:cluster";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { clearTimeout, setImmediate, setTimeout } from "node:timers";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import expressStaticGzip from "express-static-gzip";

installGlobals({ nativeFetch: true });

const root = path.dirname(fileURLToPath(import.meta.url));
const production = process.env.NODE_ENV === "production";
const host = process.env.HOST ?? "0.0.0.0";
const buildPath = path.join(root, "build", "index.js");

const build = await import(pathToFileURL(buildPath).href);
/** Start-up, stopping, logs and metrics: app/server/server-process.server.ts. */
const operations = build.entry.module;

/**
 * Every setting, read and checked once (app/platform/settings.server.ts). One that is missing
 * or unsafe stops the start with one line naming it, never a 500 later.
 */
function readSettings() {
  try {
    return operations.loadSettings(process.env);
  } catch (error) {
    if (error?.name !== "SettingsError") throw error;
    console.error(`SEND Voice cannot start: ${error.message}`);
    process.exit(1);
  }
}
const settings = readSettings();
const port = settings.port;

function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // react-aria positions hidden inputs with style attributes; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

function securityHeaders(req, res, next) {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "microphone=(self), camera=(), geolocation=()");
  if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  next();
}

/**
 * Rejects state-changing requests sent from another site (CSRF). Browsers say where a request
 * came from in Sec-Fetch-Site; with Referrer-Policy: no-referrer they send `Origin: null` even
 * for our own forms, so Origin is only compared when it names a site. Either signal naming
 * another site is enough: a same-origin Sec-Fetch-Site does not excuse a foreign Origin.
 */
function sameOriginWrites(req, res, next) {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  const fetchSite = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const expected = `${req.protocol}://${req.get("host")}`;
  const crossSite =
    Boolean(fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") ||
    Boolean(origin && origin !== "null" && origin !== expected);
  if (!crossSite) {
    // Checked above; Remix would refuse the `null` origin of our own no-referrer forms.
    if (origin === "null") delete req.headers.origin;
    return next();
  }
  res
    .status(403)
    .type("text/plain")
    .send("This form must be sent from SEND Voice itself. Go back, reload the page and try again.");
}

/** The pattern of the route a path reaches (`/s/:token/check`): what the access log names. */
const routeOf = operations.routePatterns(build.routes);

/** The health checks, answered while starting and stopping too (readiness says which). */
const healthChecks = new Set(["/healthz", "/healthz/live", "/healthz/ready"]);
/** What load balancers and the operator's monitoring ask: not counted as requests. */
const operatorPaths = new Set([...healthChecks, "/metrics"]);

/** Requests being answered, so a stop can wait for them (and ask their connections to close). */
const inFlight = new Set();
let stopping = false;

/**
 * One line per answered request (app/platform/log.server.ts): an id, also sent back as
 * X-Request-Id and carried by every line logged while answering; the route's pattern, not
 * the path (paths hold survey and booking links); status; time. Never the query string, the
 * client's address, its user agent or anything it sent. Counted for /metrics too.
 */
function accessLog(req, res, next) {
  const started = process.hrtime.bigint();
  const requestId = randomUUID();
  res.setHeader("X-Request-Id", requestId);
  // Stopping: this connection is closed once this answer is sent.
  if (stopping) res.setHeader("Connection", "close");
  inFlight.add(res);
  const finished = () => {
    if (!inFlight.delete(res)) return;
    if (stopping) setImmediate(() => server?.closeIdleConnections());
  };
  res.on("close", finished);
  res.on("finish", () => {
    finished();
    // Probes are not traffic: a readiness 503 while starting is no server error.
    if (!operatorPaths.has(req.path)) operations.countHttpResponse(res.statusCode);
    if (!operations.requestsLogged()) return;
    // A static file (public, never a secret) by where it is; anything else by its route.
    const route =
      res.locals.remix || res.statusCode >= 400
        ? routeOf(req.path)
        : req.path.startsWith("/build/")
          ? "/build/*"
          : req.path;
    operations.logRequest({
      requestId,
      method: req.method,
      route,
      status: res.statusCode,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
    });
  });
  operations.withRequestId(requestId, next);
}

/**
 * How many server processes to run: WEB_CONCURRENCY (1 by default). More than one helps on
 * a machine with cores to spare; here, where PostgreSQL shares two cores with the app, two
 * were no faster (tests/bench/submit.ts). Always one on the embedded database (its files
 * belong to one process) and under `npm run dev`. Each keeps its own DATABASE_POOL_SIZE.
 */
function workerCount() {
  if (!process.env.DATABASE_URL || !production || process.env.REMIX_DEV_ORIGIN) return 1;
  return settings.webConcurrency;
}

/** Set for the processes runPrimary starts: they report to it instead of printing. */
const underPrimary = "SEND_VOICE_UNDER_PRIMARY";

/**
 * The first process forks the servers and restarts any that die; they share the port. The
 * first server starts alone, so it applies migrations before the others start. One dying
 * before all have started stops everything (a broken start-up should not loop); after that
 * a server that dies is replaced, waiting longer each time replacements die young (up to
 * 30 s). When this process dies, even by SIGKILL, each server exits as soon as it notices
 * (Node's cluster does that when the channel to it closes): the fault test (tests/faults)
 * kills it so and checks that none is left behind.
 */
async function runPrimary(count) {
  const env = { [underPrimary]: "1" };
  // Only outside production, which refuses to start without SESSION_SECRET.
  if (!settings.sessionSecrets) {
    // Sessions must verify in whichever process a request reaches.
    env.SESSION_SECRET = randomBytes(32).toString("base64url");
    if (process.env.LOG_LEVEL !== "silent")
      console.log(
        JSON.stringify({
          level: "info",
          event: "session_secret_generated",
          note: "set SESSION_SECRET so sessions survive restarts",
        }),
      );
  }
  let stopping = false;
  let started = false;
  let retryMs = 500;
  const retries = new Set();

  /** One server; resolves with its start-up lines once it listens. */
  const fork = () =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(env);
      const bornAt = Date.now();
      let gone = false;
      const lost = (reason) => {
        if (gone || stopping) return;
        gone = true;
        const error = new Error(`a server process stopped (${reason})`);
        reject(error);
        if (!started) return void stopAll(error);
        console.error(
          JSON.stringify({
            level: "error",
            event: "server_process_exited",
            reason: String(reason),
          }),
        );
        retryMs = Date.now() - bornAt > 10_000 ? 500 : Math.min(retryMs * 2, 30_000);
        const retry = setTimeout(() => {
          retries.delete(retry);
          if (!stopping) fork().catch(() => {});
        }, retryMs);
        retries.add(retry);
      };
      worker.on("message", (message) => {
        if (message?.type === "listening") resolve(message.lines);
      });
      worker.once("exit", (code, signal) => lost(signal ?? code));
      // Failing to start or signal it; it may never exit, so it counts as lost too.
      worker.on("error", (error) => lost(error.code ?? error.name));
    });

  /**
   * Passes the stop on: each server finishes what it is doing (stopGracefully) and exits.
   * One still running well after its grace is killed. Exits 1 if any did not stop cleanly.
   */
  async function stopAll(error) {
    if (stopping) return;
    stopping = true;
    for (const retry of retries) clearTimeout(retry);
    if (error) console.error(String(error));
    const workers = Object.values(cluster.workers ?? {});
    const backstop = setTimeout(
      () => workers.forEach((worker) => worker.isDead() || worker.process.kill("SIGKILL")),
      (settings.operations.shutdownGraceSeconds + 10) * 1000,
    );
    const codes = await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve) => {
            if (worker.isDead()) return resolve(0);
            worker.once("exit", (code, signal) => resolve(signal ? 1 : code));
            worker.process.kill("SIGTERM");
          }),
      ),
    );
    clearTimeout(backstop);
    process.exit(error || codes.some((code) => code !== 0) ? 1 : 0);
  }
  process.on("SIGTERM", () => void stopAll());
  process.on("SIGINT", () => void stopAll());
  // /metrics, answered by any one server, reports the counters of them all.
  operations.gatherCountersForServers(cluster);
  try {
    const lines = await fork();
    if (stopping) return;
    await Promise.all(Array.from({ length: count - 1 }, fork));
    if (stopping) return;
    started = true;
    for (const line of lines) console.log(line);
    console.log(`(${count} server processes)`);
  } catch (error) {
    await stopAll(error);
  }
}

/** Start-up checks that need the database (the demo in a production one) stop with one line too. */
async function startupOrExit() {
  try {
    return await operations.startup(settings.publicUrl);
  } catch (error) {
    if (error?.name !== "SettingsError") throw error;
    console.error(`SEND Voice cannot start: ${error.message}`);
    await operations.shutdown().catch(() => {});
    process.exit(1);
  }
}

const startupHoldMs = 60_000;

/** The HTTP server, once it listens (the access log asks it to close idle connections). */
let server;

async function runServer() {
  const app = express();
  app.disable("x-powered-by");
  // TRUST_PROXY as Express takes it: a hop count, true/false or addresses (settings.server.ts).
  app.set("trust proxy", settings.trustProxy);
  app.use(compression());
  app.use(securityHeaders);
  app.use(accessLog);
  app.use(sameOriginWrites);
  // Scripts and styles as compressed at build time (scripts/precompress-assets.ts):
  // Brotli or gzip, whichever the browser takes; the file itself when neither was made.
  app.use(
    "/build",
    expressStaticGzip(path.join(root, "public", "build"), {
      enableBrotli: true,
      orderPreference: ["br", "gz"],
      serveStatic: { immutable: true, maxAge: "1y" },
    }),
  );
  app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));

  // Every link a person sees or receives is built from PUBLIC_URL, never from a request's
  // Host header (which a sender can set to anything).
  const starting = startupOrExit();
  let started = false;
  void starting.then(() => (started = true));
  // Until start-up is done only the health checks are answered; other requests wait for it
  // (as they would in the listen queue), a minute at most.
  app.use((req, res, next) => {
    res.locals.remix = true;
    if (started || healthChecks.has(req.path)) return next();
    const timer = setTimeout(() => {
      res
        .status(503)
        .set("Retry-After", "5")
        .type("text/plain")
        .send("SEND Voice is starting. Try again in a minute.");
    }, startupHoldMs);
    void starting.then(() => {
      clearTimeout(timer);
      if (!res.headersSent) next();
    });
  });
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: production ? "production" : "development",
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce,
        clientKey: clientKeyOf(req),
      }),
    }),
  );

  server = app.listen(port, host);
  const lines = await starting;
  // Under runPrimary, the first process prints these once every server has started.
  if (process.env[underPrimary] && process.send) {
    operations.reportCountersWhenAsked();
    process.send({ type: "listening", lines });
  } else for (const line of lines) console.log(line);

  // `npm run dev` restarts this process on every rebuild and waits for this signal.
  if (!production && process.env.REMIX_DEV_ORIGIN) {
    const { broadcastDevReady } = await import("@remix-run/node");
    await broadcastDevReady(build);
  }
}

/**
 * SIGTERM (or SIGINT): take no new connections, answer the requests in flight and finish
 * the job run under way (SHUTDOWN_GRACE_SECONDS at most), close the database, exit 0. When
 * the grace runs out, what is still open is cut and the exit code is 1.
 */
async function stopGracefully(signal) {
  if (stopping) return;
  stopping = true;
  const graceSeconds = settings.operations.shutdownGraceSeconds;
  operations.logInfo("stopping", { signal, requests: inFlight.size, graceSeconds });
  // Answers not yet begun ask their connections to close; idle kept-alive ones close now.
  for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
  const closed = new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeIdleConnections();
  const drained = Promise.all([closed, operations.beginStopping()]).then(() => true);
  let graceTimer;
  const grace = new Promise((resolve) => {
    graceTimer = setTimeout(() => resolve(false), graceSeconds * 1000);
  });
  const inTime = await Promise.race([drained, grace]);
  clearTimeout(graceTimer);
  if (!inTime) {
    operations.logWarning("stop_grace_ran_out", { requests: inFlight.size, graceSeconds });
    server?.closeAllConnections();
  }
  try {
    await operations.shutdown();
  } catch (error) {
    operations.logError("stop_failed", error);
  }
  operations.logInfo("stopped", { signal });
  process.exit(inTime ? 0 : 1);
}

/**
 * Who is guessing, without keeping who they are: a keyed hash of the client's address, with
 * a key that lives only in this process's memory (app/platform/guessing.server.ts). The
 * address itself is never stored or logged.
 */
const clientKeySecret = randomBytes(32);
function clientKeyOf(req) {
  return createHmac("sha256", clientKeySecret)
    .update(req.ip ?? req.socket?.remoteAddress ?? "")
    .digest("base64url")
    .slice(0, 22);
}

const workers = workerCount();
if (cluster.isPrimary && workers > 1) await runPrimary(workers);
else {
  process.on("SIGTERM", () => void stopGracefully("SIGTERM"));
  process.on("SIGINT", () => void stopGracefully("SIGINT"));
  await runServer();
}

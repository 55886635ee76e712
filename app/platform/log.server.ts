import { AsyncLocalStorage } from "node:async_hooks";
import { pino } from "pino";
import type { Logger } from "pino";
import { readLogLevel } from "./settings.server";

/*
 * One JSON line per event, through pino: info and below on stdout, errors on stderr. Never
 * pass request headers, IP addresses, user agents, query strings or free text from people
 * here: logs must not identify anyone. A line written while a request is being answered
 * carries that request's id (the X-Request-Id header it was answered with).
 */
type Fields = Record<string, string | number | boolean | undefined>;

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` (the rest of a request's handling) so that lines logged in it name the request. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

let logger: Logger | undefined;

/** LOG_LEVEL as the settings read it, without the rest of them (scripts log too). */
function levelFromEnvironment() {
  try {
    return readLogLevel(process.env);
  } catch {
    // The server refuses to start with it (settings.server.ts); a script logs as usual.
    return "info";
  }
}

function log(): Logger {
  logger ??= pino(
    {
      level: levelFromEnvironment(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = requestContext.getStore()?.requestId;
        return requestId ? { requestId } : {};
      },
    },
    pino.multistream(
      [
        { level: "debug", stream: pino.destination({ dest: 1, sync: true }) },
        { level: "error", stream: pino.destination({ dest: 2, sync: true }) },
      ],
      // Each line to one stream: errors to stderr only.
      { dedupe: true },
    ),
  );
  return logger;
}

export function logInfo(event: string, fields: Fields = {}) {
  log().info({ event, ...fields });
}

export function logWarning(event: string, fields: Fields = {}) {
  log().warn({ event, ...fields });
}

/**
 * Errors are logged by kind, code and where they happened, never by message: a database
 * error's message carries the query's parameters, which can be a person's own words.
 */
export function logError(event: string, error: unknown, fields: Fields = {}) {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } })?.code ??
    (error as { cause?: { code?: unknown } })?.cause?.code;
  const detail =
    error instanceof Error
      ? {
          error: error.name,
          code: typeof code === "string" ? code : undefined,
          at: error.stack
            ?.split("\n")
            .filter((line) => line.trimStart().startsWith("at "))
            .slice(0, 8)
            .join("\n"),
        }
      : {};
  log().error({ event, ...fields, ...detail });
}

export interface AnsweredRequest {
  requestId: string;
  method: string;
  /** The route's pattern (`/s/:token/check`), never the path people typed or its query. */
  route: string;
  status: number;
  ms: number;
}

/** The access log: one line per answered request, and nothing about who sent it. */
export function logRequest(request: AnsweredRequest) {
  log().info({ event: "http", ...request });
}

/** Whether logRequest writes anything (not with LOG_LEVEL=warn, error or silent). */
export function requestsLogged(): boolean {
  return log().isLevelEnabled("info");
}

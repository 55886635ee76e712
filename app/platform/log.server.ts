/*
 * One JSON line per event on stdout/stderr. Never pass request headers, IP addresses, user
 * agents or free text from people here: logs must not identify anyone.
 */
type Fields = Record<string, string | number | boolean | undefined>;

export function logInfo(event: string, fields: Fields = {}) {
  if (process.env.LOG_LEVEL === "silent") return;
  process.stdout.write(JSON.stringify({ level: "info", event, ...fields }) + "\n");
}

/**
 * Errors are logged by kind, code and where they happened, never by message: a database
 * error's message carries the query's parameters, which can be a person's own words.
 */
export function logError(event: string, error: unknown, fields: Fields = {}) {
  if (process.env.LOG_LEVEL === "silent") return;
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
  process.stderr.write(JSON.stringify({ level: "error", event, ...fields, ...detail }) + "\n");
}

/*
 * One JSON line per event on stdout/stderr. Never pass request headers, IP addresses, user
 * agents or free text from people here: logs must not identify anyone.
 */
type Fields = Record<string, string | number | boolean | undefined>;

export function logInfo(event: string, fields: Fields = {}) {
  if (process.env.LOG_LEVEL === "silent") return;
  process.stdout.write(JSON.stringify({ level: "info", event, ...fields }) + "\n");
}

export function logError(event: string, error: unknown, fields: Fields = {}) {
  if (process.env.LOG_LEVEL === "silent") return;
  const detail =
    error instanceof Error ? { error: error.name, message: error.message, stack: error.stack } : {};
  process.stderr.write(JSON.stringify({ level: "error", event, ...fields, ...detail }) + "\n");
}

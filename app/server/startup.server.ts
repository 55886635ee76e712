import { closeDatabase, getDatabaseHandle } from "~/platform/db.server";
import type { Database } from "~/platform/db.server";
import { demoInspector, hasDemoInspector, seedDemo } from "~/demo/demo.server";
import { audienceLabels } from "~/inspections/labels";
import { chooseTransport, setActiveTransport } from "~/mail/transports.server";
import { rebuildMissingCounts } from "~/summary/counts.server";
import { setPhase } from "~/platform/health.server";
import { startJobs, stopJobs } from "./jobs.server";
import { SettingsError, settings } from "~/platform/settings.server";

export { loadSettings } from "~/platform/settings.server";

/**
 * Runs once when the server starts: applies migrations, and in the demo seeds it. The server
 * listens meanwhile but holds every request other than its health checks until this is done.
 * Returns the lines to print for the person starting it.
 */
export async function startup(baseUrl: string): Promise<string[]> {
  const { mode, seedDemo: seedWanted } = settings();
  // Not ready (/healthz/ready answers 503) until the end of this.
  setPhase("migrating");
  const handle = await getDatabaseHandle();
  await handle.migrate();
  // A database the demo ran on holds an admin whose password is printed in the README.
  if (mode === "production" && (await hasDemoInspector(handle.db)))
    throw new SettingsError(
      `the database holds the demo inspector (${demoInspector.email}) and its published password: a production start needs a database without the demo (PGLITE_DIR or DATABASE_URL naming another), or DEMO=1 for the demo.`,
    );
  // Every response not in the counters yet is folded in once, here, whoever stored it.
  await rebuildMissingCounts(handle.db);
  // Mail and the retention sweep run in the background from now on (the sweep at once).
  const transport = chooseTransport(settings().mail);
  setActiveTransport(transport);
  startJobs(handle.db, transport);
  const lines = [`SEND Voice is running at ${baseUrl}/ (database: ${handle.kind})`];
  if (mode === "demo")
    lines.push("This is the demo (DEMO=1): made-up data, and a sign-in anyone can read below.");
  if (transport.name === "dev") lines.push(`Emails are not sent: read them at ${baseUrl}/dev/mail`);
  if (transport.name === "none")
    lines.push("No mail service is set up: emails wait in the outbox (see README, Email).");
  if (seedWanted) lines.push(...(await demoLines(handle.db, baseUrl)));
  setPhase("ready");
  return lines;
}

async function demoLines(db: Database, baseUrl: string): Promise<string[]> {
  const lines: string[] = [];
  const { links, webinarsToken } = await seedDemo(db);
  lines.push(`Inspector sign-in: ${baseUrl}/sign-in`);
  lines.push(`Demo inspector email: ${demoInspector.email}`);
  lines.push(`Demo inspector password: ${demoInspector.password}`);
  for (const link of links) {
    lines.push(
      `${audienceLabels[link.audience]} survey: ${baseUrl}/s/${link.token} (poster code ${link.shortCode})`,
    );
  }
  lines.push(`Webinars for parents and carers: ${baseUrl}/webinars/${webinarsToken}`);
  return lines;
}

/** From SIGTERM on: not ready, and no job starts; the runs under way go on. */
export function beginStopping(): Promise<void> {
  setPhase("stopping");
  return stopJobs();
}

/**
 * After the requests in flight have been answered: waits for the jobs' runs under way, then
 * closes the database so the process can exit.
 */
export async function shutdown(): Promise<void> {
  await beginStopping();
  await closeDatabase();
}

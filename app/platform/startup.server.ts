import { closeDatabase, getDatabaseHandle } from "../../db/client.server";
import { demoInspector, hasDemoInspector, seedDemo } from "../../db/demo.server";
import { audienceLabels } from "../inspections/labels";
import { chooseTransport, setActiveTransport } from "../mail/transports.server";
import { rebuildMissingCounts } from "../summary/counts.server";
import { startJobs, stopJobs } from "./jobs.server";
import { SettingsError, settings } from "./settings.server";

export { loadSettings } from "./settings.server";

/**
 * Runs once when the server starts, before it listens: applies migrations, and in the demo
 * seeds it. Returns the lines to print for the person starting it.
 */
export async function startup(baseUrl: string): Promise<string[]> {
  const { mode, seedDemo: seedWanted } = settings();
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
  if (!seedWanted) return lines;
  const { links, webinarsToken } = await seedDemo(handle.db);
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

/** Closes the database so the process can exit promptly on SIGTERM. */
export async function shutdown(): Promise<void> {
  stopJobs();
  await closeDatabase();
}

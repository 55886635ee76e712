import { closeDatabase, getDatabaseHandle } from "../../db/client.server";
import { demoInspector, seedDemo } from "../../db/demo.server";
import { audienceLabels } from "../inspections/labels";
import { chooseTransport, setActiveTransport } from "../mail/transports.server";
import { rebuildMissingCounts } from "../summary/counts.server";
import { startJobs, stopJobs } from "./jobs.server";

/**
 * Runs once when the server starts, before it listens: applies migrations, and on the
 * embedded database seeds the demo. Returns the lines to print for the person starting it.
 */
export async function startup(baseUrl: string): Promise<string[]> {
  const handle = await getDatabaseHandle();
  await handle.migrate();
  // Responses stored before the summary kept counters are counted once, here.
  await rebuildMissingCounts(handle.db);
  // Mail and the retention sweep run in the background from now on (the sweep at once).
  const transport = chooseTransport(process.env, handle.kind);
  setActiveTransport(transport);
  startJobs(handle.db, transport);
  const lines = [`SEND Voice is running at ${baseUrl}/ (database: ${handle.kind})`];
  if (transport.name === "dev") lines.push(`Emails are not sent: read them at ${baseUrl}/dev/mail`);
  if (transport.name === "none")
    lines.push("No mail service is set up: emails wait in the outbox (see README, Email).");
  const seedWanted = handle.kind === "pglite" && process.env.SEED_DEMO !== "false";
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

import { closeDatabase, getDatabaseHandle } from "../../db/client.server";
import { demoInspector, seedDemo } from "../../db/demo.server";

/**
 * Runs once when the server starts, before it listens: applies migrations, and on the
 * embedded database seeds the demo. Returns the lines to print for the person starting it.
 */
export async function startup(baseUrl: string): Promise<string[]> {
  const handle = await getDatabaseHandle();
  await handle.migrate();
  const lines = [`SEND Voice is running at ${baseUrl}/ (database: ${handle.kind})`];
  const seedWanted = handle.kind === "pglite" && process.env.SEED_DEMO !== "false";
  if (!seedWanted) return lines;
  const { links } = await seedDemo(handle.db);
  lines.push(`Demo inspector email: ${demoInspector.email}`);
  lines.push(`Demo inspector password: ${demoInspector.password}`);
  lines.push(`Demo inspection: ${links.length} survey links made (their pages come with issue #3)`);
  return lines;
}

/** Closes the database so the process can exit promptly on SIGTERM. */
export async function shutdown(): Promise<void> {
  await closeDatabase();
}

/*
 * Prepares a database for a production start in the tests: the demo's inspection, surveys and
 * webinars, with its inspector renamed and given a password of the test's own, as a real
 * deployment's first admin would be (`npm run user:create`), so no published sign-in is left.
 * With --keep-demo the demo inspector stays, which a production start must refuse.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { openDatabase } from "~db/client.server";
import { demoInspector, seedDemo } from "~/demo/demo.server";
import { inspectionTeam, users, webinars } from "~db/schema";
import { hashPassword } from "~/auth/password.server";

const [dataDir, out, option] = process.argv.slice(2);
const lead = { email: process.env.LEAD_EMAIL, password: process.env.LEAD_PASSWORD };
if (!dataDir || !out || !lead.email || !lead.password)
  throw new Error(
    "usage: LEAD_EMAIL=… LEAD_PASSWORD=… tsx tests/security/production-seed.ts <pglite-dir> <out.json> [--keep-demo]",
  );
const handle = await openDatabase({ dataDir });
await handle.migrate();
const { links, webinarsToken } = await seedDemo(handle.db);
const [demo] = await handle.db
  .select({ id: users.id })
  .from(users)
  .where(eq(users.email, demoInspector.email));
if (option !== "--keep-demo")
  await handle.db
    .update(users)
    .set({ email: lead.email, passwordHash: await hashPassword(lead.password) })
    .where(eq(users.id, demo!.id));
const [team] = await handle.db
  .select({ inspectionId: inspectionTeam.inspectionId })
  .from(inspectionTeam)
  .where(eq(inspectionTeam.userId, demo!.id));
const webinarIds = (
  await handle.db
    .select({ id: webinars.id })
    .from(webinars)
    .where(eq(webinars.inspectionId, team!.inspectionId))
).map((w) => w.id);
await handle.close();
mkdirSync(".tmp", { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    inspectionId: team!.inspectionId,
    webinarsToken,
    webinarIds,
    tokens: Object.fromEntries(links.map((l) => [l.audience, l.token])),
  }),
);

/* Prepares the e2e database before the server starts, and writes its survey links for the tests. */
import { mkdirSync, writeFileSync } from "node:fs";
import { openDatabase } from "~db/client.server";
import { seedDemo } from "~/demo/demo.server";
import { seedHeldWebinar } from "./follow-up-seed";

const [dataDir, out] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (!dataDir || !out) throw new Error("usage: tsx tests/e2e/seed.ts <pglite-dir> <links.json>");
// The PGlite folder, unless DATABASE_URL names a PostgreSQL database (tests/security/races).
const url = process.env.DATABASE_URL;
const handle = await openDatabase(url ? { url } : { dataDir });
await handle.migrate();
const { inspectionId, links, webinarsToken } = await seedDemo(handle.db);
// Only for the e2e server (playwright.config.ts): the security tests' servers need none.
if (process.argv.includes("--held-webinar")) await seedHeldWebinar(handle.db, inspectionId);
await handle.close();
mkdirSync(".tmp", { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    ...Object.fromEntries(
      links.map((l) => [l.audience, { token: l.token, shortCode: l.shortCode }]),
    ),
    webinarsToken,
  }),
);

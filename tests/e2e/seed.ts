/* Prepares the e2e database before the server starts, and writes its survey links for the tests. */
import { mkdirSync, writeFileSync } from "node:fs";
import { openDatabase } from "~db/client.server";
import { seedDemo } from "~/demo/demo.server";

const [dataDir, out] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (!dataDir || !out) throw new Error("usage: tsx tests/e2e/seed.ts <pglite-dir> <links.json>");
// The PGlite folder, unless DATABASE_URL names a PostgreSQL database (tests/security/races).
const url = process.env.DATABASE_URL;
const handle = await openDatabase(url ? { url } : { dataDir });
await handle.migrate();
const { links, webinarsToken } = await seedDemo(handle.db);
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

/* `npm run seed`: adds the demo inspection and inspector to the configured database. */
import { openDatabase } from "~db/client.server";
import { configuredDatabase } from "~/platform/db.server";
import { demoInspector, seedDemo } from "~/demo/demo.server";

const handle = await openDatabase(configuredDatabase());
try {
  await handle.migrate();
  const { links } = await seedDemo(handle.db);
  console.log(`Seeded the demo inspection on ${handle.kind}.`);
  console.log(`Demo inspector: ${demoInspector.email} / ${demoInspector.password}`);
  for (const link of links)
    console.log(`Survey for ${link.audience}: /s/${link.token} (code ${link.shortCode})`);
} finally {
  await handle.close();
}

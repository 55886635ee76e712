import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "~db/client.server";

// The embedded database holds answers, recordings and sign-ups: its folder and every file in
// it are the app user's alone, while it runs and after.
const scratch = mkdtempSync(path.join(tmpdir(), "sv-data-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function modes(folder: string): { where: string; mode: number; folder: boolean }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const where = path.join(folder, entry.name);
    const mode = statSync(where).mode & 0o777;
    return entry.isDirectory()
      ? [{ where, mode, folder: true }, ...modes(where)]
      : entry.isFile()
        ? [{ where, mode, folder: false }]
        : [];
  });
}

describe.runIf(process.platform !== "win32")("the embedded database's folder", () => {
  // Opens and migrates a database of its own: 4 s on a quiet machine, over 30 on a busy one.
  it(
    "is private to the app's user while open, and every file in it once closed",
    { timeout: 120_000 },
    async () => {
      const dataDir = path.join(scratch, "nested", "pglite");
      const handle = await openDatabase({ dataDir });
      await handle.migrate();
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(scratch, "nested")).mode & 0o077).toBe(0);
      await handle.close();
      const everything = modes(dataDir);
      expect(everything.length).toBeGreaterThan(100);
      const open = everything.filter(({ mode, folder }) => mode !== (folder ? 0o700 : 0o600));
      expect(open.map(({ where, mode }) => `${where} ${mode.toString(8)}`)).toEqual([]);
      // Opened again, it stays so.
      const again = await openDatabase({ dataDir });
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      await again.close();
    },
  );
});

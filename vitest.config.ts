import { readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const here = path.dirname(new URL(import.meta.url).pathname);

/**
 * The import aliases, as tsconfig.json declares them (one list for TypeScript, the Remix
 * build, tsx and vitest): `~/x` is app/x, `~db/x` is db/x, `~surveys` is surveys/index.ts.
 */
const paths: Record<string, [string]> = JSON.parse(
  readFileSync(path.join(here, "tsconfig.json"), "utf8"),
).compilerOptions.paths;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alias = Object.entries(paths).map(([name, [target]]) =>
  name.endsWith("/*")
    ? {
        find: new RegExp(`^${escape(name.slice(0, -1))}`),
        replacement: path.join(here, target.slice(0, -1), "/"),
      }
    : { find: new RegExp(`^${escape(name)}$`), replacement: path.join(here, target) },
);

export default defineConfig({
  resolve: { alias },
  test: {
    // tests/security starts the production server over the build (`npm test` builds first).
    include: [
      "tests/unit/**/*.test.{ts,tsx}",
      "tests/integration/**/*.test.{ts,tsx}",
      "tests/security/**/*.test.ts",
    ],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite is single-threaded WebAssembly; two workers suit a 2-core machine.
    pool: "forks",
    maxWorkers: 2,
  },
});

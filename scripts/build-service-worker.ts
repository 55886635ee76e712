/*
 * Builds the survey's service worker (app/offline/sw-survey.ts, #20) into public/sw-survey.js,
 * one plain script with the Workbox modules it uses. Remix's classic compiler builds only the
 * app's own bundles, so `npm run build` runs this after it. The built file is committed too,
 * so a server built with `remix build` alone still has it; tests/unit/service-worker.test.ts
 * fails when it is not what this makes.
 *
 *   npx tsx scripts/build-service-worker.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

export const serviceWorkerFile = path.join(process.cwd(), "public", "sw-survey.js");

/** The service worker's text, as this script writes it. */
export async function buildServiceWorker(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(process.cwd(), "app", "offline", "sw-survey.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    // Workbox logs only in development builds.
    define: { "process.env.NODE_ENV": '"production"' },
    banner: {
      js: "/* Built by scripts/build-service-worker.ts from app/offline/sw-survey.ts: do not edit. */",
    },
    write: false,
  });
  return result.outputFiles[0]!.text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(serviceWorkerFile, await buildServiceWorker());
  console.log(`Service worker: ${path.relative(process.cwd(), serviceWorkerFile)}`);
}

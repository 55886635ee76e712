/*
 * Compresses the browser's scripts and styles once, at build time, as hard as the formats
 * allow: Brotli at quality 11 (what every current browser asks for over HTTPS) and gzip at
 * level 9, beside each file in public/build. server.mjs sends the smallest the browser
 * accepts; compressing this hard on every request would cost too much CPU. Run by
 * `npm run build` after `remix build`.
 *
 *   npx tsx scripts/precompress-assets.ts
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const folder = path.join(process.cwd(), "public", "build");

function* assets(directory: string): Generator<string> {
  for (const name of readdirSync(directory)) {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) yield* assets(file);
    else if (/\.(js|css|map|json|svg)$/.test(name)) yield file;
  }
}

let raw = 0;
let brotli = 0;
let count = 0;
for (const file of assets(folder)) {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  brotli += br.length;
  count += 1;
}
console.log(
  `Precompressed ${count} assets in public/build: ${(raw / 1000).toFixed(0)} kB, ${(brotli / 1000).toFixed(0)} kB with Brotli`,
);

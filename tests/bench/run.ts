/*
 * `npm run bench`: every benchmark in turn, each in its own process, with the machine's load
 * before each (other work on the two cores moves throughput figures). Name some to run only
 * those: `npm run bench -- submit page-weight`. Exits non-zero if any benchmark failed.
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";

const benchmarks = ["summary", "submit", "question-page", "page-weight", "redaction"];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !benchmarks.includes(name));
if (unknown.length) throw new Error(`Unknown benchmark: ${unknown.join(", ")}`);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

const failed: string[] = [];
for (const name of chosen.length ? chosen : benchmarks) {
  console.log(`\n▶ ${name} (load average ${load()})`);
  const started = Date.now();
  const result = spawnSync("npx", ["tsx", `tests/bench/${name}.ts`], { stdio: "inherit" });
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${load()}`);
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}

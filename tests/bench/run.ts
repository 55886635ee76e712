/*
 * `npm run bench`: every benchmark in turn, each in its own process, with the machine's load
 * before each (other work on the two cores moves throughput figures). Name some to run only
 * those: `npm run bench -- submit page-weight`. Each benchmark ends with one verdict line
 * (`<name>: PASS — …` or `<name>: FAIL — …`) and exits non-zero on a miss; they are repeated
 * together at the end. Exits non-zero if any benchmark failed.
 */
import { spawn } from "node:child_process";
import { loadavg } from "node:os";

const benchmarks = [
  "summary",
  "submit",
  "question-page",
  "page-weight",
  "redaction",
  "queue",
  "overview",
];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !benchmarks.includes(name));
if (unknown.length) throw new Error(`Unknown benchmark: ${unknown.join(", ")}`);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

/** Runs one benchmark, passing its output through; its exit code and its verdict line. */
function run(name: string) {
  return new Promise<{ status: number | null; verdict?: string }>((resolve) => {
    const child = spawn("npx", ["tsx", `tests/bench/${name}.ts`], {
      stdio: ["inherit", "pipe", "inherit"],
    });
    let verdict: string | undefined;
    let partial = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop()!;
      for (const line of lines) if (line.startsWith(`${name}: `)) verdict = line;
    });
    child.on("close", (status) => {
      if (partial.startsWith(`${name}: `)) verdict = partial;
      resolve({ status, verdict });
    });
  });
}

const failed: string[] = [];
const verdicts: string[] = [];
for (const name of chosen.length ? chosen : benchmarks) {
  console.log(`\n▶ ${name} (load average ${load()})`);
  const started = Date.now();
  const { status, verdict } = await run(name);
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${load()}`);
  verdicts.push(verdict ?? `${name}: FAIL — ended without a verdict (exit ${status})`);
  if (status !== 0 || !verdict?.startsWith(`${name}: PASS`)) failed.push(name);
}
console.log(`\nVerdicts:\n${verdicts.join("\n")}`);
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}

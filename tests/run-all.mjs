// `npm test`: build, unit, integration and security tests (vitest), then e2e in Chromium
// (Playwright). The security tests and e2e both run the production build, so it comes first.
// Prints one closing line `N passed, N failed` and writes the counts to .tmp/test-totals.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

mkdirSync(".tmp", { recursive: true });
// CI runs the suite today and with the clock a year ahead (faketime): say which this is.
console.log(`Clock: ${new Date().toISOString()}`);
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) exitCode = 1;
  return result.status;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

// 1. The production build, which tests/security and e2e serve with server.mjs.
const built = run("build", "npm", ["run", "build"]) === 0;

// 2. vitest: unit + integration + security
rmSync(".tmp/vitest-results.json", { force: true });
run("unit, integration and security tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=.tmp/vitest-results.json",
]);
const vitest = readJson(".tmp/vitest-results.json");
if (vitest) {
  totals.passed += vitest.numPassedTests;
  // A file that cannot even load runs none of its tests: it counts as a failure too. (Not
  // numFailedTestSuites, which also counts each describe block around a failing test.)
  const unloaded = (vitest.testResults ?? []).filter(
    (file) =>
      file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  ).length;
  totals.failed += vitest.numFailedTests + unloaded;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitest.numTotalTests === 0) exitCode = 1;
} else {
  totals.failed += 1;
  exitCode = 1;
}

// 3. e2e: make sure there is a Chromium, run Playwright on the build
rmSync(".tmp/e2e-results.json", { force: true });
if (built && run("Chromium check", "node", ["tests/e2e/ensure-chromium.mjs"]) === 0) {
  run("end-to-end tests in Chromium", "npx", ["playwright", "test"]);
}
const e2e = existsSync(".tmp/e2e-results.json") ? readJson(".tmp/e2e-results.json") : undefined;
if (e2e?.stats) {
  totals.passed += e2e.stats.expected;
  totals.failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
  totals.skipped += e2e.stats.skipped;
  if (e2e.stats.expected + e2e.stats.unexpected === 0) exitCode = 1;
} else {
  totals.failed += 1;
  exitCode = 1;
}

writeFileSync(".tmp/test-totals.json", JSON.stringify(totals));
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);

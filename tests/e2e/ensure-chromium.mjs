// Makes sure e2e has a Chromium: CHROMIUM_PATH or Debian's /usr/bin/chromium; when missing,
// installs Debian's package where we run as root, else Playwright's own download.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

const run = (command) =>
  execSync(command, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
let hasApt = false;
try {
  execSync("command -v apt-get", { stdio: "ignore" });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt) {
  console.log(
    "No Chromium found: installing Debian's chromium package with apt-get (about a minute)…",
  );
  run("apt-get update -qq && apt-get install -y -qq chromium");
} else {
  console.log(
    "No Chromium found: downloading Playwright's Chromium (npx playwright install chromium)…",
  );
  run("npx playwright install chromium");
}

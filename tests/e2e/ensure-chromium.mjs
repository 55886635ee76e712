// Makes sure e2e has a Chromium: CHROMIUM_PATH or Debian's /usr/bin/chromium; when missing,
// installs Debian's package where we run as root, else Playwright's own download. Also the
// fonts for every script the surveys are offered in (Debian's fonts-noto-core: Nastaliq for
// Urdu, Naskh for Arabic, Bengali), which tests/e2e/text-layout.spec.ts measures lines in.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].filter(Boolean);
const hasChromium = candidates.some((path) => existsSync(path));

const run = (command) =>
  execSync(command, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
const succeeds = (command) => {
  try {
    execSync(command, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = succeeds("command -v apt-get");
const hasFonts = succeeds("fc-list | grep -q 'Noto Nastaliq Urdu'");

if (isRoot && hasApt && (!hasChromium || !hasFonts)) {
  const packages = [...(hasChromium ? [] : ["chromium"]), ...(hasFonts ? [] : ["fonts-noto-core"])];
  console.log(`Installing Debian's ${packages.join(" and ")} with apt-get (about a minute)…`);
  run(`apt-get update -qq && apt-get install -y -qq ${packages.join(" ")}`);
} else if (!hasChromium) {
  console.log(
    "No Chromium found: downloading Playwright's Chromium (npx playwright install chromium)…",
  );
  run("npx playwright install chromium");
}

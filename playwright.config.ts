import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumEnv, chromiumPath, freePort } from "./tests/e2e/chromium";
import { e2eSessionSecret } from "./tests/e2e/session";

// The app is built by `npm run test:e2e` and started here on a free port with a throwaway
// PGlite folder, so e2e runs never touch a developer's data.
// Chosen once in the main process; workers inherit it through the environment.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const dataDir = `.tmp/e2e-pglite-${port}`;
const linksFile = `.tmp/e2e-links-${port}.json`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two in CI too (#21, CI under 45 minutes): one at a time left a core idle while a page
  // loaded or axe ran. Each spec makes its own inspection, people and webinars, so two may
  // run at once against the one server.
  workers: 2,
  retries: 0,
  // Journeys run axe on every page they visit: a survey is 15–25 pages.
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".tmp/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, env: chromiumEnv() },
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, env: chromiumEnv() },
      },
    },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && npx tsx tests/e2e/seed.ts ${dataDir} ${linksFile} --held-webinar && node server.mjs`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    // Seeding a fresh PGlite and starting the server takes ~10 s on a quiet machine; on two
    // cores shared with other work (CI's pass a year ahead under faketime) it has taken over 60.
    timeout: 180_000,
    env: {
      NODE_ENV: "production",
      // The demo, explicitly: the seeded inspector signs in and emails show at /dev/mail.
      DEMO: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DIR: dataDir,
      DATABASE_URL: "",
      LOG_LEVEL: "silent",
      // Known to the tests, so one can make a session that has run out (inspectors.spec.ts).
      SESSION_SECRET: e2eSessionSecret,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // Sign-ups sent sooner after their form was shown are refused as a script's (3 s by
      // default); the specs wait this long before pressing "Sign up", as a person would.
      SIGNUP_MIN_SECONDS: "1",
    },
  },
});

import { afterEach, beforeEach, vi } from "vitest";

process.env.LOG_LEVEL ??= "silent";
// Every link is built from the settings' PUBLIC_URL (app/platform/settings.server.ts).
process.env.PUBLIC_URL ??= "http://localhost";
// Tests post the webinar sign-up form at once; tests/integration/webinar-bots.test.ts puts
// the real minimum time back and shows a quick post refused.
process.env.SIGNUP_MIN_SECONDS ??= "0";

// A console.error during a test is a failure: React warnings and swallowed errors surface here.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length) {
    throw new Error(
      `console.error was called during the test:\n${errors.map((a) => a.map(String).join(" ")).join("\n")}`,
    );
  }
});

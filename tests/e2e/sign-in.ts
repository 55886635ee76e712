import type { Page } from "@playwright/test";
import { openPage } from "./fixtures";

/** The demo inspector the e2e server seeds (DEMO=1, playwright.config.ts): a lead and an admin. */
export const demoInspector = {
  email: "demo.inspector@send-voice.test",
  password: "demo-inspector-password",
} as const;

/**
 * Signs in as the demo inspector from the sign-in page, as a person would, and goes on to
 * `returnTo`; each caller checks the page it lands on. A context with JavaScript off says so,
 * as there is no hydration to wait for.
 */
export async function signInAsDemo(
  page: Page,
  { returnTo, javaScript = true }: { returnTo?: string; javaScript?: boolean } = {},
) {
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "";
  await openPage(page, `/sign-in${query}`, { javaScript });
  await page.getByLabel("Email address").fill(demoInspector.email);
  await page.getByLabel("Password").fill(demoInspector.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

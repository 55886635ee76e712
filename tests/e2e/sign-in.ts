import type { Browser, Page } from "@playwright/test";
import { expect } from "@playwright/test";
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

/** An account made by the demo's admin; returns its one-time password. */
export async function makeAccount(browser: Browser, name: string, email: string, role: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsDemo(page, { returnTo: "/admin/accounts" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accounts");
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("radio", { name: new RegExp(`^${role}`) }).check({ force: true });
  await page.getByRole("button", { name: "Add account" }).click();
  const password = (await page.locator(".resume-code").textContent())!.trim();
  await context.close();
  return password;
}

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import { rawTranslationKeys } from "../translation-keys";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

function describeViolations(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("\n  ")}`,
  );
}

/** Everything a person reads or hears on the page: its title, text and accessible names. */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = Array.from(
      document.querySelectorAll("[aria-label], [alt], [title], [placeholder], input[value]"),
      (el) =>
        ["aria-label", "alt", "title", "placeholder", "value"]
          .map((name) =>
            name === "value" && el.getAttribute("type") !== "submit"
              ? ""
              : (el.getAttribute(name) ?? ""),
          )
          .join("\n"),
    );
    return [document.title, document.body?.innerText ?? "", ...names].join("\n");
  });
}

/** Fails on text that looks like a translation key instead of words. */
export async function expectNoRawTranslationKeys(page: Page, label = page.url()) {
  expect(rawTranslationKeys(await pageWords(page)), `translation keys shown on ${label}`).toEqual(
    [],
  );
}

/** Runs axe on the page as it is now (the page must have JavaScript on). */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
  await expectNoRawTranslationKeys(page, label);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(describeViolations(results.violations), `axe violations on ${label}`).toEqual([]);
}

/**
 * axe for a page opened with JavaScript off. axe itself needs JavaScript, so this renders
 * the very same HTML and CSS, scripts removed, in a scripting context at the same address.
 */
export async function expectNoAxeViolationsStatic(page: Page, label = page.url()) {
  await expectNoRawTranslationKeys(page, label);
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext();
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await copy.goto(url);
    const results = await new AxeBuilder({ page: copy }).withTags(wcagTags).analyze();
    expect(
      describeViolations(results.violations),
      `axe violations on ${label} (no JavaScript)`,
    ).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Fails a test when the page logs an error or a CSP violation. */
export const test = base.extend<{ axe: (label?: string) => Promise<void> }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      // A 4xx we asked for on purpose (a not-found page, a refused form) is logged as a
      // failed load; failed sub-resources are caught below instead.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        problems.push(message.text());
      }
    });
    page.on("response", (response) => {
      const request = response.request();
      // Documents and Remix's own data requests may answer 4xx by design (validation, 404).
      const byDesign =
        request.resourceType() === "document" || new URL(response.url()).pathname.endsWith(".data");
      if (response.status() >= 400 && !byDesign) {
        problems.push(
          `${response.status()} for ${request.resourceType()} ${new URL(response.url()).pathname}`,
        );
      }
    });
    // Every page the test loads is read for translation keys once it has loaded; a page
    // left before the reading finishes is read by the next check instead.
    const readings: Promise<void>[] = [];
    page.on("load", () => {
      const url = page.url();
      readings.push(
        pageWords(page).then(
          (words) => {
            for (const key of rawTranslationKeys(words)) problems.push(`${key} shown on ${url}`);
          },
          () => {},
        ),
      );
    });
    page.on("pageerror", (error) => {
      // React 18's "Root did not complete" (#345), thrown now and then when Remix interrupts a
      // render with a navigation; the page carries on. Known upstream, not ours to fix:
      // https://github.com/remix-run/remix/issues/10214. Every other error still fails.
      if (/Minified React error #345\b/.test(error.message)) return;
      problems.push(error.message);
    });
    await use(page);
    await Promise.all(readings);
    expect(problems, "browser console errors and translation keys").toEqual([]);
  },
  axe: async ({ page }, use) => {
    await use((label) => expectNoAxeViolations(page, label));
  },
});

export { expect };

/**
 * Opens a page and, when it has JavaScript, waits until React has hydrated it: input given
 * before then can be reset by hydration (a person on a slow phone meets the same).
 */
export async function openPage(page: Page, url: string, { javaScript = true } = {}) {
  const response = await page.goto(url);
  if (javaScript) await page.locator("html[data-hydrated]").waitFor();
  return response;
}

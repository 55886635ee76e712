import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import type { APIRequestContext, BrowserContext, Page, Request } from "@playwright/test";
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

/**
 * Known upstream faults the guard lets pass, one message each with the issue that tracks it.
 * React 18's "Root did not complete" (#345) is thrown now and then when Remix interrupts a
 * render with a navigation; the page carries on.
 */
const allowances: { message: RegExp; upstream: string }[] = [
  {
    message: /Minified React error #345\b/,
    upstream: "https://github.com/remix-run/remix/issues/10214",
  },
];
const allowed = (message: string) => allowances.some((a) => a.message.test(message));

/** Requests a test makes fail on purpose (failRequests), so the guard expects them. */
const planted = new WeakSet<Request>();

/** What one test's browser contexts did wrong: every context, the page fixture's and any other. */
export interface Watch {
  problems: string[];
  readings: Promise<void>[];
}

function watchContext(context: BrowserContext, watch: Watch) {
  const { problems, readings } = watch;
  context.on("console", (message) => {
    // A 4xx we asked for on purpose (a not-found page, a refused form) is logged as a failed
    // load; every response is judged below instead. CSP violations are console errors.
    if (message.type() !== "error" || message.text().startsWith("Failed to load resource")) return;
    if (!allowed(message.text())) problems.push(`console error: ${message.text()}`);
  });
  context.on("weberror", (webError) => {
    const message = webError.error().message;
    if (!allowed(message)) problems.push(`page error: ${message}`);
  });
  context.on("response", (response) => {
    const request = response.request();
    const status = response.status();
    if (status < 400 || planted.has(request)) return;
    const path = new URL(response.url()).pathname;
    // Documents and Remix's own data requests may answer 4xx by design (validation, 404);
    // a 5xx is never by design.
    const byDesign = request.resourceType() === "document" || path.endsWith(".data");
    if (status >= 500 || !byDesign) {
      problems.push(`${status} for ${request.method()} ${request.resourceType()} ${path}`);
    }
  });
  context.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed";
    // Leaving a page cancels what it was still loading (media, prefetches): not a fault. A
    // page with JavaScript off has its script preloads blocked as "csp"; a real CSP block
    // is a console error ("Refused to load…"), judged above.
    if (failure === "net::ERR_ABORTED" || planted.has(request)) return;
    if (failure === "csp" && request.resourceType() === "script") return;
    problems.push(`${failure} for ${request.method()} ${new URL(request.url()).pathname}`);
  });
  watchApiRequests(context.request, problems);
  // Every page is read for translation keys once it has loaded; a page left before the
  // reading finishes is read by the next check instead.
  context.on("page", (page) =>
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
    }),
  );
}

/**
 * Requests a test sends itself (page.request, the request fixture) raise no browser events:
 * each answer is judged as it comes. Every method goes through fetch.
 */
function watchApiRequests(api: APIRequestContext, problems: string[]) {
  const fetch = api.fetch.bind(api);
  api.fetch = async (...args: Parameters<APIRequestContext["fetch"]>) => {
    const response = await fetch(...args);
    if (response.status() >= 500) {
      const method = typeof args[0] === "string" ? (args[1]?.method ?? "GET") : args[0].method();
      problems.push(`${response.status()} for ${method} ${new URL(response.url()).pathname}`);
    }
    return response;
  };
}

/**
 * Makes the requests to `url` answer `status`, as an offline phone or a lost file would; the
 * guard knows them as the test's own doing.
 */
export async function failRequests(page: Page, url: string, status: number) {
  await page.route(url, (route) => {
    planted.add(route.request());
    return route.fulfill({ status });
  });
}

/**
 * Lets the requests to `url` reach the server, then cuts the connection before the answer gets
 * back, as a phone that loses its Wi-Fi mid-send would (#20); the guard knows them as the
 * test's own doing. The browser stays offline until the test says otherwise.
 */
export async function cutAfterSending(page: Page, url: string | RegExp) {
  await page.route(url, async (route) => {
    planted.add(route.request());
    await route.fetch();
    await page.context().setOffline(true);
    await route.abort("internetdisconnected");
  });
}

/**
 * Every test, whichever browser contexts it opens (the page fixture's, browser.newContext's,
 * browser.newPage's), fails when a page logs an error or a CSP violation, throws, shows a
 * translation key, gets a 5xx for anything or a 4xx for a sub-resource, or loses a request
 * to the network; and when a request it sends itself answers 5xx.
 */
export const test = base.extend<{ axe: (label?: string) => Promise<void>; watch: Watch }>({
  watch: [
    async ({ browser }, use) => {
      const watch: Watch = { problems: [], readings: [] };
      const onContext = (context: BrowserContext) => watchContext(context, watch);
      browser.on("context", onContext);
      await use(watch);
      browser.off("context", onContext);
      await Promise.all(watch.readings);
      expect(watch.problems, "browser errors, failed requests and translation keys").toEqual([]);
    },
    { auto: true },
  ],
  request: async ({ request, watch }, use) => {
    watchApiRequests(request, watch.problems);
    await use(request);
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

/**
 * Goes back a page as a person would, and waits until it shows. With JavaScript, Back is the
 * router's, in the same document, so the page's load states were reached long ago: this waits
 * for the router to show the address the browser is at, with nothing in flight, so the next
 * step (another Back) does not cut its fetch short.
 */
export async function goBack(page: Page) {
  await page.goBack({ waitUntil: "domcontentloaded" });
  const hydrated = await page.locator("html[data-hydrated]").count();
  if (!hydrated) return;
  await page.waitForFunction(() => {
    type State = { location: { pathname: string }; navigation: { state: string } };
    type Router = { state: State & { revalidation: string } };
    const router = (window as unknown as { __remixRouter?: Router }).__remixRouter;
    if (!router) return false;
    const { location, navigation, revalidation } = router.state;
    return (
      location.pathname === window.location.pathname &&
      navigation.state === "idle" &&
      revalidation === "idle"
    );
  });
}

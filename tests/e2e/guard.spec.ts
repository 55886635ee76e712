import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { Watch } from "./fixtures";

/*
 * The guard in fixtures.ts, itself under test: each page below does one thing the guard must
 * fail a test for, in a context opened with browser.newContext as many tests do. Each test
 * checks the guard saw it, and takes that one problem away so the test itself can pass.
 */

/** A page of the test's own at the app's address, in a fresh context. */
async function ownPage(
  browser: Browser,
  baseURL: string,
  html: string,
  { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {},
) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.route(`${baseURL}/guard-test`, (route) =>
    route.fulfill({ status, headers, contentType: "text/html", body: html }),
  );
  return page;
}

/** The guard saw a problem like `seen` (and nothing else); it is taken away once checked. */
async function expectGuardSaw(watch: Watch, seen: RegExp) {
  await expect.poll(() => watch.problems.some((p) => seen.test(p))).toBe(true);
  await Promise.all(watch.readings);
  expect(watch.problems.filter((p) => !seen.test(p))).toEqual([]);
  watch.problems.length = 0;
}

test("the guard sees a console error", async ({ browser, baseURL, watch }) => {
  const page = await ownPage(browser, baseURL!, "<script>console.error('planted')</script>");
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^console error: planted$/);
});

test("the guard sees an uncaught page error", async ({ browser, baseURL, watch }) => {
  const page = await ownPage(browser, baseURL!, "<script>throw new Error('planted')</script>");
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^page error: planted$/);
});

test("the guard sees a CSP violation", async ({ browser, baseURL, watch }) => {
  const page = await ownPage(browser, baseURL!, "<script>document.title = 'ran'</script>", {
    headers: { "Content-Security-Policy": "script-src 'none'" },
  });
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^console error: .*Content Security Policy/);
});

test("the guard sees a 5xx document", async ({ browser, baseURL, watch }) => {
  const page = await ownPage(browser, baseURL!, "<p>broken</p>", { status: 500 });
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^500 for GET document \/guard-test$/);
});

test("the guard sees a sub-resource's 4xx", async ({ browser, baseURL, watch }) => {
  const page = await ownPage(browser, baseURL!, '<img src="/pictures/no-such-picture" alt="">');
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^404 for GET image \/pictures\/no-such-picture$/);
});

test("the guard sees a request lost to the network", async ({ browser, baseURL, watch }) => {
  const page = await ownPage(browser, baseURL!, '<link rel="stylesheet" href="/lost.css">');
  await page.route("**/lost.css", (route) => route.abort("connectionreset"));
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^net::ERR_CONNECTION_RESET for GET \/lost\.css$/);
});

test("the guard sees a translation key shown", async ({ browser, baseURL, watch }) => {
  const page = await ownPage(browser, baseURL!, "<p>survey:start.title.child</p>");
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^survey:start\.title\.child shown on /);
});

test("the guard sees the page fixture's context too", async ({ page, baseURL, watch }) => {
  await page.route(`${baseURL}/guard-test`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<script>console.error('planted')</script>" }),
  );
  await page.goto("/guard-test");
  await expectGuardSaw(watch, /^console error: planted$/);
});

test("the guard sees a 5xx answer to a request the test sends", async ({
  page,
  request,
  watch,
}) => {
  // A server of the test's own that fails every request: the app has no page that does.
  const failing = http.createServer((_, response) => response.writeHead(502).end());
  await new Promise<void>((resolve) => failing.listen(0, "127.0.0.1", resolve));
  const { port } = failing.address() as AddressInfo;
  try {
    await page.request.get(`http://127.0.0.1:${port}/from-page`);
    await expectGuardSaw(watch, /^502 for GET \/from-page$/);
    await request.post(`http://127.0.0.1:${port}/from-fixture`);
    await expectGuardSaw(watch, /^502 for POST \/from-fixture$/);
  } finally {
    failing.close();
  }
});

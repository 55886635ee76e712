import type { Page } from "@playwright/test";
import { openAreaCounts } from "./area-link";
import { expect, expectNoAxeViolations, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";
import { demoInspector } from "./sign-in";

/*
 * WCAG 1.4.10 on every inspector page: at 320 CSS pixels wide (a phone, or 1280px at 400%
 * zoom) the page never scrolls sideways, and no word breaks in the middle ("ins/pec/tors"):
 * a table too wide for the screen scrolls inside its own box, which a keyboard can focus.
 */

async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Links and addresses may break (.break); words may not.
      if (!parent || parent.closest(".break, .visually-hidden, script, style")) continue;
      const text = node.textContent ?? "";
      // A line may end after a hyphen ("well-/known"), as in print; never inside a word.
      for (const match of text.matchAll(/[^\s\-‐]{2,}/g)) {
        const word = match[0];
        if (/[/@]/.test(word) || word.length > 30) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + word.length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) problems.push(`"${word}" breaks across lines in <${parent.tagName}>`);
      }
    }
    for (const box of document.querySelectorAll(".table-scroll")) {
      if (box.scrollWidth > box.clientWidth + 1 && box.getAttribute("tabindex") !== "0")
        problems.push("a table's scrolling box cannot take focus");
    }
    return [...new Set(problems)];
  });
}

test("every inspector page reflows at 320px: no sideways page, no broken words", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const check = async (label: string) => {
    await page.locator("html[data-hydrated]").waitFor();
    expect(await reflowProblems(page), `reflow on ${label}`).toEqual([]);
    // "Skip to main content" passes the inspector navigation: it sits before main, not in it.
    await expect(page.locator("main .inspector-nav")).toHaveCount(0);
    // The respondents' privacy promise is not an inspector's footer.
    await expect(page.getByText("Your answers are anonymous")).toHaveCount(0);
    await expectNoAxeViolations(page, `${label} at 320px`);
  };
  await openPage(page, "/sign-in");
  await check("sign in");
  await page.getByLabel("Email address").fill(demoInspector.email);
  await page.getByLabel("Password").fill(demoInspector.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your inspections");
  await expect(page.locator(".inspector-nav + main")).toHaveCount(1);
  await check("your inspections");
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  const overview = new URL(page.url()).pathname;
  await check("inspection");

  for (const path of [
    "/summary",
    "/comments",
    "/dates",
    "/close",
    "/team",
    "/webinars",
    "/webinars/new",
    "/poster/child",
  ]) {
    await openPage(page, `${overview}${path}`);
    await check(path);
  }
  await openPage(page, `${overview}/webinars`);
  await page.getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/webinars\/[0-9a-f-]{36}$/);
  await check("a webinar's attendees");
  for (const path of ["/inspections/new", "/admin/accounts", "/admin/audit", "/admin/national"]) {
    await openPage(page, path);
    await check(path);
  }
  await openAreaCounts(page, overview);
  await check("the local area's counts");
  expect(surveyLinks().child.token).toBeTruthy();
  await context.close();
});

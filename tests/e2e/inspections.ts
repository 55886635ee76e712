import type { Browser, Locator, Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { today } from "../clock";

/** Types a day (YYYY-MM-DD) into a GOV.UK date input's Day, Month and Year. */
export async function fillDate(within: Locator | Page, day: string) {
  const [year, month, date] = day.split("-");
  await within.getByLabel("Day").fill(String(Number(date)));
  await within.getByLabel("Month").fill(String(Number(month)));
  await within.getByLabel("Year").fill(year!);
}

/**
 * From the "Set up an inspection" page, sets up an inspection of its own for a test, notified
 * today (so its surveys are open whatever day the test runs), and waits for its overview.
 */
export async function setUpInspection(page: Page, area: string) {
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Set up an inspection");
  await page.getByLabel("Local area partnership").fill(area);
  await fillDate(page.getByRole("group", { name: /When was the local area told/ }), today());
  await page.getByRole("button", { name: "Set up inspection" }).click();
  await expect(heading).toHaveText(area);
}

/**
 * From an inspection's overview, parents answer "What worked well?" in their own words and
 * send, each in a browser context of their own with JavaScript off (plain forms, fast).
 */
export async function parentsSay(browser: Browser, overview: Page, words: readonly string[]) {
  const parentLink = await overview
    .getByRole("row", { name: /Parents and carers/ })
    .getByRole("link", { name: /\/s\// })
    .getAttribute("href");
  const token = new URL(parentLink!, overview.url()).pathname.split("/")[2];
  for (const text of words) {
    const parent = await browser.newContext({ javaScriptEnabled: false });
    const answering = await parent.newPage();
    await answering.goto(`/s/${token}`);
    await answering.getByRole("button", { name: "Start" }).click();
    await answering.goto(`/s/${token}/q/worked_well`);
    await answering.locator("textarea[name=answer]").fill(text);
    await answering.getByRole("button", { name: "Continue" }).click();
    await answering.goto(`/s/${token}/check`);
    await answering.getByRole("button", { name: "Send my answers" }).click();
    await expect(answering.getByRole("heading", { level: 1 })).toHaveText(
      "Thank you. Your answers have been sent.",
    );
    await parent.close();
  }
}

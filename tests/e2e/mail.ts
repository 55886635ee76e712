import type { Browser } from "@playwright/test";
import { expect } from "./fixtures";

/** The newest email to an address with this subject, from the development mailbox. */
export async function mailTo(browser: Browser, to: string, subject: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = page
    .locator("article.mail", { hasText: to })
    .filter({ has: page.getByRole("heading", { name: subject, exact: true }) })
    .first();
  try {
    await expect(async () => {
      await page.goto("/dev/mail");
      await expect(article).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
    return {
      body: (await article.locator(".mail__body").textContent()) ?? "",
      hasCalendar: (await article.textContent())?.includes("Calendar file attached") ?? false,
    };
  } finally {
    await context.close();
  }
}

/** The booking page a webinar email links to, as a path. */
export const bookingLink = (body: string) =>
  new URL(/https?:\/\/\S+\/booking\/[\w-]+/.exec(body)![0]).pathname;

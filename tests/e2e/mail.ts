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
      calendar: (await article.locator(".mail__calendar").count())
        ? ((await article.locator(".mail__calendar").textContent()) ?? "")
        : undefined,
    };
  } finally {
    await context.close();
  }
}

/** The booking page a webinar email links to, as a path. */
export const bookingLink = (body: string) =>
  new URL(/https?:\/\/\S+\/booking\/[\w-]+/.exec(body)![0]).pathname;

/** How many emails to an address with this subject the development mailbox holds now. */
export async function mailCount(browser: Browser, to: string, subject: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto("/dev/mail");
    return await page
      .locator("article.mail", { hasText: to })
      .filter({ has: page.getByRole("heading", { name: subject, exact: true }) })
      .count();
  } finally {
    await context.close();
  }
}

import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

export type Check = (label: string) => Promise<void>;

/** Answers the current question as a person would: first answer, or some words. */
export async function answerCurrentQuestion(
  page: Page,
  words = "The school has been really helpful this year.",
) {
  // The page's answer, once it is there (a page still rendering has neither yet).
  await page.locator("textarea[name=answer], label.choice").first().waitFor();
  const textarea = page.locator("textarea[name=answer]");
  if (await textarea.count()) {
    await textarea.fill(words);
    return;
  }
  const choice = page.locator("label.choice").first();
  await choice.click();
}

/** Goes through every question to the check page, checking each page on the way. */
export async function answerEveryQuestion(page: Page, check: Check) {
  for (let step = 0; step < 40; step += 1) {
    if (new URL(page.url()).pathname.endsWith("/check")) return step;
    await expect(page.locator("p.caption")).toBeVisible();
    await check(`question ${step + 1}`);
    await answerCurrentQuestion(page);
    await continueToNextPage(page);
  }
  throw new Error("Never reached the check page");
}

/** Tabs forward until the focused element matches, as a keyboard user would. */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; type: string | null; text: string; name: string | null }) => boolean,
  limit = 30,
) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el
        ? {
            tag: el.tagName.toLowerCase(),
            type: el.getAttribute("type"),
            text: (el.textContent ?? "").trim(),
            name: el.getAttribute("name"),
          }
        : null;
    });
    if (focused && matches(focused)) return;
  }
  throw new Error("Could not reach the control by Tab");
}

/** Presses Continue and waits for the next page, whether the browser or Remix navigates. */
export async function continueToNextPage(page: Page) {
  const before = page.url();
  const caption = page.locator("p.caption");
  const shown = (await caption.count()) ? await caption.first().textContent() : null;
  // The Continue button, found by what it does so this works in every language.
  await page.locator('button[name="intent"][value="continue"]').click();
  await page.waitForURL((url) => url.href !== before);
  await page.waitForLoadState("domcontentloaded");
  // With JavaScript the address can change before the next page has rendered: wait for its
  // caption ("Question 4 of 24") to be the next one's, unless it has none (the check page).
  if (shown !== null)
    await page.waitForFunction((previous) => {
      const now = document.querySelector("p.caption");
      return !now || now.textContent !== previous;
    }, shown);
}

import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  openPage,
  test,
} from "./fixtures";
import { surveyLinks } from "./links";
import { answerCurrentQuestion, continueToNextPage } from "./survey-helpers";

/*
 * Changing version part way (#20): a child starts the standard version, switches to easy read
 * at question 5 and back to the standard version at question 9 (as each page numbers it),
 * keeping what each page had chosen; the check page says which questions are asked again and
 * which answers were given in the other version; the answers are sent. With and without
 * JavaScript, axe on every page that changed. (That the stored response holds each answer in
 * the version it was given in is checked through the same routes in
 * tests/integration/changing-version.test.ts, which reads the database.)
 */

const caption = (page: Page) => page.locator("p.caption");

/** Answers pages until the one numbered `number`, checking each. */
async function answerUntil(page: Page, number: number, check: (label: string) => Promise<void>) {
  for (let step = 0; step < 30; step += 1) {
    const shown = await caption(page).textContent();
    if (shown?.startsWith(`Question ${number} of`)) return;
    await check(shown ?? "question");
    await answerCurrentQuestion(page);
    await continueToNextPage(page);
  }
  throw new Error(`Never reached question ${number}`);
}

const switchTo = { easy: "Switch to easy read", standard: "Switch to the standard version" };

/** Presses the page's switch, and waits for the other version (it may keep the address). */
async function switchVersion(page: Page, to: "easy" | "standard") {
  await page.getByRole("button", { name: switchTo[to] }).click();
  const back = switchTo[to === "easy" ? "standard" : "easy"];
  await expect(page.getByRole("button", { name: back })).toBeVisible();
  await page.waitForLoadState("domcontentloaded");
}

for (const javaScript of [true, false]) {
  test(`${javaScript ? "with" : "without"} JavaScript, a child switches to easy read at question 5 and back at question 9`, async ({
    browser,
  }) => {
    // Some 30 pages, axe on five, on two cores shared with other work.
    test.setTimeout(480_000);
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const axe = (label: string) =>
      javaScript ? expectNoAxeViolations(page, label) : expectNoAxeViolationsStatic(page, label);
    await openPage(page, `/s/${surveyLinks().child.token}`, { javaScript });
    await page.getByText("Yes, I want to take part").click();
    await page.getByText("Standard", { exact: true }).click();
    await page.getByRole("button", { name: "Start" }).click();

    // Questions 1 to 4 in the standard version; at 5, its answer chosen, to easy read.
    await answerUntil(page, 5, async () => {});
    await expect(page.locator("main .easy-read, div.easy-read")).toHaveCount(0);
    await axe("standard question 5, with the switch");
    await answerCurrentQuestion(page);
    await switchVersion(page, "easy");
    await expect(page.locator("div.easy-read")).toHaveCount(1);
    await expect(page).toHaveURL(/\/q\/say_in_plans$/);
    await axe("easy read after switching");

    // Easy read until its question 9, then back to the standard version.
    await answerUntil(page, 9, async () => {});
    await answerCurrentQuestion(page);
    await switchVersion(page, "standard");
    await expect(page).toHaveURL(/\/q\/school_attendance$/);
    await expect(page.locator("div.easy-read")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Switch to easy read" })).toBeVisible();

    // A question answered on easy read's faces is asked again on five points, saying so.
    await openPage(page, `/s/${surveyLinks().child.token}/q/say_in_plans`, { javaScript });
    await expect(
      page.getByText(/You answered this question in the easy read version/),
    ).toBeVisible();
    await expect(page.locator("input[name=answer]:checked")).toHaveCount(0);
    await axe("asked again");

    // On to the check page: which are asked again, and what was answered only in easy read.
    await openPage(page, `/s/${surveyLinks().child.token}/q/school_attendance`, { javaScript });
    for (let step = 0; step < 30 && !page.url().endsWith("/check"); step += 1) {
      await answerCurrentQuestion(page);
      await continueToNextPage(page);
    }
    await expect(page.getByRole("heading", { name: "Questions to answer again" })).toBeVisible();
    await expect(page.locator("#asked-again li")).not.toHaveCount(0);
    await expect(
      page.getByText(/Before, in the easy read version, you answered/).first(),
    ).toBeVisible();
    await axe("check answers after changing version");

    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you");
    await context.close();
  });
}

import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolationsStatic, goBack, openPage, test } from "./fixtures";
import { parentsSay, setUpInspection } from "./inspections";
import { signInAsDemo } from "./sign-in";

/*
 * Bulk accept on a filter (#19): the confirmation states the count, the codes change on
 * exactly those comments, the result is announced and Undo puts them back. Once with
 * JavaScript and once without, on an inspection and comments of this spec's own.
 */

const words = {
  first: "Bulkword one: we waited two years for the assessment.",
  second: "Bulkword two: nobody asked us about the EHC plan before it was written.",
  other: "Elsewhere: we waited two years and nobody explained the plan.",
};

/** How many suggested codes a comment on the comments page shows. */
const suggestedOn = (page: Page, text: string) =>
  page.locator("li.comment").filter({ hasText: text }).locator(".code--suggested");

async function setUp(page: Page, browser: Browser) {
  await signInAsDemo(page, { returnTo: "/inspections/new" });
  await setUpInspection(page, "Bulk shire");
  const overview = new URL(page.url()).pathname;
  await parentsSay(browser, page, Object.values(words));
  return overview;
}

/** Bulk accept on the words filter, checked on the comments page, then undone. */
async function acceptAndUndo(
  page: Page,
  overview: string,
  check: (label: string) => Promise<void>,
) {
  const heading = page.getByRole("heading", { level: 1 });
  await page.getByRole("link", { name: "Accept the suggested codes on these comments" }).click();
  await expect(heading).toHaveText("Accept the suggested codes on 2 comments?");
  await expect(page.getByText("Comments under this filter: words “Bulkword”.")).toBeVisible();
  await expect(page.getByText(/possible safeguarding concern are left out/)).toBeVisible();
  await check("bulk accept, confirmation");
  await page.getByRole("button", { name: "Yes, accept the suggested codes" }).click();
  await expect(heading).toHaveText("Suggested codes accepted");
  await expect(page.getByRole("status").filter({ hasText: "Suggested codes" })).toHaveText(
    "Suggested codes accepted on 2 comments.",
  );
  await check("bulk accept, done");

  await openPage(page, `${overview}/comments`, { javaScript: false });
  await expect(suggestedOn(page, words.first)).toHaveCount(0);
  await expect(suggestedOn(page, words.second)).toHaveCount(0);
  const untouched = await suggestedOn(page, words.other).count();
  expect(untouched).toBeGreaterThan(0);

  await goBack(page);
  await expect(heading).toHaveText("Suggested codes accepted");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(heading).toHaveText("Undone");
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toContainText(
    "Undone: 2 comments are back as they were.",
  );
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await check("bulk accept, undone");

  await openPage(page, `${overview}/comments`, { javaScript: false });
  await expect(suggestedOn(page, words.first).first()).toBeVisible();
  await expect(suggestedOn(page, words.second).first()).toBeVisible();
  await expect(suggestedOn(page, words.other)).toHaveCount(untouched);
}

test("an inspector filters, bulk-accepts the counted comments and undoes it, with and without JavaScript", async ({
  page,
  browser,
  axe,
}) => {
  const overview = await setUp(page, browser);
  await openPage(page, `${overview}/comments/queue?search=Bulkword`);
  await expect(page.getByRole("status").filter({ hasText: /Comment \d of \d/ })).toContainText(
    "Comment 1 of 2",
  );
  await acceptAndUndo(page, overview, async (label) => {
    await page.locator("html[data-hydrated]").waitFor();
    await axe(label);
  });

  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await signInAsDemo(noScript, {
    returnTo: `${overview}/comments/queue?search=Bulkword`,
    javaScript: false,
  });
  await expect(noScript.getByRole("heading", { level: 1 })).toHaveText("Reading queue");
  await acceptAndUndo(noScript, overview, (label) =>
    expectNoAxeViolationsStatic(noScript, `${label} (no JavaScript)`),
  );
  await plain.close();
});

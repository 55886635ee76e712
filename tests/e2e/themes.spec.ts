import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { docxText } from "../docx";
import { expect, expectNoAxeViolations, expectNoAxeViolationsStatic, test } from "./fixtures";
import { signInAsDemo } from "./sign-in";

/*
 * Themes (#18): the demo inspector finds the disagreement about I3 the demo was made to
 * contain, opens the criterion, gives some parents' comments a theme of their own and chooses
 * its quote, then finds the flag, the theme and the quote in the evidence pack's Word document.
 * Each run adds a theme of its own name: other specs read the demo, and no figure of theirs
 * counts themes.
 */

// Other tests add responses, so the sentence may compare positive or negative shares.
const aboutI3 =
  /Parents and carers are (less positive|more negative) than practitioners about I3: [^\n]*/;

/** A sentence with any figures in it: the same flag after more people have answered. */
const sameWords = (sentence: string) =>
  new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/(?<![A-Za-z])\d+/g, "\\d+"));

async function journey(page: Page, javaScript: boolean) {
  const axe = (label: string) =>
    javaScript ? expectNoAxeViolations(page, label) : expectNoAxeViolationsStatic(page, label);
  const label = `Waiting for help ${javaScript ? "" : "(no JavaScript) "}${Date.now()}`;
  await signInAsDemo(page, { returnTo: "/inspections", javaScript });
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  const flag = page
    .getByRole("list", { name: "Where the voices differ" })
    .getByRole("listitem")
    .filter({ hasText: aboutI3 })
    .first();
  await expect(flag).toBeVisible();
  const sentence = (await flag.textContent())!.trim();
  await expect(page.getByRole("heading", { name: "Response rates" })).toBeVisible();
  await axe("overview");

  // The criterion, from its row in the table of the three voices.
  await page
    .getByRole("table", { name: "Positive and negative answers by criterion, from each group" })
    .getByRole("link", { name: /^I3 / })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("I3");
  // The same flag; its figures may have moved since, as people answer in other tests.
  await expect(page.getByText(sameWords(sentence))).toBeVisible();
  await axe("criterion I3");

  // Bad input first: no name, no comment. The error summary says what to do.
  await page.getByRole("button", { name: "Give these comments the theme" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a name for the theme");
  await expect(page).toHaveTitle(/^Error: /);
  await axe("criterion I3, refused");

  await page.getByLabel("Theme", { exact: true }).fill(label);
  const parents = page
    .getByRole("group", { name: "Comments coded to this criterion" })
    .locator("label.choice", { hasText: "Parents and carers" });
  for (let i = 0; i < 3; i += 1) {
    await parents.nth(i).click();
    await expect(parents.nth(i).getByRole("checkbox")).toBeChecked();
  }
  await page.getByRole("button", { name: "Give these comments the theme" }).click();
  const theme = page.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });
  // Three people: below the threshold, the count is never shown.
  await expect(theme.first()).toContainText(/fewer than \d+ people/);

  await page.getByText(`Change “${label}”`).click();
  const quote = page.getByRole("radiogroup", { name: `Quote for “${label}”` });
  await quote.locator("label.choice").first().click();
  await expect(quote.getByRole("radio").first()).toBeChecked();
  await page.getByRole("button", { name: "Choose this quote" }).click();
  const chosen = theme.first().locator("blockquote");
  await expect(chosen).toBeVisible();
  const words = (await chosen.textContent())!.trim();
  expect(words.length).toBeGreaterThan(0);
  await axe("criterion I3 with a theme");

  // The overview shows it under I3, and the pack carries the flag, the theme and the quote.
  await page.getByRole("link", { name: "Demo local area" }).first().click();
  const themes = page.getByRole("region", { name: "Themes under each criterion" });
  await expect(themes.getByText(label, { exact: true })).toBeVisible();
  await expect(
    themes.getByRole("listitem").filter({ hasText: label }).getByText(words),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the evidence pack (Word, .docx)" }).click(),
  ]);
  const text = await docxText(new Uint8Array(await readFile((await download.path())!)));
  expect(text).toMatch(sameWords(sentence));
  expect(text).toContain(label);
  expect(text).toContain(words);
}

test("an inspector gives a criterion's comments a theme with a chosen quote, and finds it in the evidence pack", async ({
  page,
}) => {
  await journey(page, true);
});

test("the same journey without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await journey(page, false);
  await context.close();
});

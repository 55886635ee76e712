import { languageNames } from "~/i18n/languages";
import { expect, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";
import { signInAsDemo } from "./sign-in";

/* Words and details a reader trips on (issue #25), as the pages show them. */

test("inspectors read languages by name and days as dates, in their own language", async ({
  page,
}) => {
  await signInAsDemo(page, { returnTo: "/inspections" });
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  const overview = new URL(page.url()).pathname;
  for (const language of ["en", "pl", "ar"] as const) {
    await openPage(page, `${overview}/summary?lng=${language}`);
    const main = page.locator("main");
    // The demo's answers are in English: its row is named, in the reader's language.
    await expect(main.getByText(languageNames[language].en, { exact: true }).first()).toBeVisible();
    const cells = (await main.locator("th, td").allInnerTexts()).map((cell) => cell.trim());
    expect(cells.filter((cell) => /^(en|pl|ro|ur|bn|ar)$/.test(cell))).toEqual([]);
    expect(await main.innerText()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  }
});

test("a webinar's time says its date once", async ({ page }) => {
  await openPage(page, `/webinars/${surveyLinks().webinarsToken}`);
  const when = await page.locator(".summary-list__value").first().innerText();
  expect(when).toMatch(/ to \d{1,2}:\d{2}\.?$/);
  expect(when.match(/\b20\d\d\b/g)).toHaveLength(1);
});

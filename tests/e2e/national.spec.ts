import { expect, expectNoAxeViolationsStatic, test } from "./fixtures";
import { latestShownYear } from "./national-year";
import { signInAsDemo } from "./sign-in";

/*
 * The national picture (#18): the demo's admin opens it from the navigation and reads the
 * year the demo's three past inspections are in (app/demo/national.server.ts), and narrows it
 * to one group of a filter, with axe clean, with and without JavaScript.
 */
test("the demo admin reads the national picture, with and without JavaScript", async ({
  page,
  axe,
  browser,
}) => {
  const year = String(latestShownYear());
  await signInAsDemo(page);
  await page.getByRole("link", { name: "National picture" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("National picture");
  await expect(page.getByRole("heading", { level: 2, name: "All years" })).toBeVisible();
  const caption = (y: string) =>
    `Positive and negative answers by criterion, from each group: ${y}`;
  const table = page.getByRole("table", { name: caption(year) });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Parents and carers" })).toBeVisible();
  await expect(table.getByRole("rowheader").first()).toContainText("I1");
  // Something rests on all three inspections, and nothing on fewer.
  await expect(table.getByText(/in 3 inspections$/).first()).toBeVisible();
  await expect(page.getByText(/in [12] inspections?$/)).toHaveCount(0);
  await axe("national picture");

  // Narrowed to one group, as an inspection's summary can be: the caption and a status say so.
  // (Which cells it shows depends on other specs' answers: only the words are checked.)
  await page.getByLabel("Show answers from").selectOption("version:standard");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/filter=version%3Astandard/);
  await expect(page.getByRole("status")).toContainText("Showing only: Version: Standard.");
  await expect(page).toHaveTitle(/National picture: Version: Standard/);
  await expect(
    page.getByRole("table", {
      name: `Positive and negative answers by criterion, from each group, Version: Standard only: ${year}`,
    }),
  ).toBeVisible();
  await expect(page.getByLabel("Show answers from")).toHaveValue("version:standard");
  await axe("national picture, narrowed to one group");
  await page.getByRole("link", { name: "Show everyone" }).click();
  await expect(page.getByRole("table", { name: caption(year) })).toBeVisible();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await signInAsDemo(plain, { returnTo: "/admin/national", javaScript: false });
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("National picture");
  await expect(plain.getByRole("heading", { level: 2, name: year })).toBeVisible();
  await expectNoAxeViolationsStatic(plain, "national picture, no JavaScript");
  await plain.getByLabel("Show answers from").selectOption("about_ehc_plan:not_answered");
  await plain.getByRole("button", { name: "Show", exact: true }).click();
  await expect(plain).toHaveURL(/filter=about_ehc_plan%3Anot_answered/);
  await expect(plain.getByRole("status")).toContainText("Showing only: EHC plan: Did not say.");
  await expect(
    plain.getByRole("table", {
      name: `Positive and negative answers by criterion, from each group, EHC plan: Did not say only: ${year}`,
    }),
  ).toBeVisible();
  await expectNoAxeViolationsStatic(plain, "national picture, narrowed, no JavaScript");
  await context.close();
});

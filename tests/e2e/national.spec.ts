import { expect, expectNoAxeViolationsStatic, test } from "./fixtures";
import { latestShownYear } from "./national-year";
import { signInAsDemo } from "./sign-in";

/*
 * The national picture (#18): the demo's admin opens it from the navigation and reads the
 * year the demo's three past inspections are in (app/demo/national.server.ts), with axe clean,
 * with and without JavaScript.
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
  const table = page.getByRole("table", {
    name: `Positive and negative answers by criterion, from each group: ${year}`,
  });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Parents and carers" })).toBeVisible();
  await expect(table.getByRole("rowheader").first()).toContainText("I1");
  // Something rests on all three inspections, and nothing on fewer.
  await expect(table.getByText(/in 3 inspections$/).first()).toBeVisible();
  await expect(page.getByText(/in [12] inspections?$/)).toHaveCount(0);
  await axe("national picture");

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await signInAsDemo(plain, { returnTo: "/admin/national", javaScript: false });
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("National picture");
  await expect(plain.getByRole("heading", { level: 2, name: year })).toBeVisible();
  await expectNoAxeViolationsStatic(plain, "national picture, no JavaScript");
  await context.close();
});

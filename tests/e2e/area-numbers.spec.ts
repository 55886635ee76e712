import { expect, expectNoAxeViolations, expectNoAxeViolationsStatic, test } from "./fixtures";
import { setUpInspection } from "./inspections";
import { signInAsDemo } from "./sign-in";

/*
 * The local area's own numbers (#18): the lead opens them from the overview's response rates,
 * types a number that is not one (named in the error summary, nothing typed lost), then the
 * numbers, and the overview says each group's responses against them. With and without
 * JavaScript, axe on each state. Each run makes its own inspection.
 */

for (const javaScript of [true, false]) {
  test(`${javaScript ? "with" : "without"} JavaScript, the lead enters the local area's numbers and the overview says them`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const axe = (label: string) =>
      javaScript ? expectNoAxeViolations(page, label) : expectNoAxeViolationsStatic(page, label);
    const heading = page.getByRole("heading", { level: 1 });
    const area = javaScript ? "Numbershire" : "Numbershire (no script)";
    await signInAsDemo(page, { returnTo: "/inspections/new", javaScript });
    await setUpInspection(page, area);

    const rates = page.getByRole("region", { name: "Response rates" });
    await expect(
      page.getByText("The lead has not entered the local area's own numbers yet"),
    ).toBeVisible();
    await page.getByRole("link", { name: "Enter or change the local area's own numbers" }).click();
    await expect(heading).toHaveText("The local area's own numbers");
    await axe("area numbers, empty");

    const ehc = page.getByLabel("Children and young people with an EHC plan");
    const support = page.getByLabel("Children and young people with SEN support");
    const invited = page.getByLabel("Practitioners invited to answer");
    await ehc.fill("1,2 hundred");
    await support.fill("3400");
    await page.getByRole("button", { name: "Save the numbers" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    const problem = page.getByRole("link", {
      name: /Enter the number of children and young people with an EHC plan as a whole number/,
    });
    await expect(problem).toBeVisible();
    // Nothing typed is lost, the wrong one included, so it can be put right.
    await expect(ehc).toHaveValue("1,2 hundred");
    await expect(support).toHaveValue("3400");
    await axe("area numbers, refused");
    await problem.click();
    if (javaScript) await expect(ehc).toBeFocused();

    await ehc.fill("1200");
    await invited.fill("250");
    await page.getByRole("button", { name: "Save the numbers" }).click();
    await expect(heading).toHaveText(area);
    // No responses yet: each group's nought is hidden, so no rate is shown, but the numbers are.
    await expect(rates).toContainText(
      /about 4,?600 children and young people with an EHC plan or SEN support/,
    );
    await expect(rates).toContainText("250 practitioners invited");
    await expect(page.getByText("The lead has not entered")).toHaveCount(0);
    await axe("overview with the area's numbers");

    // The numbers are kept: the form shows them again.
    await page.getByRole("link", { name: "Enter or change the local area's own numbers" }).click();
    await expect(ehc).toHaveValue("1200");
    await expect(support).toHaveValue("3400");
    await expect(invited).toHaveValue("250");
    await context.close();
  });
}

import { expect, expectNoAxeViolations, expectNoAxeViolationsStatic, test } from "./fixtures";
import { setUpInspection } from "./inspections";
import { signInAsDemo } from "./sign-in";

/*
 * Paper forms keyed in fast (#20): an inspector of the team opens the paper page from the
 * overview, chooses whose form, its version and its language, and keys in every question on
 * one page by keyboard, with the numbers printed on the paper; a mistake is named in the error
 * summary and nothing chosen is lost; each saved form leaves an empty one for the next. With
 * and without JavaScript, axe on each state. Each run makes its own inspection.
 */

for (const javaScript of [true, false]) {
  test(`${javaScript ? "with" : "without"} JavaScript, an inspector keys in paper forms on one page by keyboard`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const axe = (label: string) =>
      javaScript ? expectNoAxeViolations(page, label) : expectNoAxeViolationsStatic(page, label);
    const heading = page.getByRole("heading", { level: 1 });
    await signInAsDemo(page, { returnTo: "/inspections/new", javaScript });
    await setUpInspection(page, javaScript ? "Paper shire" : "Paper shire (no script)");

    // From the overview: parents' standard form, printed in Urdu.
    const chooser = (name: string) => page.getByRole("radiogroup", { name });
    await chooser("Whose survey is it?").getByText("Parents and carers").click();
    await chooser("Which language is the form in?").getByText("Urdu").click();
    await page.getByRole("button", { name: "Key in paper forms" }).click();
    await expect(heading).toHaveText("Key in paper forms: Parents and carers, Standard, Urdu");
    await expect(page.getByText("Paper entry: you are keying in a form")).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the inspection" })).toBeVisible();
    await expect(page.getByText("Save and come back later")).toHaveCount(0);
    await expect(page.getByText("Childline")).toHaveCount(0);
    await axe("paper form");

    // Every question is on the page, numbered, each answer with the number on the paper.
    const questions = page.locator("ol.paper-form > li");
    const count = await questions.count();
    expect(count).toBeGreaterThan(10);
    const first = page.getByRole("group", { name: /^1\. / });
    await expect(first.getByText(/^1 /).first()).toBeVisible();

    // By keyboard: Tab into the first question, an arrow to its second answer (radio groups
    // choose as they move), type own words in the first text box, and send with Enter.
    await first.locator("input").first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(first.locator("input").nth(1)).toBeChecked();
    const words = page.locator("ol.paper-form textarea").first();
    await words.fill("The bus is late every day and nobody answers the phone.");
    // A forged choice, as a stale page or a slip could send: refused, named, nothing lost.
    await first
      .locator("input")
      .nth(1)
      .evaluate((input) => ((input as HTMLInputElement).value = "not-on-the-paper"));
    await page.getByRole("button", { name: "Save this paper form" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(
      page.getByRole("link", { name: /Choose one of the answers printed on the form/ }),
    ).toBeVisible();
    await expect(page.locator("ol.paper-form textarea").first()).toHaveValue(
      "The bus is late every day and nobody answers the phone.",
    );
    await axe("paper form with an error");

    // Choose again, and save: an empty form waits for the next one.
    await page.getByRole("group", { name: /^1\. / }).locator("label").nth(2).click();
    await page.getByRole("button", { name: "Save this paper form" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The paper form is saved" }),
    ).toBeVisible();
    await expect(page.locator("ol.paper-form textarea").first()).toHaveValue("");
    await expect(page.getByRole("group", { name: /^1\. / }).locator("input:checked")).toHaveCount(
      0,
    );
    await axe("paper form after saving");

    // The banner leads back to the inspection.
    await page.getByRole("link", { name: "Back to the inspection" }).click();
    await expect(heading).toHaveText(javaScript ? "Paper shire" : "Paper shire (no script)");
    await context.close();
  });
}

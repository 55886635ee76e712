import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";

/*
 * Arabic and Urdu read right to left: the page says so, the layout mirrors (pictures on the
 * right of their words, the question's picture before its words from the right), the
 * progress line and every label are in the language, and nothing scrolls sideways on a phone.
 */

const text = (language: string, namespace: string, key: string) =>
  key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, "utf8")),
    ) as string;

/** What a child reads: the key's `_child` variant where the language has one (app/i18n/register.tsx). */
const childText = (language: string, namespace: string, key: string) => {
  try {
    return text(language, namespace, `${key}_child`) ?? text(language, namespace, key);
  } catch {
    return text(language, namespace, key);
  }
};

for (const language of ["ar", "ur"] as const) {
  test(`${language}: an easy-read question page is right to left and mirrored`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await openPage(page, `/s/${surveyLinks().child.token}`);
    await page.getByText("Yes, I want to take part").click();
    await page.getByText("Easy read", { exact: true }).click();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page).toHaveURL(/\/q\//);
    await openPage(page, `${page.url()}?lng=${language}`);

    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      text(language, "survey-child", "easy.needs_noticed.text"),
    );
    const progress = text(language, "survey", "question.progress").split("{{number}}")[0]!;
    await expect(page.locator(".caption").first()).toContainText(progress.trim());
    await expect(
      page.getByRole("button", { name: childText(language, "common", "readAloud.label") }),
    ).toBeVisible();

    // Each answer card: the picture sits to the right of its words.
    // The answer cards run from the right: the first is right of the second, and each card's
    // radio mark sits in its right-hand (starting) corner.
    const cards = await page.locator(".choice").all();
    expect(cards.length).toBe(4);
    const box = async (locator: (typeof cards)[number]) => (await locator.boundingBox())!;
    expect((await box(cards[0]!)).x).toBeGreaterThan((await box(cards[1]!)).x);
    for (const card of cards) {
      const whole = await box(card);
      const mark = await box(card.locator(".choice__marker"));
      expect(mark.x + mark.width / 2).toBeGreaterThan(whole.x + whole.width / 2);
      await expect(card.locator(".choice__picture img")).toBeVisible();
    }
    // The question's own picture comes first from the right, before its words.
    const headingPicture = (await page.locator(".question-heading .picture").boundingBox())!;
    const headingWords = (await page.locator(".question-heading > span").last().boundingBox())!;
    expect(headingPicture.x).toBeGreaterThan(headingWords.x);
    // Continue starts at the right-hand edge of the form.
    const button = (await page
      .getByRole("button", { name: childText(language, "survey", "question.continue") })
      .boundingBox())!;
    expect(button.x + button.width).toBeGreaterThan(360 / 2);

    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    await expectNoAxeViolations(page, `${language} easy-read question`);
    await context.close();
  });
}

test("ur: a child is addressed as تم on the pages everyone reads, a parent as آپ", async ({
  page,
}) => {
  // A child's link: the shared words in their _child variant (app/i18n/register.tsx), from the
  // server's first page and after the browser renders the next page itself.
  await openPage(page, `/s/${surveyLinks().child.token}?lng=ur`);
  await expect(page.getByText(text("ur", "survey", "start.versionLegend_child"))).toBeVisible();
  await expect(page.getByText(text("ur", "common", "footer.privacy_child"))).toBeVisible();
  await expect(page.getByText(text("ur", "survey", "start.versionLegend"))).toHaveCount(0);
  await page.getByText(text("ur", "survey", "start.consentYes")).click();
  await page.getByRole("button", { name: text("ur", "survey", "start.button_child") }).click();
  await expect(page).toHaveURL(/\/q\//);
  await expect(page.getByText(text("ur", "common", "footer.privacy_child"))).toBeVisible();
  // The display page speaks as the survey it came from does.
  await page.getByRole("link", { name: text("ur", "common", "display.link") }).click();
  await expect(page.getByText(text("ur", "common", "display.legend_child"))).toBeVisible();

  // A parent's link: the keys themselves.
  await openPage(page, `/s/${surveyLinks().parent.token}?lng=ur`);
  await expect(page.getByText(text("ur", "survey", "start.versionLegend"))).toBeVisible();
  await expect(page.getByText(text("ur", "common", "footer.privacy"))).toBeVisible();
  await expect(page.getByText(text("ur", "common", "footer.privacy_child"))).toHaveCount(0);
});

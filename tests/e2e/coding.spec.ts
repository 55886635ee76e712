import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import type { LanguageCode } from "~/i18n/languages";
import { expect, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";
import { continueToNextPage } from "./survey-helpers";
import { signInAsDemo } from "./sign-in";

/*
 * Coding suggestions in every language: a parent answers the survey in their own language,
 * and the inspector's comments page suggests a criterion for the comment from its words,
 * showing those words as the parent wrote them, in their script.
 */

const text = (language: LanguageCode, key: string) =>
  key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      JSON.parse(readFileSync(`locales/${language}/survey.json`, "utf8")),
    ) as string;

/** Each says its child is out of school (AP), which the question itself is not about. */
const comments: { language: LanguageCode; comment: string; words: string }[] = [
  {
    language: "en",
    comment: "He has been out of school for a whole term and nobody offered anything.",
    words: "out of school",
  },
  {
    language: "pl",
    comment: "Syn od pół roku nie chodzi do szkoły.",
    words: "nie chodzi do szkoły",
  },
  {
    language: "ro",
    comment: "Fiul meu nu mai merge la școală de o jumătate de an.",
    words: "nu mai merge la școală",
  },
  {
    language: "ur",
    comment: "میرا بیٹا کئی ہفتوں سے اسکول نہیں جاتا۔",
    words: "اسکول نہیں جاتا",
  },
  {
    language: "bn",
    comment: "আমার ছেলে কয়েক সপ্তাহ ধরে স্কুলে যায় না।",
    words: "স্কুলে যায় না",
  },
  {
    language: "ar",
    comment: "ابني لا يذهب إلى المدرسة منذ أسابيع.",
    words: "لا يذهب إلى المدرسة",
  },
];

/** A parent answers one own-words question in `language` and sends the survey. */
async function answerInLanguage(browser: Browser, language: LanguageCode, comment: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const token = surveyLinks().parent.token;
  await openPage(page, `/s/${token}?lng=${language}`);
  await page.getByRole("button", { name: text(language, "start.button") }).click();
  await expect(page).toHaveURL(/\/q\//);
  // "What has worked well" asks about I3; every question may be skipped, so go straight to it.
  await openPage(page, `/s/${token}/q/worked_well`);
  await page.locator("textarea[name=answer]").fill(comment);
  await continueToNextPage(page);
  await openPage(page, `/s/${token}/check`);
  await page.getByRole("button", { name: text(language, "check.send") }).click();
  await expect(page).toHaveURL(/\/done$/);
  await context.close();
}

test("a comment in each of the six languages gets a suggested code on the inspector's comments page", async ({
  browser,
  page,
  axe,
}) => {
  for (const { language, comment } of comments) await answerInLanguage(browser, language, comment);

  await signInAsDemo(page, { returnTo: "/inspections" });
  await page.getByRole("link", { name: "Demo local area" }).click();
  await page.getByRole("link", { name: "Read and code the comments" }).click();
  await page.getByLabel("Criterion").selectOption("AP");
  await page.getByLabel("Who", { exact: true }).selectOption("parent");
  await page.getByRole("button", { name: "Show comments" }).click();
  await expect(page).toHaveURL(/criterion=AP/);

  for (const { language, comment, words } of comments) {
    const shown = page.locator(".comment", { hasText: comment });
    await expect(shown, language).toHaveCount(1);
    const suggested = shown.locator(".code--suggested", { hasText: /^AP\b/ });
    await expect(suggested, language).toContainText("words:");
    // The words as the parent wrote them, isolated so right-to-left words keep their order.
    await expect(suggested.locator("bdi"), language).toHaveText(words);
  }
  await axe("comments in six languages");
});

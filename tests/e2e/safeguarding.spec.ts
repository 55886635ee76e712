import type { Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  openPage,
  test,
} from "./fixtures";
import { surveyLinks } from "./links";
import { signInAsDemo } from "./sign-in";

/*
 * The safeguarding path (#19), end to end: a child who writes, in easy read, that they are
 * being hurt sees first on the next page where to get help now — with JavaScript and
 * without, in English and in Arabic (right to left) — and the inspector sees the banner,
 * reads the comment, records a decision, and the banner goes. Only the first journey sends
 * its answers, so the banner counts this file's comment alone.
 */

const words = (language: string, key: string) =>
  key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      JSON.parse(readFileSync(`locales/${language}/survey.json`, "utf8")),
    ) as string;
/** What a child reads: a key's `_child` variant where the language has one. */
const childWords = (language: string, key: string) => {
  try {
    return words(language, `${key}_child`) ?? words(language, key);
  } catch {
    return words(language, key);
  }
};

const disclosures = {
  en: "my dad hits me and I dont feel safe at home",
  ar: "أبي يضربني ولا أشعر بالأمان في البيت",
};

/** A child in the easy-read survey, in `language`, at the question that asks for own words. */
async function childAtOwnWords(
  browser: Browser,
  { javaScript, language }: { javaScript: boolean; language: "en" | "ar" },
) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: language });
  const page = await context.newPage();
  const token = surveyLinks().child.token;
  await openPage(page, `/s/${token}`, { javaScript });
  await page.locator("label", { has: page.locator('input[name="consent"][value="yes"]') }).click();
  await page.locator("label", { has: page.locator('input[name="version"][value="easy"]') }).click();
  await page.locator('main button[type="submit"]').first().click();
  await expect(page).toHaveURL(/\/q\//);
  await openPage(page, `/s/${token}/q/worked_well`, { javaScript });
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  return { context, page, token };
}

/** Types the disclosure, goes on, and finds the panel first on the next page. */
async function disclosesAndSeesHelp(
  page: Awaited<ReturnType<typeof childAtOwnWords>>["page"],
  { javaScript, language }: { javaScript: boolean; language: "en" | "ar" },
) {
  await page.locator("textarea[name=answer]").fill(disclosures[language]);
  const before = page.url();
  await page.locator('button[name="intent"][value="continue"]').click();
  await page.waitForURL((url) => url.href !== before);
  if (javaScript) await page.locator("html[data-hydrated]").waitFor();
  const panel = page.getByRole("region", { name: childWords(language, "done.talkTitle") });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("0800 1111");
  await expect(panel).toContainText("999");
  await expect(panel).toContainText(childWords(language, "helpNow.intro"));
  await expect(panel.locator(".picture").first()).toBeVisible();
  await expect(panel.locator(".read-aloud")).toBeVisible();
  // First on the page: before the question and its heading.
  expect(
    await page.evaluate(() => {
      const help = document.querySelector(".help-now")!;
      const heading = document.querySelector("h1")!;
      return Boolean(help.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);
  if (language === "ar") await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const label = `help panel (${language}, ${javaScript ? "JavaScript" : "no JavaScript"})`;
  if (javaScript) await expectNoAxeViolations(page, label);
  else await expectNoAxeViolationsStatic(page, label);
  // Shown once: nothing of it stays for the next page or the next person.
  await page.reload();
  await expect(page.locator(".help-now")).toHaveCount(0);
}

for (const language of ["en", "ar"] as const) {
  test(`${language}, no JavaScript: a child's disclosure in easy read brings the help panel first`, async ({
    browser,
  }) => {
    const { context, page } = await childAtOwnWords(browser, { javaScript: false, language });
    await disclosesAndSeesHelp(page, { javaScript: false, language });
    await context.close();
  });
}

test("ar, JavaScript: a child's disclosure in easy read brings the help panel first", async ({
  browser,
}) => {
  const { context, page } = await childAtOwnWords(browser, { javaScript: true, language: "ar" });
  await disclosesAndSeesHelp(page, { javaScript: true, language: "ar" });
  await context.close();
});

test("en, JavaScript: a child's disclosure is flagged, and the inspector decides and the banner goes", async ({
  browser,
  page,
  axe,
}) => {
  const child = await childAtOwnWords(browser, { javaScript: true, language: "en" });
  await disclosesAndSeesHelp(child.page, { javaScript: true, language: "en" });
  await openPage(child.page, `/s/${child.token}/check`);
  await child.page.getByRole("button", { name: "Send my answers" }).click();
  await expect(child.page).toHaveURL(/\/done$/);
  await child.context.close();

  await signInAsDemo(page);
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  const banner = page.locator(".concern-banner");
  await expect(banner).toContainText(/may be (a disclosure|disclosures)/);
  await axe("inspection with the safeguarding banner");
  // On every page of the inspection, the summary too.
  await page.getByRole("link", { name: "View the coded summary" }).click();
  await expect(page.locator(".concern-banner")).toBeVisible();
  await page.getByRole("link", { name: "Read them and record what you decided" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Possible disclosures");
  await expect(page.getByRole("heading", { name: "What to do" })).toBeVisible();
  await expect(page.getByText(/tell the lead inspector straight away/)).toBeVisible();
  const comment = page.locator(".comment", { hasText: "my dad hits me" });
  await expect(comment.locator("mark.concern-word", { hasText: "hits me" })).toBeVisible();
  await expect(comment.locator("mark.concern-word", { hasText: "feel safe" })).toBeVisible();
  await axe("possible disclosures");
  // No decision chosen: refused the GOV.UK way.
  await comment.getByRole("button", { name: "Record the decision" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".error-summary")).toBeFocused();
  await axe("possible disclosures with an error");
  const again = page.locator(".comment", { hasText: "my dad hits me" });
  await again.getByText("Passed to the lead inspector for referral").click();
  await again.getByLabel("Note (optional)").fill("Told the lead inspector at once.");
  await again.getByRole("button", { name: "Record the decision" }).click();
  const decided = page.locator(".comment", { hasText: "my dad hits me" });
  await expect(decided.locator(".saved-tag")).toContainText(
    "Passed to the lead inspector for referral: Demo Inspector",
  );
  await expect(decided).toContainText("Told the lead inspector at once.");
  await expect(page.locator(".concern-banner")).toHaveCount(0);
  await axe("possible disclosures, decided");
  await page.getByRole("link", { name: "Demo local area" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  await expect(page.locator(".concern-banner")).toHaveCount(0);
});

test("no JavaScript: the inspector reads a flagged comment, decides by a plain form, and the banner goes", async ({
  browser,
}) => {
  const child = await childAtOwnWords(browser, { javaScript: false, language: "en" });
  await child.page
    .locator("textarea[name=answer]")
    .fill("nobody feeds me at home, im always hungry");
  await child.page.locator('button[name="intent"][value="continue"]').click();
  await expect(child.page.locator(".help-now")).toBeVisible();
  await openPage(child.page, `/s/${child.token}/check`, { javaScript: false });
  await child.page.getByRole("button", { name: "Send my answers" }).click();
  await expect(child.page).toHaveURL(/\/done$/);
  await child.context.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsDemo(page, { javaScript: false });
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.locator(".concern-banner")).toBeVisible();
  await expectNoAxeViolationsStatic(page, "inspection with the banner (no JavaScript)");
  await page.getByRole("link", { name: "Read them and record what you decided" }).click();
  const comment = page.locator(".comment", { hasText: "nobody feeds me" });
  await expect(comment.locator("mark.concern-word", { hasText: "hungry" })).toBeVisible();
  await expectNoAxeViolationsStatic(page, "possible disclosures (no JavaScript)");
  await comment.getByText("Not a concern").click();
  await comment.getByRole("button", { name: "Record the decision" }).click();
  await expect(
    page.locator(".comment", { hasText: "nobody feeds me" }).locator(".saved-tag"),
  ).toContainText("Not a concern: Demo Inspector");
  await expect(page.locator(".concern-banner")).toHaveCount(0);
  await expectNoAxeViolationsStatic(page, "possible disclosures, decided (no JavaScript)");
  await context.close();
});

import { execSync } from "node:child_process";
import { languages } from "~/i18n/languages";
import { expect, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";
import { answerEveryQuestion } from "./survey-helpers";
import { expectTextClear } from "./text-layout";

/*
 * Text that collides with itself is unreadable, and scripts differ: Urdu's Nastaliq needs far
 * more room between lines than English. On a phone-sized screen, in every language, every
 * page of the children's easy-read survey (pictures on every card) and the parents' standard
 * one is checked for lines that overlap, words over a card's or button's border, and words
 * drawn over a picture.
 */
test.beforeAll(() => {
  // Without the scripts' own fonts the browser draws Urdu in a plainer fallback whose lines
  // never collide, and the test would prove nothing: fail instead (npm test installs them).
  const fonts = execSync("fc-list : family", { encoding: "utf8" });
  for (const family of ["Noto Nastaliq Urdu", "Noto Naskh Arabic", "Noto Sans Bengali"])
    expect(fonts, `the ${family} font (Debian's fonts-noto-core)`).toContain(family);
});

for (const { code } of languages) {
  for (const [audience, version] of [
    ["child", "Easy read"],
    ["parent", "Standard"],
  ] as const) {
    test(`${code}: ${audience} ${version.toLowerCase()} pages keep their lines apart`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await openPage(page, `/s/${surveyLinks()[audience].token}`);
      if (audience === "child") await page.getByText("Yes, I want to take part").click();
      await page.getByText(version, { exact: true }).click();
      await page.getByRole("button", { name: "Start" }).click();
      await page.waitForURL(/\/q\//);
      await openPage(page, `${page.url()}?lng=${code}`);
      await answerEveryQuestion(page, (label) => expectTextClear(page, `${code} ${label}`));
      await expectTextClear(page, `${code} check page`);
      await context.close();
    });
  }
}

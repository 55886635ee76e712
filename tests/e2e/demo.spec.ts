import { expect, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";

/*
 * The e2e server is the demo (DEMO=1, playwright.config.ts): every page says so, in the
 * page's language, above its content, so nobody mistakes it for a real survey.
 * (tests/security/production.test.ts checks a real deployment never shows it.)
 */
test("every page of the demo says it is a demo with made-up data", async ({ page, axe }) => {
  const { child, webinarsToken } = surveyLinks();
  const banner = "This is a demo. Everything in it is made up. It is not for real answers.";
  for (const address of [
    "/",
    `/s/${child.token}`,
    `/webinars/${webinarsToken}`,
    "/sign-in",
    "/dev/mail",
  ]) {
    await openPage(page, address);
    await expect(page.getByText(banner), address).toBeVisible();
    await axe(address);
  }
  await openPage(page, `/s/${child.token}?lng=pl`);
  await expect(page.getByText("To jest wersja demonstracyjna.", { exact: false })).toBeVisible();
  await openPage(page, "/no-such-page?lng=en");
  await expect(page.getByText(banner)).toBeVisible();
});

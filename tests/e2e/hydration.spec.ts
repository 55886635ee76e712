import { expect, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";
import { humanPause } from "./inputs";
import { bookingLink, mailTo } from "./mail";

/*
 * On a slow phone the page can be used before its script has started. Here the script is held
 * back while the person types, chooses and ticks; then it starts, and they go on.
 */
test("what a person types or chooses before the page's script starts is kept", async ({
  page,
  browser,
}) => {
  const { webinarsToken } = surveyLinks();
  await openPage(page, `/webinars/${webinarsToken}`);
  const signUpHref = await page
    .getByRole("link", { name: /^Sign up for Meet the inspectors/ })
    .getAttribute("href");

  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the style sheet is not held, so the page shows as it would.
  await page.route("**/build/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(signUpHref!, { waitUntil: "commit" });
  await page.getByLabel("Your name").fill("Dana Early");
  await page.getByText("A member of the parent carer forum", { exact: true }).click();
  await page.getByText("Breaks during the webinar", { exact: true }).click();
  await expect(page.locator("html[data-hydrated]")).toHaveCount(0);

  release();
  await page.locator("html[data-hydrated]").waitFor();
  // Moving through the form re-renders each field, as a person's next taps would.
  await page.getByLabel("Your name").focus();
  await page.getByLabel("Email address").fill("dana@example.org");
  await page.getByText("Live captions (words on the screen)", { exact: true }).click();
  await expect(page.getByLabel("Your name")).toHaveValue("Dana Early");
  await expect(
    page.getByRole("radio", { name: "A member of the parent carer forum" }),
  ).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Breaks during the webinar" })).toBeChecked();

  await page.getByText("I agree to my details being used in this way").click();
  await humanPause(page);
  await page.getByRole("button", { name: "Sign up", exact: true }).click();
  // Everyone is asked to confirm from the email (#16, finding 5); the page there lists what
  // was chosen before the script started.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const confirm = await mailTo(
    browser,
    "dana@example.org",
    "Confirm your place: Meet the inspectors: parents and carers",
  );
  await openPage(page, bookingLink(confirm.body));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your place");
  await expect(page.getByText("Breaks during the webinar")).toBeVisible();
  await expect(page.getByText("Live captions (words on the screen)")).toBeVisible();
});

import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  openPage,
  test,
} from "./fixtures";
import { heldWebinar } from "./follow-up-seed";
import { mailTo } from "./mail";
import { signInAsDemo } from "./sign-in";

const subject = `Thank you for coming: ${heldWebinar.title}`;

/** The feedback form's address in a follow-up email, as a path. */
const feedbackLink = (body: string) => {
  const url = new URL(/https?:\/\/\S+\/webinar-feedback\/[\w-]+\?lng=\w+/.exec(body)![0]);
  return `${url.pathname}${url.search}`;
};

test("after a webinar the host sends the follow-up once, and those who came give feedback with and without JavaScript", async ({
  page,
  browser,
}) => {
  // The host: the webinar's page leads to its follow-up; a link that is not https is refused.
  await signInAsDemo(page, { returnTo: "/inspections" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your inspections");
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  await page.getByRole("link", { name: "Webinars" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webinars");
  await page.getByRole("link", { name: heldWebinar.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heldWebinar.title);
  await page.getByRole("link", { name: "Send the follow-up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow-up after the webinar");
  await page.locator("html[data-hydrated]").waitFor();
  await expectNoAxeViolations(page, "follow-up");
  await page.getByLabel("Link to the slides or notes (optional)").fill("http://example.org/slides");
  await page.getByRole("button", { name: "Send the follow-up" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("link", { name: /starts with https:\/\// })).toBeVisible();
  await expectNoAxeViolations(page, "follow-up error");
  await page
    .getByLabel("Link to the slides or notes (optional)")
    .fill("https://example.org/coffee-slides");
  await page.getByRole("button", { name: "Send the follow-up" }).click();
  await expect(page.getByRole("status")).toContainText("The follow-up was sent on");
  // Sent once: there is nothing left to press.
  await expect(page.getByRole("button", { name: "Send the follow-up" })).toHaveCount(0);
  await expectNoAxeViolations(page, "follow-up sent");

  const [bea, cai] = heldWebinar.came;
  const toBea = await mailTo(browser, bea.email, subject);
  expect(toBea.body).toContain("https://example.org/coffee-slides");
  const toCai = await mailTo(browser, cai.email, subject);

  // Without JavaScript: the form, its errors, thanks, and the link spent.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(feedbackLink(toBea.body));
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(
    "What did you think of the webinar?",
  );
  await expectNoAxeViolationsStatic(plain, "feedback form without JavaScript");
  await plain.getByRole("button", { name: "Send my answers" }).click();
  await expect(plain).toHaveTitle(/^Error: /);
  await expect(
    plain.getByRole("link", { name: "Choose how useful the webinar was" }),
  ).toBeVisible();
  await expectNoAxeViolationsStatic(plain, "feedback form errors without JavaScript");
  await plain.getByText("Quite useful", { exact: true }).click();
  await plain.getByText("Partly", { exact: true }).click();
  await plain.getByLabel(/Anything else/).fill("More time for questions, please.");
  await plain.getByRole("button", { name: "Send my answers" }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Thank you");
  await expectNoAxeViolationsStatic(plain, "feedback thanks");
  const again = await plain.goto(feedbackLink(toBea.body));
  expect(again!.status()).toBe(404);
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(
    "This feedback link does not work",
  );
  await expectNoAxeViolationsStatic(plain, "feedback link spent");
  await noJs.close();

  // With JavaScript.
  const withJs = await browser.newContext();
  const scripted = await withJs.newPage();
  await openPage(scripted, feedbackLink(toCai.body));
  await expectNoAxeViolations(scripted, "feedback form");
  await scripted.getByText("Very useful", { exact: true }).click();
  await scripted.getByText("Yes", { exact: true }).click();
  await scripted.getByRole("button", { name: "Send my answers" }).click();
  await expect(scripted.getByRole("heading", { level: 1 })).toHaveText("Thank you");
  await expectNoAxeViolations(scripted, "feedback thanks with JavaScript");
  await withJs.close();

  // The team sees it beside the survey results: two people are fewer than the threshold.
  await page.goto("/inspections");
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  await page.getByRole("link", { name: "View the coded summary" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Summary of responses");
  const section = page.getByRole("region", { name: /^Webinar feedback/ });
  await expect(section.getByRole("heading", { level: 2 })).toHaveText(
    /^Webinar feedback: fewer than \d+ people$/,
  );
  await expect(section).toContainText("their answers and words are not shown");
  await expect(section).not.toContainText("More time for questions");
  await page.locator("html[data-hydrated]").waitFor();
  await expectNoAxeViolations(page, "summary with webinar feedback");
});

import type { Browser, Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  goBack,
  openPage,
  test,
} from "./fixtures";
import { surveyLinks } from "./links";
import { answerEveryQuestion, tabTo } from "./survey-helpers";

async function newPage(browser: Browser, options: { javaScript?: boolean; mobile?: boolean } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.mobile ? { width: 390, height: 844 } : undefined,
    isMobile: options.mobile,
    hasTouch: options.mobile,
  });
  return { context, page: await context.newPage() };
}

const axeFor = (page: Page, javaScript: boolean) => (label: string) =>
  javaScript ? expectNoAxeViolations(page, label) : expectNoAxeViolationsStatic(page, label);

for (const audience of ["child", "parent", "practitioner"] as const) {
  for (const version of ["easy", "standard"] as const) {
    test(`${audience} ${version}: finished on a phone-sized screen, axe on every page`, async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser, { mobile: true });
      const axe = axeFor(page, true);
      await openPage(page, `/s/${surveyLinks()[audience].token}`);
      await axe("start");
      if (audience === "child") await page.getByText("Yes, I want to take part").click();
      await page.getByText(version === "easy" ? "Easy read" : "Standard", { exact: true }).click();
      await page.getByRole("button", { name: "Start" }).click();
      const steps = await answerEveryQuestion(page, axe);
      expect(steps).toBeGreaterThanOrEqual(9);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        version === "easy" ? "Check your answers" : "Check your answers before sending",
      );
      await axe("check answers");
      await page.getByRole("button", { name: "Send my answers" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        audience === "child" ? "Thank you" : "Thank you. Your answers have been sent.",
      );
      // Childline is for children and young people; adults are given the NSPCC helpline.
      if (audience === "child") {
        await expect(page.getByText("Childline: call 0800 1111")).toBeVisible();
        await expect(page.getByText("NSPCC")).toHaveCount(0);
      } else {
        await expect(page.getByText(/NSPCC helpline.*0808 800 5000/)).toBeVisible();
        await expect(page.getByText("Childline")).toHaveCount(0);
      }
      await axe("confirmation");
      await context.close();
    });
  }
}

test("parent survey with JavaScript off: errors, change an answer, send", async ({ browser }) => {
  const { context, page } = await newPage(browser, { javaScript: false });
  const axe = axeFor(page, false);
  await openPage(page, `/s/${surveyLinks().parent.token}`, { javaScript: false });
  await axe("start");
  await page.getByRole("button", { name: "Start" }).click();
  // An own-words answer that is too long comes back with the GOV.UK error pattern, text kept.
  const steps = await answerEveryQuestion(page, async (label) => {
    if (label === "question 1") await axe(label);
    if (await page.locator("textarea[name=answer]").count()) {
      const long = "x".repeat(5001);
      await page.locator("textarea[name=answer]").fill(long);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page).toHaveTitle(/^Error: /);
      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(
        page.getByRole("link", { name: /must be 5,000 characters or fewer/ }),
      ).toHaveAttribute("href", "#answer");
      await expect(page.locator("textarea[name=answer]")).toHaveValue(long);
      await axe("error state");
    }
  });
  expect(steps).toBeGreaterThan(10);
  await axe("check answers");
  // Change the first answer from the check page, and come back to it.
  await page
    .getByRole("link", { name: /Change your answer to: .*needs/i })
    .first()
    .click();
  await page.getByText("Strongly disagree").click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.locator(".summary-list__row").first()).toContainText("Strongly disagree");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Thank you. Your answers have been sent.",
  );
  await axe("confirmation");
  // Back and send again: still one confirmation, no error.
  await goBack(page);
  await context.close();
});

test("easy-read child survey by keyboard alone", async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await openPage(page, `/s/${surveyLinks().child.token}`);
  await tabTo(page, (el) => el.tag === "input" && el.name === "consent");
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Yes, I want to take part" })).toBeChecked();
  await tabTo(page, (el) => el.tag === "button" && el.text === "Start");
  await page.keyboard.press("Enter");
  for (let step = 0; step < 30 && !page.url().endsWith("/check"); step += 1) {
    await expect(page.getByText(/^Question \d+ of \d+$/)).toBeVisible();
    const isText = (await page.locator("textarea[name=answer]").count()) > 0;
    if (isText) {
      await tabTo(page, (el) => el.tag === "textarea");
      await page.keyboard.type("I like my teacher.");
    } else {
      await tabTo(page, (el) => el.tag === "input" && el.name === "answer");
      await page.keyboard.press("Space");
      await expect(page.locator("input[name=answer]:checked")).toHaveCount(1);
    }
    await tabTo(page, (el) => el.tag === "button" && el.text === "Continue");
    const before = page.url();
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.href !== before);
    // The address changes a moment before the new page is drawn: wait for the new question,
    // or a keyboard user's next Tab lands on the page that is going away.
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(heading ?? "");
  }
  await expect(page).toHaveURL(/\/check$/);
  await tabTo(page, (el) => el.tag === "button" && el.text === "Send my answers", 200);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you");
  await context.close();
});

test("save and come back later on another device", async ({ browser }) => {
  const first = await newPage(browser, { javaScript: false });
  await openPage(first.page, `/s/${surveyLinks().practitioner.token}`, { javaScript: false });
  await first.page.getByRole("button", { name: "Start" }).click();
  await first.page.locator("label.choice").first().click();
  await first.page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(first.page.getByRole("heading", { level: 1 })).toHaveText("Your answers are saved");
  await expectNoAxeViolationsStatic(first.page, "saved");
  const code = (await first.page.locator(".resume-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);
  await first.context.close();

  const second = await newPage(browser);
  await openPage(second.page, "/resume");
  await expectNoAxeViolations(second.page, "resume");
  await second.page.getByRole("button", { name: "Carry on" }).click();
  await expect(second.page.getByRole("alert")).toBeFocused();
  await expect(second.page.getByRole("link", { name: "Enter your code" })).toHaveAttribute(
    "href",
    "#code",
  );
  await expectNoAxeViolations(second.page, "resume error");
  await second.page.getByLabel("Your code").fill(code.toLowerCase());
  await second.page.getByRole("button", { name: "Carry on" }).click();
  await expect(second.page.locator(".caption")).toHaveText(/^Question 2 of \d+$/);
  await second.page.getByRole("link", { name: "Back" }).click();
  await expect(second.page.locator("input[name=answer]:checked")).toHaveCount(1);
  await second.context.close();
});

test("poster code on the home page leads to the survey", async ({ page, axe }) => {
  await openPage(page, "/");
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Survey code").fill(surveyLinks().parent.shortCode.toLowerCase());
  await page.getByRole("button", { name: "Go to the survey" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Survey for parents and carers");
  await openPage(page, "/");
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Survey code").fill("nope");
  await page.getByRole("button", { name: "Go to the survey" }).click();
  await expect(page.getByRole("link", { name: /could not find a survey/ })).toBeVisible();
  await axe("code error");
});

test("children's survey in Urdu: right-to-left, finished, axe on every page", async ({
  browser,
}) => {
  const { context, page } = await newPage(browser, { mobile: true });
  await openPage(page, `/s/${surveyLinks().child.token}?lng=ur`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const axe = (label: string) => expectNoAxeViolations(page, `Urdu ${label}`);
  await axe("start");
  await page.locator("label.choice").first().click();
  await page.locator("button[type=submit]").first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  // Right-to-left: the back link sits at the right-hand edge, the pictures to the right of the words.
  const back = await page.locator(".back-link").boundingBox();
  const main = await page.getByRole("main").boundingBox();
  expect(back!.x + back!.width).toBeGreaterThan(main!.x + main!.width * 0.6);
  const steps = await answerEveryQuestion(page, axe);
  expect(steps).toBeGreaterThanOrEqual(9);
  await axe("check answers");
  await page.locator("form[method=post] button[type=submit]").last().click();
  await expect(page.getByText("0800 1111")).toBeVisible();
  await axe("confirmation");
  await context.close();
});

test("an unknown survey link is a kind 404", async ({ page, axe }) => {
  const response = await openPage(page, "/s/this-link-does-not-exist-at-all");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("the survey may have closed or the link may be wrong")).toBeVisible();
  await axe("unknown survey");
});

test("without JavaScript, words typed after the draft was lost are given back and carried on", async ({
  browser,
}) => {
  const { context, page } = await newPage(browser, { javaScript: false });
  const token = surveyLinks().parent.token;
  await page.goto(`/s/${token}`);
  await page.getByText("Standard", { exact: true }).click();
  await page.getByRole("button", { name: "Start" }).click();
  await page.goto(`/s/${token}/q/improve`);
  // The draft goes (cookies cleared, a long break) while the person is typing.
  await context.clearCookies();
  await page.locator("textarea[name=answer]").fill("More speech therapy at school, please.");
  const sent = page.waitForResponse((r) => r.request().method() === "POST");
  await page.locator('button[name="intent"][value="continue"]').click();
  expect((await sent).status()).toBe(409);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "We could not find your answers",
  );
  await expect(page.getByText("More speech therapy at school, please.")).toBeVisible();
  await expectNoAxeViolationsStatic(page, "draft gone");
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(page).toHaveURL(/\/q\//);
  await page.goto(`/s/${token}/q/improve`);
  await expect(page.locator("textarea[name=answer]")).toHaveValue(
    "More speech therapy at school, please.",
  );
  await context.close();
});

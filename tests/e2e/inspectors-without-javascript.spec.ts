import { expect, expectNoAxeViolationsStatic, test } from "./fixtures";
import { fillWebinarForm, silentWav } from "./inputs";
import { setUpInspection } from "./inspections";
import { signInAsDemo } from "./sign-in";

/*
 * Every page works with JavaScript off, the inspectors' too: an inspector with scripts
 * blocked sets up an inspection, makes the local area's link, filters the summary, recodes a
 * comment, transcribes a recording, schedules a webinar and adds an account, each by a form
 * post the server answers with the next page. Its own inspection, so nothing the other tests
 * do to the demo's changes what it sees.
 */

test("an inspector without JavaScript does each page's main work by form posts", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const heading = page.getByRole("heading", { level: 1 });

  // Sign in, and set up an inspection notified today (its surveys open at once).
  await signInAsDemo(page, { returnTo: "/inspections/new", javaScript: false });
  await setUpInspection(page, "Scriptless shire");

  // Overview: make the local area's link.
  await expect(heading).toHaveText("Scriptless shire");
  const overview = page.url();
  await page.getByRole("button", { name: "Make a link for the local area" }).click();
  await expect(page.getByRole("status").getByRole("link")).toHaveAttribute(
    "href",
    /\/area\/[A-Za-z0-9_-]{32}$/,
  );
  await expectNoAxeViolationsStatic(page, "overview with area link, no JavaScript");
  await expect(
    page.getByRole("heading", { level: 2, name: "How the three voices compare" }),
  ).toBeVisible();
  await expect(page.getByText("No answers to compare yet.")).toBeVisible();
  const parentLink = await page
    .getByRole("row", { name: /Parents and carers/ })
    .getByRole("link", { name: /\/s\// })
    .getAttribute("href");

  // A parent answers in their own words and out loud, and sends it.
  const token = new URL(parentLink!, overview).pathname.split("/")[2];
  await page.goto(`/s/${token}`);
  await page.getByRole("button", { name: "Start" }).click();
  await page.goto(`/s/${token}/q/worked_well`);
  await page.locator("textarea[name=answer]").fill("The speech therapist came every week.");
  await page.getByLabel("Record your answer, or choose a sound file").setInputFiles({
    name: "answer.wav",
    mimeType: "audio/wav",
    buffer: silentWav(2),
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.goto(`/s/${token}/check`);
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(heading).toHaveText("Thank you. Your answers have been sent.");

  // The demo's overview: the three voices and where they differ, without JavaScript (#18).
  await page.goto("/inspections");
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(
    page
      .getByRole("list", { name: "Where the voices differ" })
      .getByRole("link", { name: /about I3: / })
      .first(),
  ).toBeVisible();
  await expect(
    page.getByRole("table", {
      name: "Positive and negative answers by criterion, from each group",
    }),
  ).toBeVisible();
  await expectNoAxeViolationsStatic(page, "the demo's overview with the voices, no JavaScript");

  // Summary: filtered by a GET form.
  await page.goto(overview);
  await page.getByRole("link", { name: "View the coded summary" }).click();
  await expect(heading).toHaveText("Summary of responses");
  await page.getByLabel("Show answers from").selectOption("about_ehc_plan:not_answered");
  await page.getByLabel("Who", { exact: true }).selectOption("parent");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/audience=parent/);
  await expect(page.getByRole("status")).toContainText("Showing only: EHC plan: Did not say");
  await expect(page.getByRole("heading", { level: 2, name: /^Parents and carers/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Practitioners/ })).toHaveCount(0);
  await expectNoAxeViolationsStatic(page, "filtered summary, no JavaScript");

  // Comments: recode the parent's comment.
  await page.goto(overview);
  await page.getByRole("link", { name: "Read and code the comments" }).click();
  await expect(heading).toHaveText("Comments");
  const comment = page.locator("li.comment", { hasText: "The speech therapist came every week." });
  await comment.getByText("Change the codes").click();
  const l1 = comment.getByRole("checkbox", { name: /^L1/ });
  const wasChecked = await l1.isChecked();
  await comment.locator("label.choice", { hasText: /^L1 / }).click();
  await comment.getByRole("button", { name: "Save codes" }).click();
  await expect(heading).toHaveText("Comments");
  await comment.getByText("Change the codes").click();
  await expect(l1).toBeChecked({ checked: !wasChecked });
  await expectNoAxeViolationsStatic(page, "comments, no JavaScript");

  // Transcription: type what they said; the recording goes.
  const recordings = page.getByRole("region", { name: "1 recording to transcribe" });
  await recordings.getByLabel("What they said").fill("The therapist came every week.");
  await recordings.getByRole("button", { name: "Save transcript and delete recording" }).click();
  await expect(heading).toHaveText("Comments");
  await expect(page.getByRole("heading", { name: /recordings? to transcribe/ })).toHaveCount(0);
  await expect(
    page.locator("li.comment", { hasText: "The therapist came every week." }),
  ).toContainText("transcribed from a recording");

  // Webinars: schedule one.
  await page.goto(overview);
  await page.getByRole("link", { name: "Webinars" }).click();
  await page.getByRole("link", { name: "Schedule a webinar" }).click();
  await fillWebinarForm(page, "Evening webinar without scripts");
  await expectNoAxeViolationsStatic(page, "schedule a webinar, no JavaScript");
  await page.getByRole("button", { name: "Schedule webinar" }).click();
  await expect(heading).toHaveText("Evening webinar without scripts");
  await expect(page.getByText("Nobody has signed up yet.")).toBeVisible();

  // Admin: add an account.
  await page.goto("/admin/accounts");
  await expect(heading).toHaveText("Accounts");
  await page.getByLabel("Name").fill("Scriptless Inspector");
  await page.getByLabel("Email address").fill("scriptless.inspector@send-voice.test");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByRole("status")).toContainText("shown only once");
  await expect(page.getByRole("row", { name: /Scriptless Inspector/ })).toContainText("Active");
  await expectNoAxeViolationsStatic(page, "accounts, no JavaScript");
  await context.close();
});

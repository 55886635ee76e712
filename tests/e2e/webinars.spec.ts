import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  openPage,
  test,
} from "./fixtures";
import { surveyLinks } from "./links";
import { bookingLink, mailTo } from "./mail";
import { fillWebinarForm, humanPause } from "./inputs";
import { signInAsDemo } from "./sign-in";

const forumMeeting = "Parent carer forum meeting with the inspectors";

interface Person {
  name: string;
  email: string;
  needs?: string[];
  interpreterLanguage?: string;
}

/** Fills the sign-up form and sends it, as a person would with a keyboard or a tap. */
async function signUp(page: Page, person: Person) {
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByText("A parent or carer", { exact: true }).click();
  for (const need of person.needs ?? []) await page.getByText(need, { exact: true }).click();
  if (person.interpreterLanguage)
    await page.getByLabel(/which language/).fill(person.interpreterLanguage);
  await page.getByText("I agree to my details being used in this way").click();
  await humanPause(page);
  await page.getByRole("button", { name: "Sign up", exact: true }).click();
}

test("a parent finds a webinar from the survey, signs up, confirms from the email, cancels, and the next person gets the place", async ({
  page,
  axe,
  browser,
}) => {
  const links = surveyLinks();
  // The end of the parent and carer survey offers the webinars.
  await openPage(page, `/s/${links.parent.token}/done`);
  await page.getByRole("link", { name: "See the webinars and sign up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Webinars for parents and carers in Demo local area",
  );
  await page.locator("html[data-hydrated]").waitFor();
  await axe("webinars list");
  await expect(page.getByText("2 places left")).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`^Sign up for ${forumMeeting}`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sign up: ${forumMeeting}`);
  await page.locator("html[data-hydrated]").waitFor();
  await axe("sign-up form");

  // Sending it empty: the GOV.UK error pattern, and nothing lost.
  await page.getByLabel("Your name").fill("Asha Parent");
  await page.getByText("An interpreter for another spoken language", { exact: true }).click();
  await page.getByRole("button", { name: "Sign up", exact: true }).click();
  await expect(page).toHaveTitle(/^Error: /);
  for (const message of [
    "Enter your email address",
    "Select who you are",
    "Enter the language you need an interpreter for",
    "Tick the box to agree to how we use your details, or you cannot sign up",
  ])
    await expect(page.getByRole("link", { name: message })).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Asha Parent");
  await axe("sign-up errors");
  await page.getByRole("link", { name: "Enter your email address" }).click();
  await expect(page.getByLabel("Email address")).toBeFocused();

  await signUp(page, {
    name: "Asha Parent",
    email: "asha@example.org",
    needs: ["A British Sign Language (BSL) interpreter"],
    interpreterLanguage: "Somali",
  });
  // Everyone sees this, whether or not the address already had a place: the email says which.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expect(page.getByText("We have sent an email to asha@example.org.")).toBeVisible();
  await axe("check your email");
  const confirm = await mailTo(browser, "asha@example.org", `Confirm your place: ${forumMeeting}`);
  expect(confirm.body).not.toContain("https://example.org/demo-webinar-forum");
  expect(confirm.hasCalendar).toBe(false);
  // The link opens a page that asks; only the button takes the place.
  await openPage(page, bookingLink(confirm.body));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your place");
  await expect(page.getByText("An interpreter for another spoken language: Somali")).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await axe("confirm your place");
  await page.getByRole("button", { name: "Confirm my place" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have a place");
  await expect(
    page.getByRole("link", { name: "https://example.org/demo-webinar-forum" }),
  ).toBeVisible();
  await axe("booking");
  const calendar = await page.request.get(
    (await page.getByRole("link", { name: /Add to my calendar/ }).getAttribute("href"))!,
  );
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  expect(await calendar.text()).toContain(forumMeeting);

  const confirmation = await mailTo(
    browser,
    "asha@example.org",
    `You have a place: ${forumMeeting}`,
  );
  expect(confirmation.body).toContain("https://example.org/demo-webinar-forum");
  expect(confirmation.hasCalendar).toBe(true);

  // Two more people, without JavaScript: the second takes the last place, the third waits.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const other = await noJs.newPage();
  const signUpPath = async () => {
    await other.goto(`/webinars/${links.webinarsToken}`);
    const href = await other
      .getByRole("link", { name: new RegExp(`^Sign up for ${forumMeeting}`) })
      .getAttribute("href");
    return href!;
  };
  /** Follows the link in the "confirm your place" email and presses the button. */
  const confirmFromEmail = async (email: string) => {
    const mail = await mailTo(browser, email, `Confirm your place: ${forumMeeting}`);
    await other.goto(bookingLink(mail.body));
    await other.getByRole("button", { name: "Confirm my place" }).click();
  };
  await other.goto(await signUpPath());
  await signUp(other, {
    name: "Ben Carer",
    email: "ben@example.org",
    needs: ["Live captions (words on the screen)"],
  });
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expectNoAxeViolationsStatic(other, "check your email, no JavaScript");
  await confirmFromEmail("ben@example.org");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("You have a place");
  await other.goto(`/webinars/${links.webinarsToken}`);
  await expect(other.getByText("Full. You can join the waiting list.")).toBeVisible();
  await other.goto(await signUpPath());
  await expect(other.getByText("This webinar is full.")).toBeVisible();
  await expectNoAxeViolationsStatic(other, "sign-up form, full, no JavaScript");
  await signUp(other, { name: "Chen Parent", email: "chen@example.org" });
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const chenConfirm = await mailTo(
    browser,
    "chen@example.org",
    `Confirm your place: ${forumMeeting}`,
  );
  await other.goto(bookingLink(chenConfirm.body));
  await expect(other.getByText("This webinar is full now.")).toBeVisible();
  await expectNoAxeViolationsStatic(other, "confirm your place, full, no JavaScript");
  await other.getByRole("button", { name: "Confirm my place" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("You are on the waiting list");
  await expect(other.getByText("You are number 1 on the waiting list")).toBeVisible();
  await expectNoAxeViolationsStatic(other, "waiting list, no JavaScript");
  await mailTo(browser, "chen@example.org", `You are on the waiting list: ${forumMeeting}`);
  // The same address again: the page is the one anyone sees, and the email says it has a place.
  await other.goto(await signUpPath());
  await signUp(other, { name: "Asha P", email: "ASHA@example.org" });
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const already = await mailTo(
    browser,
    "asha@example.org",
    `You had already signed up: ${forumMeeting}`,
  );
  expect(already.body).toContain("You already have a place");

  // Asha cancels from the link in her email; Chen gets the place and is told.
  await openPage(page, bookingLink(confirmation.body));
  await page.getByRole("button", { name: "Cancel my booking" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your booking is cancelled");
  await axe("cancelled");
  const promoted = await mailTo(
    browser,
    "chen@example.org",
    `A place is free for you: ${forumMeeting}`,
  );
  expect(promoted.hasCalendar).toBe(true);
  await other.goto(bookingLink(promoted.body));
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("You have a place");
  await mailTo(browser, "asha@example.org", `Your booking is cancelled: ${forumMeeting}`);
  await noJs.close();

  // The inspector sees who is coming and what they need.
  await signInAsDemo(page, { returnTo: "/inspections" });
  await page.getByRole("link", { name: "Demo local area" }).click();
  await page.getByRole("link", { name: "Webinars" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webinars");
  await page.locator("html[data-hydrated]").waitFor();
  await axe("inspector webinars");
  await page.getByRole("link", { name: forumMeeting }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(forumMeeting);
  await expect(page.getByText("1 person needs live captions")).toBeVisible();
  await expect(page.getByRole("row", { name: /Asha Parent/ })).toContainText("Cancelled");
  await expect(page.getByRole("row", { name: /Chen Parent/ })).toContainText("Has a place");
  await page.locator("html[data-hydrated]").waitFor();
  await axe("webinar attendees");
  await page.getByLabel("Ben Carer came").check();
  await page.getByRole("button", { name: "Save who came" }).click();
  await expect(page.getByRole("status")).toHaveText("Attendance saved.");
  await expect(page.getByLabel("Ben Carer came")).toBeChecked();
  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Download the list (CSV)" }).getAttribute("href"))!,
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("chen@example.org");
});

test("an inspector schedules a webinar and the form explains its mistakes", async ({ page }) => {
  // Each page is read before the next click, as a person would: a click that interrupts a
  // navigation still in flight can trip React's "Root did not complete" (remix-run/remix#10214).
  await signInAsDemo(page, { returnTo: "/inspections" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your inspections");
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  await page.getByRole("link", { name: "Webinars" }).click();
  await expect(page.getByRole("link", { name: "Schedule a webinar" })).toBeVisible();
  await page.getByRole("link", { name: "Schedule a webinar" }).click();
  await expect(page.getByLabel("Joining link")).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Starts at").fill("25:00");
  await page.getByLabel("Joining link").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Schedule webinar" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("link", { name: "Enter a title" })).toBeVisible();
  await expect(page.getByRole("link", { name: /start time as hours and minutes/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /starts with https/ })).toBeVisible();
  await expectNoAxeViolations(page, "schedule webinar errors");
  await fillWebinarForm(page, "Evening webinar for families");
  await page.getByRole("button", { name: "Schedule webinar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evening webinar for families");
  await expect(page.getByText("Nobody has signed up yet.")).toBeVisible();
});

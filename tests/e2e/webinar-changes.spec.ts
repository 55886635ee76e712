import type { Browser } from "@playwright/test";
import ICAL from "ical.js";
import { expect, openPage, test } from "./fixtures";
import { fillDate, setUpInspection } from "./inspections";
import { fillWebinarForm, humanPause } from "./inputs";
import { bookingLink, mailCount, mailTo } from "./mail";
import { signInAsDemo } from "./sign-in";

const area = "Changing-times area";
const title = "Webinar that moves";
const booked = ["ada@changes.example.org", "bo@changes.example.org"];
const waiting = "cy@changes.example.org";

/*
 * A lead moves a webinar by a day (#22): the outbox (read through the development mailbox,
 * which shows each calendar file: the e2e server's PGlite is its own) holds one email per
 * person with a place, whose calendar file a real parser reads with the first file's UID and
 * a higher SEQUENCE. Then the lead cancels it and everyone, waiting too, gets METHOD:CANCEL.
 * axe on the change and cancel pages.
 */
test("a lead moves a webinar by a day and everyone booked is told once; cancelling tells everyone", async ({
  page,
  browser,
  axe,
}) => {
  await signInAsDemo(page, { returnTo: "/inspections/new" });
  await setUpInspection(page, area);
  const inspectionPath = new URL(page.url()).pathname;
  await openPage(page, `${inspectionPath}/webinars/new`);
  await fillWebinarForm(page, title);
  await page.getByLabel("Places", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Schedule webinar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const webinarPath = new URL(page.url()).pathname;
  await openPage(page, `${inspectionPath}/webinars`);
  const publicPage = new URL(
    (await page.getByRole("link", { name: /\/webinars\// }).getAttribute("href"))!,
  ).pathname;

  for (const email of [...booked, waiting]) await signUpAndConfirm(browser, publicPage, email);
  const first = new Map<string, Calendar>();
  for (const email of booked)
    first.set(email, parse((await mailTo(browser, email, `You have a place: ${title}`)).calendar!));

  // The lead moves it by a day, on the webinar's own page.
  await openPage(page, webinarPath);
  await expect(page.getByRole("heading", { name: "Change this webinar" })).toBeVisible();
  await axe("change a webinar");
  await page.getByLabel("Places", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(
    page.getByRole("link", { name: "Enter a number from 2 to 1000: 2 places are already taken" }),
  ).toBeVisible();
  await axe("change a webinar, refused");
  await page.getByLabel("Places", { exact: true }).fill("2");
  const nextDay = new Date(Date.now() + 11 * 24 * 60 * 60_000).toISOString().slice(0, 10);
  await fillDate(page, nextDay);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/^Your changes are saved/)).toBeVisible();

  for (const email of booked) {
    const changed = await mailTo(browser, email, `Your webinar has changed: ${title}`);
    const before = first.get(email)!;
    const after = parse(changed.calendar!);
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    // A day later at the same London time (23 or 25 hours when the clocks change between).
    const moved = (after.start.getTime() - before.start.getTime()) / 3600_000;
    expect([23, 24, 25]).toContain(moved);
    expect(await mailCount(browser, email, `Your webinar has changed: ${title}`)).toBe(1);
  }
  expect(await mailCount(browser, waiting, `Your webinar has changed: ${title}`)).toBe(0);

  // Then cancels it, after a confirmation step.
  await page.getByRole("link", { name: "Cancel this webinar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel this webinar?");
  await page.locator("html[data-hydrated]").waitFor();
  await axe("cancel a webinar");
  await page.getByRole("button", { name: "Yes, cancel the webinar" }).click();
  await expect(page.getByText(/^The webinar is cancelled/)).toBeVisible();
  for (const email of [...booked, waiting]) {
    const cancelled = parse((await mailTo(browser, email, `Cancelled: ${title}`)).calendar!);
    expect(cancelled).toMatchObject({ method: "CANCEL", status: "CANCELLED" });
    if (first.has(email)) {
      expect(cancelled.uid).toBe(first.get(email)!.uid);
      expect(cancelled.sequence).toBeGreaterThan(first.get(email)!.sequence + 1);
    }
  }
  await openPage(page, publicPage);
  await expect(page.getByText("Cancelled. You cannot sign up for this webinar.")).toBeVisible();
});

/** Signs up on the public page without JavaScript and confirms from the email. */
async function signUpAndConfirm(browser: Browser, publicPage: string, email: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const person = await context.newPage();
  await person.goto(publicPage);
  await person.getByRole("link", { name: new RegExp(`^Sign up for ${title}`) }).click();
  await person.getByLabel("Your name").fill(email.split("@")[0]!);
  await person.getByLabel("Email address").fill(email);
  await person.getByText("A parent or carer", { exact: true }).click();
  await person.getByText("I agree to my details being used in this way").click();
  await humanPause(person);
  await person.getByRole("button", { name: "Sign up", exact: true }).click();
  const confirm = await mailTo(browser, email, `Confirm your place: ${title}`);
  await person.goto(bookingLink(confirm.body));
  await person.getByRole("button", { name: "Confirm my place" }).click();
  await expect(person.getByRole("heading", { level: 1 })).toHaveText(
    /You have a place|waiting list/,
  );
  await context.close();
}

type Calendar = ReturnType<typeof parse>;

/** The calendar file as a calendar program reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    start: event.startDate.toJSDate(),
  };
}

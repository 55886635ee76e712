import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  openPage,
  test,
} from "./fixtures";
import { setUpInspection } from "./inspections";
import { fillWebinarForm, humanPause } from "./inputs";
import { bookingLink, mailTo } from "./mail";
import { signInAsDemo } from "./sign-in";

const area = "Forum-run area";
const organiserEmail = "forum.organiser@example.org";
const wrongEmail = "wrong.address@example.org";
const meeting = "Forum evening with families";

/*
 * A lead invites the parent carer forum's organiser (#22); the organiser accepts the emailed
 * invitation without JavaScript, signs in, schedules the forum's webinar, sees who signed up,
 * and finds every other page of the inspection not there (404). axe on every new page.
 */
test("a forum organiser accepts the invitation, schedules a webinar, sees its attendees, and gets 404 on the summary and comments", async ({
  page,
  browser,
  axe,
}) => {
  await signInAsDemo(page, { returnTo: "/inspections/new" });
  await setUpInspection(page, area);
  const inspectionPath = new URL(page.url()).pathname;
  await openPage(page, `${inspectionPath}/team`);
  await page.getByRole("link", { name: "Invite a parent carer forum organiser" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite a forum organiser");
  await page.locator("html[data-hydrated]").waitFor();
  await axe("invite a forum organiser");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("link", { name: "Enter their email address" })).toBeVisible();
  await axe("invite a forum organiser, error");
  await page.getByLabel("Their email address").fill(organiserEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toHaveText(/Invitation sent/);
  await axe("invitation sent");
  const waiting = page.getByRole("table", { name: "Invitations not used yet" });
  await expect(waiting.getByRole("rowheader", { name: organiserEmail })).toBeVisible();
  // One sent to the wrong address is withdrawn: its row goes, the right one stays.
  await page.getByLabel("Their email address").fill(wrongEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(waiting.getByRole("rowheader", { name: wrongEmail })).toBeVisible();
  await page.getByRole("button", { name: `Withdraw invitation ${wrongEmail}` }).click();
  await expect(page.getByRole("status")).toHaveText(/Invitation withdrawn/);
  await expect(waiting.getByRole("rowheader", { name: wrongEmail })).toHaveCount(0);
  await expect(waiting.getByRole("rowheader", { name: organiserEmail })).toBeVisible();
  await axe("invitation withdrawn");

  const invitation = await mailTo(
    browser,
    organiserEmail,
    `Invitation: run the forum's webinars for the ${area} inspection`,
  );
  const link = new URL(/https?:\/\/\S+\/invitation\/[\w-]+/.exec(invitation.body)![0]).pathname;

  // The organiser, on a computer of their own, with JavaScript off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const organiser = await context.newPage();
  await organiser.goto(link);
  await expect(organiser.getByRole("heading", { level: 1 })).toHaveText("Set up your account");
  await expectNoAxeViolationsStatic(organiser, "set up your account");
  await organiser.getByLabel("Your name").fill("Femi Organiser");
  await organiser.getByLabel("Password", { exact: true }).fill("forum evenings are good");
  await organiser.getByLabel("Type the new password again").fill("forum evenings are bad");
  await organiser.getByRole("button", { name: "Create my account" }).click();
  await expect(organiser).toHaveTitle(/^Error: /);
  await expectNoAxeViolationsStatic(organiser, "set up your account, error");
  await organiser.getByLabel("Password", { exact: true }).fill("forum evenings are good");
  await organiser.getByLabel("Type the new password again").fill("forum evenings are good");
  await organiser.getByRole("button", { name: "Create my account" }).click();
  await expect(organiser.getByRole("heading", { level: 1 })).toHaveText("Webinars");
  await expectNoAxeViolationsStatic(organiser, "organiser's webinars");
  // Used once: the link no longer works.
  expect((await organiser.goto(link))!.status()).toBe(404);

  // They schedule the forum's webinar: no question of who runs it, it is the forum.
  await organiser.goto(`${inspectionPath}/webinars/new`);
  await expect(organiser.getByText("Who runs it")).toHaveCount(0);
  await expectNoAxeViolationsStatic(organiser, "organiser schedules a webinar");
  await fillWebinarForm(organiser, meeting);
  await organiser.getByRole("button", { name: "Schedule webinar" }).click();
  await expect(organiser.getByRole("heading", { level: 1 })).toHaveText(meeting);
  await expect(organiser.getByText("The parent carer forum, with the inspectors")).toBeVisible();
  const webinarPath = new URL(organiser.url()).pathname;

  // A parent signs up on the public page and confirms from the email.
  await organiser.goto(`${inspectionPath}/webinars`);
  const publicPage = await organiser
    .getByRole("link", { name: /\/webinars\// })
    .getAttribute("href");
  const parentContext = await browser.newContext({ javaScriptEnabled: false });
  const parent = await parentContext.newPage();
  await parent.goto(new URL(publicPage!).pathname);
  await parent.getByRole("link", { name: new RegExp(`^Sign up for ${meeting}`) }).click();
  await parent.getByLabel("Your name").fill("Dami Parent");
  await parent.getByLabel("Email address").fill("dami@example.org");
  await parent.getByText("A parent or carer", { exact: true }).click();
  await parent.getByText("I agree to my details being used in this way").click();
  // As long as a person takes: a form sent sooner is refused as a script's (52806a2).
  await humanPause(parent);
  await parent.getByRole("button", { name: "Sign up", exact: true }).click();
  const confirm = await mailTo(browser, "dami@example.org", `Confirm your place: ${meeting}`);
  await parent.goto(bookingLink(confirm.body));
  await parent.getByRole("button", { name: "Confirm my place" }).click();
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("You have a place");
  await parentContext.close();

  await organiser.goto(webinarPath);
  await expect(organiser.getByRole("row", { name: /Dami Parent/ })).toContainText("Has a place");
  await expectNoAxeViolationsStatic(organiser, "organiser's attendees");

  // Everything else about the inspection is not there for them.
  for (const path of ["/summary", "/comments", "", "/team", "/safeguarding", "/organisers"])
    expect((await organiser.goto(`${inspectionPath}${path}`))!.status(), path).toBe(404);
  await organiser.goto("/inspections");
  await expect(organiser.getByRole("link", { name: `Webinars for ${area}` })).toBeVisible();
  await expect(organiser.getByRole("link", { name: "Set up an inspection" })).toHaveCount(0);
  await expectNoAxeViolationsStatic(organiser, "organiser's inspections");
  await context.close();

  // The lead sees them on the team.
  await openPage(page, `${inspectionPath}/team`);
  await expect(page.getByRole("row", { name: /Femi Organiser/ })).toContainText("Forum organiser");
  await expectNoAxeViolations(page, "team with an organiser");
});

import { expect, test } from "./fixtures";
import { parentsSay, setUpInspection } from "./inspections";
import { signInAsDemo } from "./sign-in";

/*
 * The reading queue by keyboard alone (#19): an inspector works through their own inspection's
 * unread comments, accepting suggestions (a), adding a code by typing it (c, then Enter) and
 * marking each read (r); a shortcut typed in a field stays text. Axe on each step.
 */

test("an inspector works through a filtered queue by keyboard alone", async ({
  page,
  browser,
  axe,
}) => {
  const heading = page.getByRole("heading", { level: 1 });
  await signInAsDemo(page, { returnTo: "/inspections/new" });
  await setUpInspection(page, "Queue shire");
  const overview = new URL(page.url()).pathname;

  // Two parents answer in their own words (plain forms, in a context of their own).
  await parentsSay(browser, page, [
    "We waited two years for the assessment.",
    "The school was kind but nobody asked us about the EHC plan.",
  ]);

  await page.goto(`${overview}/comments/queue?show=unread&audience=parent`);
  await expect(heading).toHaveText("Reading queue");
  await expect(page.getByText("2 comments, 0 read, 0 with no code")).toBeVisible();
  const status = page.getByRole("status").filter({ hasText: /Comment \d of \d/ });
  await expect(status).toContainText("Comment 1 of 2");
  await expect(page.getByRole("heading", { level: 2, name: "Keyboard shortcuts" })).toBeVisible();
  await axe("reading queue");
  const first = await page.locator("blockquote").textContent();

  // a: every suggestion accepted.
  await page.keyboard.press("a");
  await expect(page.getByRole("status")).toContainText("Codes saved.");
  await expect(page.locator(".code--suggested")).toHaveCount(0);
  await expect(page.locator(".code--confirmed").first()).toBeVisible();

  // c: to the code field, where j and k are text, not shortcuts; Enter adds the code.
  await page.keyboard.press("c");
  const field = page.getByLabel("Add a code");
  await expect(field).toBeFocused();
  await page.keyboard.type("jk");
  await expect(field).toHaveValue("jk");
  await expect(status).toContainText("Comment 1 of 2");
  await field.fill("");
  await page.keyboard.type("leaders");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toContainText("more than one criterion");
  await axe("reading queue, a code it could not tell");
  await page.getByLabel("Add a code").fill("");
  await page.getByLabel("Add a code").focus();
  await page.keyboard.type("L2");
  await page.keyboard.press("Enter");
  await expect(page.locator(".code--confirmed", { hasText: "L2" })).toBeVisible();

  // r: marked read, and the queue (unread only) goes on to the other comment.
  await page.keyboard.press("Tab");
  await page.keyboard.press("r");
  await expect(page.getByRole("status")).toContainText("Marked as read.");
  await expect(status).toContainText("Comment 1 of 1");
  await expect(page.locator("blockquote")).not.toHaveText(first!);
  await expect(page.getByText("2 comments, 1 read")).toBeVisible();
  // k: nothing before it under this filter; turning shortcuts off stops them.
  await expect(page.getByRole("link", { name: "Previous comment" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: /Use these single-key shortcuts/ }).press("Space");
  await page.keyboard.press("r");
  await expect(page.getByRole("button", { name: "Mark as read" })).toBeVisible();
  await axe("reading queue, the next unread comment");
});

import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expect, expectNoAxeViolationsStatic, openPage, test } from "./fixtures";
import { makeAccount } from "./sign-in";

/*
 * Inspector accounts (#16): a new inspector changes their password and sets up two-step
 * sign-in with the keyboard alone, then signs in with a code; a new admin is taken to set it
 * up straight after their password, without JavaScript. axe on every page on the way.
 */

/** What an authenticator app shows for the key on the page, `steps` periods from now. */
const appCode = (key: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, "")) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

/** Types into the focused field, then moves on with Tab, as a keyboard user does. */
async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

test("an inspector changes their password and sets up two-step sign-in with the keyboard", async ({
  page,
  browser,
  axe,
}) => {
  const email = "keyboard.inspector@send-voice.test";
  const first = await makeAccount(browser, "Keyboard Inspector", email, "Inspector");
  await openPage(page, "/sign-in");
  await page.getByLabel("Email address").focus();
  await typeAndTab(page, email);
  await page.keyboard.type(first);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your inspections");

  await page.getByRole("link", { name: "Your account" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await page.locator("html[data-hydrated]").waitFor();
  await axe("your account");
  // A wrong current password: the GOV.UK error pattern.
  await page.getByLabel("Current password").focus();
  await typeAndTab(page, "not my password");
  await typeAndTab(page, "a new password to remember");
  await page.keyboard.type("a new password to remember");
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".error-summary")).toBeFocused();
  await axe("your account with an error");
  await page.getByRole("link", { name: /Your current password is not right/ }).press("Enter");
  await expect(page.getByLabel("Current password")).toBeFocused();
  // Each field still holds what was typed: select it and type over it.
  await page.keyboard.press("Control+A");
  await typeAndTab(page, first);
  await page.keyboard.press("Control+A");
  await typeAndTab(page, "a new password to remember");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("a new password to remember");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await axe("password changed");

  await page.getByRole("link", { name: "Set up two-step sign-in" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-step sign-in");
  await expect(
    page.getByRole("img", { name: "QR code that adds SEND Voice to an authenticator app" }),
  ).toBeVisible();
  const key = (await page.locator(".two-factor__key code").textContent())!;
  expect(key).toMatch(/^[A-Z2-7 ]{39}$/);
  await page.locator("html[data-hydrated]").waitFor();
  await axe("set up two-step sign-in");
  const code = page.getByLabel("Code from the app");
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");
  await code.focus();
  await page.keyboard.type(appCode(key));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two-step sign-in is on");
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  const recovery = (await page.locator(".recovery-codes li").first().textContent())!;
  await axe("recovery codes");
  await page.getByRole("button", { name: "Sign out" }).press("Enter");
  await expect(page.getByText("You have signed out.")).toBeVisible();

  // Signing in again: the password, then the code.
  await page.getByLabel("Email address").focus();
  await typeAndTab(page, email);
  await page.keyboard.type("a new password to remember");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Enter the code from your authenticator app",
  );
  await page.locator("html[data-hydrated]").waitFor();
  await axe("sign-in code");
  await page.getByLabel("Code from the app").focus();
  await page.keyboard.type("000000");
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".error-summary")).toBeFocused();
  await axe("sign-in code with an error");
  await page.getByLabel("Code from the app").focus();
  await page.keyboard.press("Control+A");
  // The code that turned it on has been used: the app's next one.
  await page.keyboard.type(appCode(key, 1));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your inspections");
  await page.getByRole("button", { name: "Sign out" }).press("Enter");

  // A recovery code, once.
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("a new password to remember");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Use a recovery code instead" }).press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter a recovery code");
  await page.locator("html[data-hydrated]").waitFor();
  await axe("sign-in recovery code");
  await page.getByLabel("Recovery code").focus();
  await page.keyboard.type(recovery);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your inspections");
});

test("a new admin sets up two-step sign-in straight after the password, without JavaScript", async ({
  browser,
}) => {
  const email = "new.admin.e2e@send-voice.test";
  const password = await makeAccount(browser, "New Admin", email, "Admin");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in?returnTo=%2Fadmin%2Faccounts");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-step sign-in");
  await expectNoAxeViolationsStatic(page, "set-up at sign-in");
  // Nothing else opens before it is set up.
  await page.goto("/admin/accounts");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/sign-in?returnTo=%2Fadmin%2Faccounts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-step sign-in");
  const key = (await page.locator(".two-factor__key code").textContent())!;
  await page.getByLabel("Code from the app").fill("12345");
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolationsStatic(page, "set-up at sign-in with an error");
  await page.getByLabel("Code from the app").fill(appCode(key));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two-step sign-in is on");
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  await expectNoAxeViolationsStatic(page, "recovery codes at sign-in");
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accounts");
  await context.close();
});

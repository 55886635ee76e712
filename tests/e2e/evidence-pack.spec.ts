import { readFile } from "node:fs/promises";
import { docxText } from "../docx";
import { expect, expectNoAxeViolationsStatic, test } from "./fixtures";
import { signInAsDemo } from "./sign-in";

/*
 * The evidence pack (#18): the demo inspector opens the pack to print from the overview's
 * downloads, then downloads it as a Word document, and finds in it the difference about I3
 * the demo was made to contain, as the overview says it.
 */

test("an inspector prints the evidence pack and downloads it as a Word document", async ({
  page,
  axe,
}) => {
  await signInAsDemo(page, { returnTo: "/inspections" });
  await page.getByRole("link", { name: "Demo local area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo local area");
  // Other tests add responses, so the sentence may compare positive or negative shares.
  const aboutI3 =
    /Parents and carers are (less positive|more negative) than practitioners about I3: [^\n]*/;
  await expect(
    page
      .getByRole("list", { name: "Where the voices differ" })
      .getByRole("link", { name: aboutI3 })
      .first(),
  ).toBeVisible();

  await page.getByRole("link", { name: "Evidence pack to print (A4)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Evidence pack: area SEND inspection of Demo local area",
  );
  await expect(page.getByRole("heading", { level: 2, name: "Method" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^I3 / })).toBeVisible();
  await expect(page.getByText(aboutI3).first()).toBeVisible();
  await axe("evidence pack");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the evidence pack (Word, .docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^send-voice-demo-local-area-evidence-pack-\d{4}-\d\d-\d\d\.docx$/,
  );
  const text = await docxText(new Uint8Array(await readFile((await download.path())!)));
  expect(text).toMatch(/^Evidence pack: area SEND inspection of Demo local area$/m);
  expect(text).toMatch(aboutI3);
});

test("the evidence pack prints and downloads without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsDemo(page, { returnTo: "/inspections", javaScript: false });
  await page.getByRole("link", { name: "Demo local area" }).click();
  await page.getByRole("link", { name: "Evidence pack to print (A4)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Evidence pack: area SEND inspection of Demo local area",
  );
  await expect(
    page.getByRole("listitem").filter({
      hasText:
        /^Parents and carers are (less positive|more negative) than practitioners about I3: /,
    }),
  ).not.toHaveCount(0);
  await expectNoAxeViolationsStatic(page, "evidence pack (no JavaScript)");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the evidence pack (Word, .docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await context.close();
});

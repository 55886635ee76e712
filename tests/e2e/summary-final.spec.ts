import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  openPage,
  test,
} from "./fixtures";
import { setUpInspection } from "./inspections";
import { makeAccount, signInAsDemo } from "./sign-in";

/*
 * The summary marked final (#20): after the surveys close, late paper forms are keyed in until
 * the lead marks the summary final. Then a late form is refused with words that say why (a form
 * opened before and saved after, and the paper page itself); a team member who is not the
 * lead cannot mark it or undo it; the lead undoes it, and a late form is taken and counted as
 * "Paper, arrived late". With and without JavaScript, axe on each page and state. Each run
 * makes its own inspection and its own team member.
 */

const refusal =
  "The lead has marked the summary final, so no more paper forms can be keyed in. The lead can undo this from the inspection's page.";

/** Chooses the first printed answer of the paper form's first question and saves the form. */
async function keyInOneForm(page: Page) {
  await page.getByRole("group", { name: /^1\. / }).locator("label").first().click();
  await page.getByRole("button", { name: "Save this paper form" }).click();
}

/** The summary's "How it was sent" table's row for late paper forms. */
const lateRow = (page: Page) =>
  page
    .getByRole("table", { name: "How it was sent" })
    .getByRole("row", { name: /Paper, arrived late/ });

for (const javaScript of [true, false]) {
  const run = javaScript ? "js" : "nojs";
  test(`${javaScript ? "with" : "without"} JavaScript, the lead marks the summary final and undoes it; late paper is refused, then counted`, async ({
    browser,
  }) => {
    const area = `Final shire (${run})`;
    const email = `member.final.${run}@send-voice.test`;
    const password = await makeAccount(browser, `Final Member ${run}`, email, "Inspector");

    const lead = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await lead.newPage();
    const axe = (on: Page, label: string) =>
      javaScript ? expectNoAxeViolations(on, label) : expectNoAxeViolationsStatic(on, label);
    const heading = (on: Page) => on.getByRole("heading", { level: 1 });
    await signInAsDemo(page, { returnTo: "/inspections/new", javaScript });
    await setUpInspection(page, area);
    const overview = new URL(page.url()).pathname;

    // The member joins the team; the surveys close, so paper from now on comes late.
    await openPage(page, `${overview}/team`, { javaScript });
    await page.getByLabel("Their email address").fill(email);
    await page.getByRole("button", { name: "Add to team" }).click();
    await expect(page.getByRole("row", { name: new RegExp(`Final Member ${run}`) })).toContainText(
      "Team member",
    );
    await openPage(page, `${overview}/close`, { javaScript });
    await page.getByRole("button", { name: "Yes, close the surveys now" }).click();
    await expect(heading(page)).toHaveText(area);
    await expect(page.getByText("The summary is not final yet.")).toBeVisible();

    // A parents' paper form, opened while late paper is still taken.
    const paper = `${overview}/paper?audience=parent&version=standard&language=en`;
    await openPage(page, paper, { javaScript });
    await expect(
      page.getByText(/^The surveys have closed\. A paper form that reached/),
    ).toBeVisible();

    // Meanwhile, in another tab, the lead marks the summary final: the page asks first.
    const tab = await lead.newPage();
    await openPage(tab, overview, { javaScript });
    await tab.getByRole("link", { name: "Mark the summary final" }).click();
    await expect(heading(tab)).toHaveText("Mark the summary final");
    await expect(tab.getByText("No more paper forms can be keyed in, late or not.")).toBeVisible();
    await axe(tab, "mark the summary final?");
    await tab.getByRole("button", { name: "Yes, mark the summary final" }).click();
    await expect(heading(tab)).toHaveText(area);
    await expect(tab.getByText(/^The lead marked the summary final on /)).toBeVisible();
    await axe(tab, "overview, summary final");

    // The form opened before is refused when saved, saying why; so is the paper page itself.
    await keyInOneForm(page);
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("link", { name: refusal })).toBeVisible();
    await axe(page, "late paper form refused");
    await openPage(page, paper, { javaScript });
    await expect(page.getByText(refusal)).toBeVisible();
    await expect(page.getByRole("button", { name: "Save this paper form" })).toHaveCount(0);
    await axe(page, "paper page, summary final");
    await openPage(page, `${overview}/summary`, { javaScript });
    await expect(lateRow(page)).toHaveCount(0);

    // A team member who is not the lead can neither undo it nor see the page that would.
    const memberContext = await browser.newContext({ javaScriptEnabled: javaScript });
    const member = await memberContext.newPage();
    await openPage(member, "/sign-in", { javaScript });
    await member.getByLabel("Email address").fill(email);
    await member.getByLabel("Password").fill(password);
    await member.getByRole("button", { name: "Sign in" }).click();
    await expect(heading(member)).toHaveText("Your inspections");
    await openPage(member, overview, { javaScript });
    await expect(member.getByText(/^The lead marked the summary final on /)).toBeVisible();
    await expect(member.getByRole("link", { name: "Undo marking the summary final" })).toHaveCount(
      0,
    );
    const finalPage = await member.goto(`${overview}/final`);
    expect(finalPage?.status()).toBe(403);
    const undone = await member.request.post(`${overview}/final`, {
      form: { intent: "undo" },
      headers: { Origin: new URL(member.url()).origin },
    });
    expect(undone.status()).toBe(403);
    await memberContext.close();
    await openPage(tab, overview, { javaScript });
    await expect(tab.getByText(/^The lead marked the summary final on /)).toBeVisible();

    // The lead undoes it; a late form is taken, marked late, and counted so.
    await tab.getByRole("link", { name: "Undo marking the summary final" }).click();
    await expect(heading(tab)).toHaveText("Undo marking the summary final");
    await axe(tab, "undo marking the summary final?");
    await tab
      .getByRole("button", { name: "Undo, so the team can key in paper forms again" })
      .click();
    await expect(heading(tab)).toHaveText(area);
    await expect(tab.getByText("The summary is not final yet.")).toBeVisible();
    await openPage(page, paper, { javaScript });
    await keyInOneForm(page);
    await expect(
      page.getByRole("status").filter({
        hasText: "The paper form is saved and marked late, as the surveys had closed.",
      }),
    ).toBeVisible();
    await axe(page, "late paper form saved");
    await openPage(page, `${overview}/summary`, { javaScript });
    await expect(lateRow(page)).toHaveCount(1);
    await openPage(page, overview, { javaScript });
    await expect(page.getByText(/Late paper forms: /)).toBeVisible();
    await lead.close();
  });
}

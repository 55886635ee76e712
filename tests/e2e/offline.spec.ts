import type { Browser, Page } from "@playwright/test";
import { cutAfterSending, expect, expectNoAxeViolations, openPage, test } from "./fixtures";
import { setUpInspection } from "./inspections";
import { signInAsDemo } from "./sign-in";

/*
 * School Wi-Fi that comes and goes (#20): a child starts the easy-read survey online; once its
 * first page has loaded with JavaScript, the rest of it works without a connection, the answers
 * wait on the device (the page says so, to screen readers too) and are sent when the
 * connection is back, under the draft's own key: stored once, even when the connection drops
 * during the Send itself, redacted on the server as always, and gone from the device after.
 * Each test makes its own inspection and reads its counts and comments as its inspector.
 */

/** An inspection of the test's own, its overview's address and its children's survey link. */
async function inspectionWithChildLink(inspector: Page, area: string) {
  await signInAsDemo(inspector, { returnTo: "/inspections/new" });
  await setUpInspection(inspector, area);
  const overview = new URL(inspector.url()).pathname;
  const link = await inspector
    .getByRole("row", { name: /Children and young people/ })
    .getByRole("link", { name: /\/s\// })
    .getAttribute("href");
  await expect(childCount(inspector)).toHaveText("0");
  return { overview, token: new URL(link!, inspector.url()).pathname.split("/")[2]! };
}

/** The overview's count of children's responses. */
const childCount = (inspector: Page) =>
  inspector
    .getByRole("region", { name: "Responses so far" })
    .getByRole("row", { name: /Children and young people/ })
    .getByRole("cell");

/** A child with JavaScript starts the easy-read survey and waits until it is kept on the device. */
async function startOnline(browser: Browser, token: string) {
  const context = await browser.newContext();
  const child = await context.newPage();
  await openPage(child, `/s/${token}`);
  await child.getByText("Yes, I want to take part").click();
  await child.getByText("Easy read", { exact: true }).click();
  await child.getByRole("button", { name: "Start" }).click();
  await expect(child).toHaveURL(/\/q\/needs_noticed$/);
  await child.locator("html[data-offline-ready]").waitFor();
  return { context, child };
}

/** Answers the page's question (own words name the question, and give an email to redact). */
async function answerAndContinue(child: Page, words: string) {
  await child.locator("html[data-hydrated]").waitFor();
  const questionId = new URL(child.url()).pathname.split("/").at(-1)!;
  const textarea = child.locator("textarea[name=answer]");
  if (await textarea.count()) await textarea.fill(`${words} (${questionId}) kid@example.com`);
  else await child.locator("label.choice").first().click();
  const before = child.url();
  await child.locator('button[name="intent"][value="continue"]').click();
  await child.waitForURL((url) => url.href !== before);
}

/** Answers every question from here to the check page. */
async function answerToCheck(child: Page, words: string, eachPage?: (step: number) => unknown) {
  for (let step = 0; !new URL(child.url()).pathname.endsWith("/check"); step += 1) {
    if (step > 20) throw new Error("Never reached the check page");
    await answerAndContinue(child, words);
    await eachPage?.(step);
  }
  await child.locator("html[data-hydrated]").waitFor();
}

/** What the device keeps of surveys: answers waiting in IndexedDB, and kept pages' caches. */
function deviceStore(child: Page) {
  return child.evaluate(async () => {
    const answers = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open("send-voice-offline");
      open.onupgradeneeded = () => open.result.createObjectStore("answers");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const counted = open.result.transaction("answers").objectStore("answers").count();
        counted.onsuccess = () => {
          resolve(counted.result);
          open.result.close();
        };
      };
    });
    const pages = (await caches.keys()).filter((name) => name.startsWith("send-voice-survey-"));
    return { answers, pages: pages.length };
  });
}

const offlineNotice = (child: Page) => child.getByRole("status").filter({ hasText: /this device/ });

/** The inspector sees the response counted, and each of its own words once, redacted. */
async function expectStoredOnce(inspector: Page, overview: string, words: string) {
  await openPage(inspector, overview);
  await expect(childCount(inspector)).toHaveText("fewer than 10 people");
  await openPage(inspector, `${overview}/comments?audience=child`);
  for (const questionId of ["worked_well", "improve"]) {
    const comment = inspector.locator(".comment", { hasText: `${words} (${questionId})` });
    await expect(comment, questionId).toHaveCount(1);
    await expect(comment).toContainText("[email]");
    await expect(comment).not.toContainText("kid@example.com");
  }
}

test("a child's easy-read survey answered without a connection is sent once when it is back", async ({
  browser,
  page: inspector,
}) => {
  const words = "The lift at school was broken all week";
  const { overview, token } = await inspectionWithChildLink(inspector, "Offline shire");
  const { context, child } = await startOnline(browser, token);
  // The first answer goes online; then the Wi-Fi goes, for every other page and for Send.
  await answerAndContinue(child, words);
  await context.setOffline(true);
  await answerToCheck(child, words, async (step) => {
    if (step > 0) return;
    // Said plainly, in easy read, in a polite live region, with a way to delete them.
    await expect(offlineNotice(child)).toContainText(
      "Your answers are saved on this device. We will send them when the internet is back.",
    );
    await expect(child.getByRole("status").first()).toHaveAttribute("aria-live", "polite");
    await expect(
      child.getByRole("button", { name: "Delete my answers from this device" }),
    ).toBeVisible();
    await expectNoAxeViolations(child, "question page without a connection");
  });

  // The check page lists the answers kept on the device; Send waits for the connection.
  await expect(child.getByText(`${words} (worked_well) kid@example.com`)).toBeVisible();
  await child.getByRole("button", { name: "Send my answers" }).click();
  await expect(offlineNotice(child)).toContainText("Keep this page open.");
  await expectNoAxeViolations(child, "check page, Send pressed without a connection");
  expect(await deviceStore(child)).toEqual({ answers: 1, pages: 1 });

  await context.setOffline(false);
  await expect(child.getByRole("heading", { level: 1 })).toHaveText("Thank you");
  await expect.poll(() => deviceStore(child)).toEqual({ answers: 0, pages: 0 });
  await context.close();
  await expectStoredOnce(inspector, overview, words);
});

test("the connection drops during Send itself: sent again with the same key, stored once", async ({
  browser,
  page: inspector,
}) => {
  const words = "The bus driver always waits for me";
  const { overview, token } = await inspectionWithChildLink(inspector, "Flaky Wi-Fi shire");
  const { context, child } = await startOnline(browser, token);
  await answerAndContinue(child, words);
  await context.setOffline(true);
  await answerToCheck(child, words);
  // Back online on the check page: the kept answers go into the draft, the list shows them.
  await context.setOffline(false);
  await expect(offlineNotice(child)).toHaveCount(0);
  await expect(child.getByText(`${words} (improve) kid@example.com`)).toHaveCount(0);
  await expect(child.getByText(`${words} (improve) [email]`)).toBeVisible();
  // The page reloaded to list them: Send goes through its script only once it is running.
  await child.locator("html[data-hydrated]").waitFor();

  // Send reaches the server, which stores it; the answer is lost as the Wi-Fi drops.
  await cutAfterSending(child, /\/offline$/);
  await child.getByRole("button", { name: "Send my answers" }).click();
  await expect(offlineNotice(child)).toContainText("Keep this page open.");
  await expectNoAxeViolations(child, "check page, Send cut short");
  await child.unroute(/\/offline$/);

  await context.setOffline(false);
  await expect(child.getByRole("heading", { level: 1 })).toHaveText("Thank you");
  await expect.poll(() => deviceStore(child)).toEqual({ answers: 0, pages: 0 });
  await context.close();
  await expectStoredOnce(inspector, overview, words);
});

test("answers can be deleted from the device, and a survey that closed while offline refuses the late send kindly", async ({
  browser,
  page: inspector,
}) => {
  const words = "Nobody should ever store this";
  const { overview, token } = await inspectionWithChildLink(inspector, "Closed meanwhile shire");
  const { context, child } = await startOnline(browser, token);
  await context.setOffline(true);
  await answerAndContinue(child, words);
  await child.locator("html[data-hydrated]").waitFor();
  await expect(offlineNotice(child)).toContainText("Your answers are saved on this device.");

  // "Delete my answers from this device": they go, and the page says so.
  await child.getByRole("button", { name: "Delete my answers from this device" }).click();
  await expect(offlineNotice(child)).toContainText("Your answers are deleted from this device.");
  await expect(
    child.getByRole("button", { name: "Delete my answers from this device" }),
  ).toHaveCount(0);
  expect(await deviceStore(child)).toEqual({ answers: 0, pages: 1 });
  await expectNoAxeViolations(child, "question page, answers deleted from the device");

  // More answers and Send, all offline; meanwhile the inspectors close the survey.
  await answerToCheck(child, words);
  await child.getByRole("button", { name: "Send my answers" }).click();
  await expect(offlineNotice(child)).toContainText("Keep this page open.");
  await openPage(inspector, `${overview}/close`);
  await inspector.getByRole("button", { name: "Yes, close the surveys now" }).click();
  await expect(inspector.getByRole("heading", { level: 1 })).toHaveText("Closed meanwhile shire");

  await context.setOffline(false);
  await expect(child.getByRole("heading", { level: 1 })).toHaveText("This survey has finished");
  await expect(
    child.getByText(
      "The survey finished before your answers got to us. Your answers were not sent.",
    ),
  ).toBeVisible();
  await expectNoAxeViolations(child, "survey closed before the answers were sent");
  await expect.poll(() => deviceStore(child)).toEqual({ answers: 0, pages: 0 });
  await context.close();
  await openPage(inspector, overview);
  await expect(childCount(inspector)).toHaveText("0");
});

test("own words typed offline that may be a disclosure get the 'talk to someone now' panel on the device", async ({
  browser,
  page: inspector,
}) => {
  const { token } = await inspectionWithChildLink(inspector, "Help offline shire");
  const { context, child } = await startOnline(browser, token);
  await context.setOffline(true);
  const panel = child.getByRole("region", { name: "Do you need to talk to someone now?" });
  // Choices offline raise no panel; own words that may be a disclosure do, on the next page.
  for (let step = 0; !(await child.locator("textarea[name=answer]").count()); step += 1) {
    if (step > 20) throw new Error("Never reached an own-words question");
    await answerAndContinue(child, "");
    await expect(panel).toHaveCount(0);
  }
  await child.locator("html[data-hydrated]").waitFor();
  await child.locator("textarea[name=answer]").fill("My dad hits me when he is angry");
  const before = child.url();
  await child.locator('button[name="intent"][value="continue"]').click();
  await child.waitForURL((url) => url.href !== before);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("You can talk to someone about what you wrote.");
  await expect(panel).toContainText("Childline: call 0800 1111 for free, any time.");
  await expect(panel).toContainText("If someone is in danger now, call 999.");
  // In the polite live region, with the offline notice: announced as it appears.
  await expect(child.getByRole("status").filter({ has: panel })).toHaveAttribute(
    "aria-live",
    "polite",
  );
  await expectNoAxeViolations(child, "'talk to someone now' shown on the device");
  // Shown once, as the server shows it: the page after has none.
  await answerAndContinue(child, "");
  await expect(child.locator("html[data-hydrated]")).toHaveCount(1);
  await expect(offlineNotice(child)).toBeVisible();
  await expect(panel).toHaveCount(0);
  await context.close();
});

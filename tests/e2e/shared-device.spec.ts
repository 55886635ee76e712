import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  goBack,
  test,
} from "./fixtures";
import { surveyLinks } from "./links";
import { answerCurrentQuestion, continueToNextPage } from "./survey-helpers";

/*
 * A shared tablet (#20): after Send, Back, history and reload show nothing of the last
 * person's answers, with and without JavaScript, with the back-forward cache on (Chromium's
 * default); "someone else will use this device next" clears this site's cookies and storage.
 */

const secret = "Only the last person wrote this about the bus to school";

/** Answers the parent survey (standard version), with own words where asked, and sends it. */
async function answerAndSend(page: Page, javaScript: boolean) {
  const { token } = surveyLinks().parent;
  // With JavaScript, each page is used once it has hydrated, as a person's taps would be.
  const ready = () => (javaScript ? page.locator("html[data-hydrated]").waitFor() : undefined);
  await page.goto(`/s/${token}`);
  await ready();
  await page.getByRole("button", { name: "Start" }).click();
  for (let step = 0; step < 40; step += 1) {
    if (new URL(page.url()).pathname.endsWith("/check")) break;
    await ready();
    await answerCurrentQuestion(page, secret);
    await continueToNextPage(page);
  }
  await expect(page.getByText(secret).first()).toBeVisible();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Thank you. Your answers have been sent.",
  );
}

/** What the page shows of an answer: the words in it, or any choice that is still ticked. */
async function answersShown(page: Page) {
  const text = await page.locator("body").innerText();
  const typed = await page
    .locator("textarea")
    .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value).join(""));
  // An answer's choices (the start page's version is chosen for everyone, not an answer).
  const ticked = await page.locator("input[name=answer]:checked").count();
  return { words: text.includes(secret) || typed.includes(secret), ticked };
}

for (const javaScript of [true, false]) {
  test(`${javaScript ? "with" : "without"} JavaScript, Back and history after Send show nothing of the answers, and the device can be cleared for the next person`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await answerAndSend(page, javaScript);
    const done = page.url();

    // Every page of a survey is sent "no-store": none is kept to be shown again.
    const response = await page.request.get(done);
    expect(response.headers()["cache-control"]).toBe("no-store");

    // Back through the history, page by page: nothing the last person chose or wrote.
    for (let step = 0; step < 6; step += 1) {
      // (Without JavaScript, Back to a page a form was sent to may be refused: that is fine.)
      await goBack(page).catch(() => undefined);
      expect(await answersShown(page), `back ${step + 1}: ${page.url()}`).toEqual({
        words: false,
        ticked: 0,
      });
    }
    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await answersShown(page)).toEqual({ words: false, ticked: 0 });

    // Someone else will use this device next: the site's cookies go, and the survey starts afresh.
    await page.goto(done);
    await page.evaluate(() => localStorage.setItem("left-behind", "yes")).catch(() => undefined);
    await page.getByRole("button", { name: "Clear this device for the next person" }).click();
    await expect(
      page.getByText("This device has been cleared. The next person can start the survey."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    if (javaScript) {
      expect(await page.evaluate(() => localStorage.getItem("left-behind"))).toBeNull();
      await expectNoAxeViolations(page, "start page after clearing the device");
    } else await expectNoAxeViolationsStatic(page, "start page after clearing the device");
    await context.close();
  });
}

/*
 * A school session (#20): the children's survey opened through the lead's link "for a class on
 * shared tablets" (`?session=school`). After Send nothing of the child is left, without anyone
 * choosing: cookies, the offline store and the pages kept for it, and Back shows none of the
 * answers; the start page says so and is ready for the next child, who is in the same session.
 */
for (const javaScript of [true, false]) {
  test(`${javaScript ? "with" : "without"} JavaScript, a school session clears the tablet after each child's Send and starts afresh`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const { token } = surveyLinks().child;
    const ready = () => (javaScript ? page.locator("html[data-hydrated]").waitFor() : undefined);
    const start = async () => {
      await ready();
      await page.getByText("Yes, I want to take part").click();
      await page.getByRole("button", { name: "Start" }).click();
    };
    await page.goto(`/s/${token}?session=school`);
    await start();
    for (let step = 0; step < 40; step += 1) {
      if (new URL(page.url()).pathname.endsWith("/check")) break;
      await ready();
      await answerCurrentQuestion(page, secret);
      await continueToNextPage(page);
    }
    await expect(page.getByText(secret).first()).toBeVisible();
    await ready();
    if (javaScript) await page.locator("html[data-offline-ready]").waitFor();
    await page.getByRole("button", { name: /Send my answers/ }).click();

    // Straight back to the start page, saying the answers went and the tablet is clear.
    const sent = page.getByRole("status").filter({
      hasText: "Thank you. The answers have been sent, and this device has been cleared.",
    });
    await expect(sent).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/s/${token}\\?session=school&sent=1$`));
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    expect(await answersShown(page)).toEqual({ words: false, ticked: 0 });
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    if (javaScript) {
      await expectNoAxeViolations(page, "school session's start page after Send");
      // Nothing of the survey is kept on the device: no answers, no pages, no service worker.
      await expect
        .poll(() =>
          page.evaluate(async () => ({
            caches: (await caches.keys()).length,
            workers: (await navigator.serviceWorker.getRegistrations()).length,
            stores: (await indexedDB.databases()).length
              ? await new Promise<number>((resolve) => {
                  const open = indexedDB.open("send-voice-offline");
                  open.onsuccess = () => {
                    const db = open.result;
                    if (!db.objectStoreNames.contains("answers")) return resolve(0);
                    const count = db.transaction("answers").objectStore("answers").count();
                    count.onsuccess = () => resolve(count.result);
                  };
                  open.onerror = () => resolve(0);
                })
              : 0,
          })),
        )
        .toEqual({ caches: 0, workers: 0, stores: 0 });
    } else await expectNoAxeViolationsStatic(page, "school session's start page after Send");

    // Back through the history: nothing the child chose or wrote.
    for (let step = 0; step < 6; step += 1) {
      await goBack(page).catch(() => undefined);
      expect(await answersShown(page), `back ${step + 1}: ${page.url()}`).toEqual({
        words: false,
        ticked: 0,
      });
    }

    // The next child starts afresh, in the same school session.
    await page.goto(`/s/${token}?session=school&sent=1`);
    await expect(sent).toBeVisible();
    await start();
    await expect(page).toHaveURL(/\/q\//);
    await ready();
    expect(await answersShown(page)).toEqual({ words: false, ticked: 0 });
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(["sv_draft", "sv_session"]);
    expect((await context.cookies()).find((c) => c.name === "sv_session")?.value).toBe("school");
    await context.close();
  });
}

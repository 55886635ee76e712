import type { Browser, Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  openPage,
  test,
} from "./fixtures";
import { surveyLinks } from "./links";
import { continueToNextPage } from "./survey-helpers";

/*
 * A child who would rather listen and speak: every easy-read question page reads itself
 * aloud (pre-made audio without JavaScript, a button with it), and own-words questions take
 * a spoken answer — recorded in the page, or a sound file chosen without JavaScript.
 */

// Chromium's fake microphone (a beeping tone) and no permission prompt.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...chromiumArgs, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

async function startChildEasy(browser: Browser, javaScript: boolean) {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    permissions: javaScript ? ["microphone"] : [],
  });
  const page = await context.newPage();
  await openPage(page, `/s/${surveyLinks().child.token}`, { javaScript });
  // The start page reads itself aloud too: a child who cannot read can still say yes or no.
  await expect(
    javaScript
      ? page.getByRole("button", { name: "Read this to me" })
      : page.locator(".read-aloud audio[src^='/audio/']"),
  ).toBeVisible();
  await page.getByText("Yes, I want to take part").click();
  await page.getByText("Easy read", { exact: true }).click();
  await page.getByRole("button", { name: "Start" }).click();
  return { context, page };
}

/** Goes on with Skip until the page's question is an own-words one (it has a textbox). */
async function skipToOwnWords(page: Page) {
  for (let step = 0; step < 30; step += 1) {
    if (await page.getByRole("textbox").count()) return;
    await skipToNextPage(page);
  }
  throw new Error("no own-words question found");
}

/** Presses Skip and waits for the next page's address, with or without JavaScript. */
async function skipToNextPage(page: Page) {
  const before = page.url();
  await page.locator('button[name="intent"][value="skip"]').click();
  await page.waitForURL((url) => url.href !== before);
  await page.waitForLoadState("domcontentloaded");
}

test("without JavaScript: each question has a player that reads it, and a sound file can be the answer", async ({
  browser,
}) => {
  const { context, page } = await startChildEasy(browser, false);
  const player = page.locator(".read-aloud audio");
  await expect(player).toHaveCount(1);
  await expect(page.getByText("Read this to me")).toBeVisible();
  const src = await player.getAttribute("src");
  expect(src).toMatch(/^\/audio\/[0-9a-f]{20}\.ogg$/);
  const audio = await page.request.get(src!);
  expect(audio.status()).toBe(200);
  expect(audio.headers()["content-type"]).toBe("audio/ogg");
  expect((await audio.body()).subarray(0, 4).toString()).toBe("OggS");
  await expectNoAxeViolationsStatic(page, "question with read-aloud player, no JavaScript");

  await skipToOwnWords(page);
  const file = page.getByLabel("Record your answer, or choose a sound file");
  await expect(file).toHaveAttribute("accept", "audio/*");
  await expect(file).toHaveAttribute("capture", "user");
  await expectNoAxeViolationsStatic(page, "own-words question with a file input, no JavaScript");

  // Not audio, whatever its name says: refused in words, and nothing is kept.
  await file.setInputFiles({
    name: "song.mp3",
    mimeType: "audio/mpeg",
    buffer: Buffer.from("<html>not a song</html>"),
  });
  await page.getByRole("textbox").fill("I like drawing");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toContainText("not a sound recording we can use");
  await expect(page.getByRole("textbox")).toHaveValue("I like drawing");

  // A real recording format: what is checked is a WebM file with an audio track.
  const webm = Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), // EBML: a Matroska/WebM file
    Buffer.from([0x16, 0x54, 0xae, 0x6b, 0x8a, 0xae, 0x88, 0x83, 0x81, 0x02]), // an audio track
    Buffer.alloc(200, 1),
  ]);
  await page
    .getByLabel("Record your answer, or choose a sound file")
    .setInputFiles({ name: "voice.webm", mimeType: "audio/webm", buffer: webm });
  const ownWordsUrl = page.url();
  await continueToNextPage(page);
  await page.goto(ownWordsUrl);
  await expect(page.getByText("You have recorded an answer.")).toBeVisible();
  await page.getByRole("button", { name: "Delete my recording" }).click();
  await expect(page.getByText("You have recorded an answer.")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveValue("I like drawing");
  await context.close();
});

test("with JavaScript: a Read this to me button, and a recording made in the page is sent with the answers", async ({
  browser,
}) => {
  const { context, page } = await startChildEasy(browser, true);
  await expect(page.getByRole("button", { name: "Read this to me" })).toBeVisible();
  await expectNoAxeViolations(page, "question with read-aloud button");

  await skipToOwnWords(page);
  await page.getByRole("button", { name: "Start recording" }).press("Enter");
  await expect(page.getByRole("status")).toContainText("Recording.");
  // Starting and stopping keep the keyboard on the same button.
  await expect(page.getByRole("button", { name: "Stop recording" })).toBeFocused();
  await page.waitForTimeout(1500);
  await page.getByRole("button", { name: "Stop recording" }).press("Enter");
  await expect(page.getByRole("status")).toContainText("Recording stopped");
  await expect(page.getByLabel("Your new recording")).toBeVisible();
  await expect(page.getByRole("button", { name: "Record again" })).toBeFocused();
  // The recording sits in the form's file input, so it goes with the form like a chosen file.
  expect(
    await page
      .getByLabel("Record your answer, or choose a sound file")
      .evaluate((input: HTMLInputElement) => input.files?.[0]?.size ?? 0),
  ).toBeGreaterThan(100);
  await expectNoAxeViolations(page, "own-words question after recording");

  // Record again, and press Continue without stopping: the recording is finished and sent.
  await page
    .getByLabel("Record your answer, or choose a sound file")
    .evaluate((input: HTMLInputElement) => (input.value = ""));
  await page.getByRole("button", { name: "Record again" }).click();
  await expect(page.getByRole("button", { name: "Stop recording" })).toBeVisible();
  await page.waitForTimeout(1000);
  await continueToNextPage(page);
  // Skip the rest and see it on the check page.
  for (let step = 0; step < 30; step += 1) {
    if (new URL(page.url()).pathname.endsWith("/check")) break;
    await skipToNextPage(page);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.getByText("Recorded answer")).toHaveCount(1);
  await context.close();
});

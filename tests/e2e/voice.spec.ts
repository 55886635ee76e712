import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "@playwright/test";
import { offlineCopyHeader } from "~/offline/protocol";
import { chromiumArgs, chromiumEnv, chromiumPath } from "./chromium";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsStatic,
  failRequests,
  openPage,
  test,
} from "./fixtures";
import { surveyLinks } from "./links";
import { silentWav } from "./inputs";
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
    env: chromiumEnv(),
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
      : page.locator(".read-aloud audio:has(source[src^='/audio/'])"),
  ).toBeVisible();
  await page.getByText("Yes, I want to take part").click();
  await page.getByText("Easy read", { exact: true }).click();
  await page.getByRole("button", { name: "Start" }).click();
  return { context, page };
}

/**
 * The player offers Ogg Opus first and MP3 second (Safari and older iPhones play no Ogg),
 * both the same words, both served as what they are.
 */
async function expectPlayableEverywhere(page: Page) {
  const sources = page.locator(".read-aloud audio source");
  await expect(sources).toHaveCount(2);
  const [ogg, mp3] = [
    await sources.nth(0).getAttribute("src"),
    await sources.nth(1).getAttribute("src"),
  ];
  expect(ogg).toMatch(/^\/audio\/[0-9a-f]{20}\.ogg$/);
  expect(mp3).toBe(ogg!.replace(/ogg$/, "mp3"));
  await expect(sources.nth(0)).toHaveAttribute("type", "audio/ogg; codecs=opus");
  await expect(sources.nth(1)).toHaveAttribute("type", "audio/mpeg");
  const oggFile = await page.request.get(ogg!);
  expect(oggFile.status()).toBe(200);
  expect(oggFile.headers()["content-type"]).toBe("audio/ogg");
  expect((await oggFile.body()).subarray(0, 4).toString()).toBe("OggS");
  const mp3File = await page.request.get(mp3!);
  expect(mp3File.status()).toBe(200);
  expect(mp3File.headers()["content-type"]).toBe("audio/mpeg");
  // An MPEG audio frame starts with eleven set bits.
  const head = (await mp3File.body()).subarray(0, 2);
  expect(head[0] === 0xff && (head[1]! & 0xe0) === 0xe0).toBe(true);
}

/** Goes on with Skip until the page's question is an own-words one (it has a textbox). */
async function skipToOwnWords(page: Page) {
  for (let step = 0; step < 30; step += 1) {
    if (await page.getByRole("textbox").count()) return;
    await skipToNextPage(page);
  }
  throw new Error("no own-words question found");
}

/** Clicks and waits for the next page's address, with or without JavaScript. */
async function clickToNextPage(page: Page, target: Locator) {
  const before = page.url();
  await target.click();
  await page.waitForURL((url) => url.href !== before);
  await page.waitForLoadState("domcontentloaded");
}

const skipToNextPage = (page: Page) =>
  clickToNextPage(page, page.locator('button[name="intent"][value="skip"]'));

test("without JavaScript: each question has a player that reads it, and a sound file can be the answer", async ({
  browser,
}) => {
  const { context, page } = await startChildEasy(browser, false);
  const player = page.locator(".read-aloud audio");
  await expect(player).toHaveCount(1);
  await expect(page.getByText("Read this to me")).toBeVisible();
  await expectPlayableEverywhere(page);
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
  // Easy read: no formats or megabytes, just what to do.
  await expect(page.getByRole("alert")).toContainText("We cannot use this file.");
  await expect(page.locator("main")).not.toContainText("megabytes");
  await expect(page.getByRole("textbox")).toHaveValue("I like drawing");

  // Sound, but longer than the recorder's 2 minutes: refused by the server too, in words.
  await file.setInputFiles({ name: "long.wav", mimeType: "audio/wav", buffer: silentWav(125) });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toContainText("This recording is too long.");
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
  const recorderStatus = page
    .getByRole("region", { name: "Or say it out loud" })
    .getByRole("status");
  await page.getByRole("button", { name: "Start recording" }).press("Enter");
  await expect(recorderStatus).toContainText("Recording.");
  // Starting and stopping keep the keyboard on the same button.
  await expect(page.getByRole("button", { name: "Stop recording" })).toBeFocused();
  await page.waitForTimeout(1500);
  await page.getByRole("button", { name: "Stop recording" }).press("Enter");
  await expect(recorderStatus).toContainText("Recording stopped");
  await expect(page.getByLabel("Your new recording")).toBeVisible();
  await expect(page.getByRole("button", { name: "Record again" })).toBeFocused();
  // The recording sits in the form's file input, so it goes with the form like a chosen file.
  expect(
    await page
      .getByLabel("Or choose a sound file", { exact: true })
      .evaluate((input: HTMLInputElement) => input.files?.[0]?.size ?? 0),
  ).toBeGreaterThan(100);
  await expectNoAxeViolations(page, "own-words question after recording");

  // Record again, and press Continue without stopping: the recording is finished and sent.
  await page
    .getByLabel("Or choose a sound file", { exact: true })
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

test("without JavaScript: the other easy-read pages read themselves aloud too", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const start = `/s/${surveyLinks().child.token}`;

  // "No thanks" from the start page.
  await openPage(page, start, { javaScript: false });
  await page.getByText("No, not now").click();
  await clickToNextPage(page, page.getByRole("button", { name: "Start" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("That is OK");
  await expectPlayableEverywhere(page);

  // Display options, reached from any survey page.
  await openPage(page, start, { javaScript: false });
  await clickToNextPage(page, page.getByRole("link", { name: "Display options" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Display options");
  await expectPlayableEverywhere(page);
  await expectNoAxeViolationsStatic(page, "display options with read-aloud player");

  // "Save and come back later" on an easy-read question: the saved page.
  await openPage(page, start, { javaScript: false });
  await page.getByText("Yes, I want to take part").click();
  await page.getByText("Easy read", { exact: true }).click();
  await clickToNextPage(page, page.getByRole("button", { name: "Start" }));
  await clickToNextPage(page, page.locator('button[name="intent"][value="save"]'));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your answers are saved");
  await expectPlayableEverywhere(page);
  await expectNoAxeViolationsStatic(page, "saved page with read-aloud player");
  await context.close();
});

/** A device with no voices at all, whatever this machine has; and, like Safari, maybe no Ogg. */
async function deviceWithoutVoices(browser: Browser, { playsOgg }: { playsOgg: boolean }) {
  const context = await browser.newContext();
  await context.addInitScript((ogg: boolean) => {
    Object.defineProperty(window.speechSynthesis, "getVoices", { value: () => [] });
    if (ogg) return;
    const canPlay = HTMLMediaElement.prototype.canPlayType;
    HTMLMediaElement.prototype.canPlayType = function (type: string) {
      return type.includes("ogg") ? "" : canPlay.call(this, type);
    };
  }, playsOgg);
  return { context, page: await context.newPage() };
}

test("with JavaScript and no voice for the language, pre-made audio plays, and a device that cannot play it is told so", async ({
  browser,
}) => {
  const { context, page } = await deviceWithoutVoices(browser, { playsOgg: true });
  const start = `/s/${surveyLinks().child.token}`;
  await openPage(page, start);
  const button = page.getByRole("button", { name: "Read this to me" });
  await button.click();
  // The pre-made audio plays: the button now stops it.
  await expect(page.getByRole("button", { name: "Stop reading" })).toBeFocused();
  await page.getByRole("button", { name: "Stop reading" }).click();
  await expect(button).toBeVisible();

  // Now the audio cannot be had (an offline phone, say): words, not silence.
  await failRequests(page, "**/audio/**", 404);
  await openPage(page, `/display?return=${encodeURIComponent(start)}`);
  await button.click();
  await expect(page.locator(".read-aloud").getByRole("status")).toHaveText(
    "Sorry. The sound cannot play now. Ask someone to read this page to you.",
  );
  await expect(button).toBeFocused();
  await context.close();
});

test("with JavaScript on a browser that plays no Ogg (Safari, older iPhones), the MP3 copy plays", async ({
  browser,
}) => {
  const { context, page } = await deviceWithoutVoices(browser, { playsOgg: false });
  await openPage(page, `/s/${surveyLinks().child.token}`);
  await page.getByRole("button", { name: "Read this to me" }).click();
  await expect(page.getByRole("button", { name: "Stop reading" })).toBeVisible();
  expect(
    await page.locator(".read-aloud audio").evaluate((a: HTMLAudioElement) => a.currentSrc),
  ).toMatch(/\/audio\/[0-9a-f]{20}\.mp3$/);
  await context.close();
});

/**
 * A device with its own voices, English and Urdu, whatever this machine has: speechSynthesis
 * and its utterances stand in for the device's, and write down what they are asked to say.
 */
async function deviceWithVoices(browser: Browser) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const voices = [
      { name: "Device English", lang: "en-GB", voiceURI: "en", localService: true, default: true },
      { name: "Device Urdu", lang: "ur-PK", voiceURI: "ur", localService: true, default: false },
    ];
    class Utterance {
      lang = "";
      voice: { name: string } | null = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: ((event: { error: string }) => void) | null = null;
      constructor(readonly text: string) {}
    }
    const said: { text: string; lang: string; voice?: string }[] = [];
    let speaking: Utterance | undefined;
    const device = {
      said,
      cancelled: 0,
      get speaking() {
        return speaking !== undefined;
      },
      getVoices: () => voices,
      speak(utterance: Utterance) {
        said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
        speaking = utterance;
      },
      cancel() {
        device.cancelled += 1;
        const stopped = speaking;
        speaking = undefined;
        stopped?.onerror?.({ error: "interrupted" });
      },
      /** The device reaches the end of what it was saying. */
      finish() {
        const finished = speaking;
        speaking = undefined;
        finished?.onend?.();
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: device });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance });
  });
  return { context, page: await context.newPage() };
}

interface Device {
  said: { text: string; lang: string; voice?: string }[];
  cancelled: number;
  speaking: boolean;
  finish(): void;
}
const device = (page: Page) =>
  page.evaluate(() => {
    const { said, cancelled, speaking } = window.speechSynthesis as unknown as Device;
    return { said, cancelled, speaking };
  });

test("with JavaScript and a voice for the page's language, the device says the page in it, and stops when asked", async ({
  browser,
}) => {
  const { context, page } = await deviceWithVoices(browser);
  const premade: string[] = [];
  // Audio the page plays; not what it keeps for use offline (#20), fetched once it is ready.
  page.on(
    "request",
    (r) =>
      r.url().includes("/audio/") &&
      !r.headers()[offlineCopyHeader.toLowerCase()] &&
      premade.push(r.url()),
  );
  const urdu = JSON.parse(readFileSync("locales/ur/common.json", "utf8")).readAloud;
  await openPage(page, `/s/${surveyLinks().child.token}?lng=ur`);
  await page.locator("label.choice").first().click();
  await page.locator('input[name="version"][value="easy"]').check({ force: true });
  await page.locator("button[type=submit]").first().click();
  await expect(page).toHaveURL(/\/q\//);
  await page.locator("html[data-hydrated]").waitFor();

  // The question, then each answer, in Urdu, by the Urdu voice (not the device's default).
  const read = page.locator(".read-aloud button");
  await expect(read).toHaveText(urdu.label_child);
  await read.click();
  await expect(read).toHaveText(urdu.stop_child);
  const { said } = await device(page);
  expect(said).toHaveLength(1);
  expect(said[0]).toMatchObject({ lang: "ur-PK", voice: "Device Urdu" });
  const question = (await page.locator("legend").first().innerText()).trim();
  expect(said[0]!.text).toContain(question.replace(/[.?!؟۔]$/, ""));
  for (const answer of await page.locator(".choice__label").allInnerTexts())
    expect(said[0]!.text).toContain(answer.trim());

  // Stop: the device stops speaking, and the button reads again.
  const { cancelled } = await device(page);
  await read.click();
  await expect(read).toHaveText(urdu.label_child);
  expect(await device(page)).toMatchObject({ speaking: false, cancelled: cancelled + 1 });
  // Read to the end: the button is ready to read again.
  await read.click();
  await page.evaluate(() => (window.speechSynthesis as unknown as Device).finish());
  await expect(read).toHaveText(urdu.label_child);

  // Saved to finish later: the device's voice, unlike pre-made audio, says the code.
  await page.locator('button[name="intent"][value="save"]').click();
  const code = (await page.locator(".resume-code").innerText()).trim();
  await page.locator("html[data-hydrated]").waitFor();
  await page.locator(".read-aloud button").click();
  const spelled = code
    .split("-")
    .map((group) => group.split("").join(" "))
    .join(". ");
  expect((await device(page)).said.at(-1)!.text).toContain(spelled);
  expect(premade).toEqual([]);
  await context.close();
});

import type { Page } from "@playwright/test";

/* What e2e tests upload and type, shared so each is written once. */

/** `seconds` of silence as a WAV file, 8 kHz and 8 bits (8,000 bytes a second). */
export function silentWav(seconds: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFFxxxxWAVEfmt ", 0, "latin1");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM, mono
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8_000, 24);
  header.writeUInt32LE(8_000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36, "latin1");
  header.writeUInt32LE(seconds * 8_000, 40);
  return Buffer.concat([header, Buffer.alloc(seconds * 8_000, 0x80)]);
}

/** Fills the "Schedule a webinar" form: ten days on, 18:30 to 19:30, with a joining link. */
export async function fillWebinarForm(page: Page, title: string) {
  const next = new Date(Date.now() + 10 * 24 * 60 * 60_000);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Day").fill(String(next.getUTCDate()));
  await page.getByLabel("Month").fill(String(next.getUTCMonth() + 1));
  await page.getByLabel("Year").fill(String(next.getUTCFullYear()));
  await page.getByLabel("Starts at").fill("18:30");
  await page.getByLabel("Ends at").fill("19:30");
  await page.getByLabel("Joining link").fill("https://example.org/evening");
}

/**
 * Waits as long as a person takes over a form at the least: the webinar sign-up refuses a
 * form sent sooner after it was shown (SIGNUP_MIN_SECONDS, 1 s in playwright.config.ts).
 */
export async function humanPause(page: Page) {
  await page.waitForTimeout(1_100);
}

/*
 * Webinar sign-ups over HTTP, as a person does them: the form, then the link in the email
 * (read from the demo's /dev/mail), then "Confirm my place".
 */
import { JSDOM } from "jsdom";
import { expect } from "vitest";
import type { Client, FormFields } from "./http";

export interface Mail {
  to: string;
  subject: string;
  body: string;
  hasCalendar: boolean;
}

/** The demo's mailbox as a list, newest first. */
export async function mailbox(client: Client): Promise<Mail[]> {
  const html = await client.page("/dev/mail");
  const page = new JSDOM(html).window.document;
  return [...page.querySelectorAll("article.mail")].map((article) => {
    const hint = article.querySelector(".hint")?.textContent ?? "";
    return {
      to: /: (\S+@\S+) ·/.exec(hint)?.[1] ?? "",
      subject: article.querySelector("h2")?.textContent ?? "",
      body: article.querySelector(".mail__body")?.textContent ?? "",
      hasCalendar: hint.includes("Calendar file attached"),
    };
  });
}

/**
 * The emails to an address, oldest first, once `until` holds of them. The mail worker sends a
 * moment after the request that queued it, and in the order they were queued.
 */
export async function waitForMail(
  client: Client,
  to: string,
  until: (mails: Mail[]) => boolean,
): Promise<Mail[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    // Addresses as people type them: one mailbox whatever the case.
    const theirs = (await mailbox(client))
      .filter((m) => m.to.toLowerCase() === to.trim().toLowerCase())
      .reverse();
    if (until(theirs)) return theirs;
    if (Date.now() > deadline)
      throw new Error(`The emails to ${to} never came: ${JSON.stringify(theirs)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The `nth` email to an address (1 = its first), once it has come. */
export async function mailTo(client: Client, to: string, nth = 1): Promise<Mail> {
  return (await waitForMail(client, to, (mails) => mails.length >= nth))[nth - 1]!;
}

/** The path of the booking link in an email. */
export const bookingPath = (mail: Mail) =>
  new URL(/https?:\/\/\S+\/booking\/[\w-]+/.exec(mail.body)![0]).pathname;

/**
 * Signs an address up and confirms from its email, as its owner would; returns the booking's
 * path. `headers` stand for the client (X-Forwarded-For), so one test's sign-ups do not meet
 * another's per-client limit.
 */
export async function signUpAndConfirm(
  client: Client,
  signUpPath: string,
  form: FormFields,
  headers: Record<string, string> = {},
): Promise<string> {
  const email = String(form.email);
  const before = (await waitForMail(client, email, () => true)).length;
  const answer = await client.post(signUpPath, form, headers);
  expect(answer.status, answer.body.slice(0, 300)).toBe(200);
  const mail = await mailTo(client, email, before + 1);
  expect(mail.subject).toMatch(/^Confirm your place: /);
  const path = bookingPath(mail);
  const confirmed = await client.post(path, { intent: "confirm" }, headers);
  expect(confirmed.status).toBe(302);
  expect(confirmed.location).toBe(path);
  return path;
}

import { describe, expect, it } from "vitest";
import { retryDelayMs } from "~/mail/outbox.server";
import { chooseTransport, mailIsSent } from "~/mail/transports.server";
import { parseSettings } from "~/platform/settings.server";

const transportFor = (env: Record<string, string>) => chooseTransport(parseSettings(env).mail);

describe("mail transports", () => {
  it("picks the service that is set up", () => {
    expect(transportFor({ NOTIFY_API_KEY: "k", NOTIFY_TEMPLATE_ID: "t" }).name).toBe("notify");
    expect(
      transportFor({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "no-reply@example.org" }).name,
    ).toBe("smtp");
    expect(transportFor({}).name).toBe("dev");
    // Nothing set on a real database: messages wait in the outbox rather than vanish.
    expect(transportFor({ DATABASE_URL: "postgres://db/x" }).name).toBe("none");
  });

  it("says mail is sent only when a service (or the demo's mailbox) takes it", () => {
    expect(mailIsSent(parseSettings({ NOTIFY_API_KEY: "k", NOTIFY_TEMPLATE_ID: "t" }).mail)).toBe(
      true,
    );
    expect(mailIsSent(parseSettings({ DEMO: "1" }).mail)).toBe(true);
    expect(mailIsSent(parseSettings({ DATABASE_URL: "postgres://db/x" }).mail)).toBe(false);
    expect(mailIsSent(parseSettings({ MAIL_TRANSPORT: "none" }).mail)).toBe(false);
  });

  it("backs off from 30 seconds, doubling, up to an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });
});

import { describe, expect, it } from "vitest";
import { retryDelayMs } from "~/mail/outbox.server";
import { chooseTransport } from "~/mail/transports.server";

describe("mail transports", () => {
  it("picks the service that is set up", () => {
    expect(chooseTransport({ NOTIFY_API_KEY: "k", NOTIFY_TEMPLATE_ID: "t" }, "postgres").name).toBe(
      "notify",
    );
    expect(chooseTransport({ SMTP_URL: "smtp://127.0.0.1:2525" }, "postgres").name).toBe("smtp");
    expect(chooseTransport({}, "pglite").name).toBe("dev");
    // Nothing set on a real database: messages wait in the outbox rather than vanish.
    expect(chooseTransport({}, "postgres").name).toBe("none");
  });

  it("never shows mail at the development mailbox on a real deployment", () => {
    expect(chooseTransport({ MAIL_TRANSPORT: "dev" }, "postgres").name).toBe("dev");
    expect(
      chooseTransport({ MAIL_TRANSPORT: "dev", NODE_ENV: "production" }, "postgres").name,
    ).toBe("none");
  });

  it("backs off from 30 seconds, doubling, up to an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });
});

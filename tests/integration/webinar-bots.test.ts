import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { inspections, outbox, webinarSignupRequests } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings, parseSettings, settings } from "~/platform/settings.server";
import {
  action as signUpAction,
  loader as signUpLoader,
} from "~/routes/webinars.$token.$webinarId";
import { formShownStamp } from "~/webinars/bot-check.server";
import { createWebinar } from "~/webinars/webinars.server";
import { today } from "../clock";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * The sign-up form refuses scripts without a CAPTCHA (#22): a field only a script fills, and a
 * minimum time between the form being shown and sent. Whoever trips either hears "Please try
 * again" and nothing else, and nothing is stored or emailed.
 */
let handle: DatabaseHandle;
let inspectionId: string;
let webinarsToken: string;
const hour = 60 * 60_000;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Northshire",
    notifiedOn: today(),
  });
  const [row] = await handle.db
    .select({ token: inspections.webinarsToken })
    .from(inspections)
    .where(eq(inspections.id, inspectionId));
  webinarsToken = row!.token;
  // The real minimum for these tests (the other suites turn it off in tests/setup.ts).
  loadSettings({ ...process.env, SIGNUP_MIN_SECONDS: "3" });
});
afterEach(() => {
  loadSettings({ ...process.env, SIGNUP_MIN_SECONDS: "3" });
});
afterAll(async () => {
  loadSettings(process.env);
  await handle.close();
});

async function newWebinar() {
  const startsAt = new Date(Date.now() + 72 * hour);
  return createWebinar(handle.db, {
    inspectionId,
    title: "Meet the inspectors",
    startsAt,
    endsAt: new Date(startsAt.getTime() + hour),
    capacity: 10,
    audience: "both",
    host: "inspectors",
    joinUrl: "https://meet.example.org/room",
  });
}

function post(webinarId: string, body: Record<string, string>) {
  const form = new URLSearchParams(body);
  return signUpAction({
    request: new Request(`http://localhost/webinars/${webinarsToken}/${webinarId}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    }),
    params: { token: webinarsToken, webinarId },
    context: { cspNonce: "", clientKey: randomUUID() },
  }) as unknown as Promise<{
    data: { sent?: unknown; errors?: Record<string, string>; notice?: string };
    init: { status: number };
  }>;
}

const person = (email: string) => ({
  name: "Sam Parent",
  email,
  role: "parent",
  consent: "yes",
  website: "",
});
const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000);

async function storedFor(webinarId: string) {
  const requests = await handle.db
    .select()
    .from(webinarSignupRequests)
    .where(eq(webinarSignupRequests.webinarId, webinarId));
  const mail = await handle.db.select().from(outbox).where(eq(outbox.webinarId, webinarId));
  return requests.length + mail.length;
}

function expectTryAgain(result: Awaited<ReturnType<typeof post>>) {
  expect(result.init.status).toBe(400);
  expect(result.data.sent).toBeUndefined();
  expect(result.data.errors).toEqual({});
  expect(result.data.notice).toBe("Please try again.");
}

describe(`bots at the webinar sign-up form, on ${databaseKind}`, () => {
  it("waits at least three seconds by default, and a setting can only lower it to a real number", () => {
    expect(parseSettings({}).signUpMinSeconds).toBe(3);
    expect(() => parseSettings({ SIGNUP_MIN_SECONDS: "soon" })).toThrow(/SIGNUP_MIN_SECONDS/);
    expect(settings().signUpMinSeconds).toBe(3);
  });

  it("refuses a form sent straight after it was shown, storing and sending nothing", async () => {
    const webinarId = await newWebinar();
    const page = (await signUpLoader({
      request: new Request(`http://localhost/webinars/${webinarsToken}/${webinarId}`),
      params: { token: webinarsToken, webinarId },
      context: { cspNonce: "", clientKey: randomUUID() },
    })) as { formShown: string };
    const result = await post(webinarId, {
      ...person("quick@example.org"),
      formShown: page.formShown,
    });
    expectTryAgain(result);
    expect(await storedFor(webinarId)).toBe(0);
  });

  it("refuses a form whose hidden field is filled in, however long it was open", async () => {
    const webinarId = await newWebinar();
    const result = await post(webinarId, {
      ...person("filled@example.org"),
      website: "https://spam.example.org",
      formShown: formShownStamp(webinarId, secondsAgo(60)),
    });
    expectTryAgain(result);
    expect(await storedFor(webinarId)).toBe(0);
  });

  it("refuses a missing, forged, day-old or other webinar's time", async () => {
    const webinarId = await newWebinar();
    const other = await newWebinar();
    const stamp = formShownStamp(webinarId, secondsAgo(60));
    const forged = `${secondsAgo(60).getTime()}.${"A".repeat(43)}`;
    const times = [
      "",
      forged,
      stamp.replace(/^\d+/, String(secondsAgo(120).getTime())),
      formShownStamp(webinarId, secondsAgo(25 * 60 * 60)),
      formShownStamp(other, secondsAgo(60)),
    ];
    for (const [n, formShown] of times.entries())
      expectTryAgain(await post(webinarId, { ...person(`odd${n}@example.org`), formShown }));
    expect(await storedFor(webinarId)).toBe(0);
  });

  it("lets a person through: the form shown by the page, sent after the minimum", async () => {
    loadSettings({ ...process.env, SIGNUP_MIN_SECONDS: "1" });
    const webinarId = await newWebinar();
    const page = (await signUpLoader({
      request: new Request(`http://localhost/webinars/${webinarsToken}/${webinarId}`),
      params: { token: webinarsToken, webinarId },
      context: { cspNonce: "", clientKey: randomUUID() },
    })) as { formShown: string };
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const result = await post(webinarId, {
      ...person("person@example.org"),
      formShown: page.formShown,
    });
    expect(result.init.status).toBe(200);
    expect(result.data.sent).toBeTruthy();
    expect(await storedFor(webinarId)).toBe(2);
  });

  it("keeps the time the form was first shown while a person fixes their mistakes", async () => {
    const webinarId = await newWebinar();
    const formShown = formShownStamp(webinarId, secondsAgo(10));
    const mistaken = (await post(webinarId, {
      ...person("fixing@example.org"),
      consent: "",
      formShown,
    })) as unknown as { data: { values: { formShown: string } } };
    expect(mistaken.data.values.formShown).toBe(formShown);
    const fixed = await post(webinarId, { ...person("fixing@example.org"), formShown });
    expect(fixed.init.status).toBe(200);
  });
});

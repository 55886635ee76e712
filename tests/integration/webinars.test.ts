import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import {
  inspections,
  outbox,
  rateLimits,
  webinarBookingLinks,
  webinarSignupRequests,
  webinarSignups,
  webinars,
} from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { deliverDue } from "~/mail/outbox.server";
import type { MailMessage, MailTransport } from "~/mail/outbox.server";
import { runRetention } from "~/server/jobs.server";
import { loadSettings } from "~/platform/settings.server";
import {
  action as signUpAction,
  loader as signUpLoader,
} from "~/routes/webinars.$token.$webinarId";
import { loader as listLoader } from "~/routes/webinars.$token._index";
import { action as bookingAction, loader as bookingLoader } from "~/routes/booking.$token._index";
import {
  cancelBooking,
  confirmSignUp,
  createWebinar,
  emailKey,
  findBooking,
  listWebinars,
  publicWebinars,
  requestSignUp,
  setCapacity,
  signUp,
} from "~/webinars/webinars.server";
import type { SignUpDetails } from "~/webinars/webinars.server";
import { createTestDatabase, databaseKind } from "./test-database";
import { today } from "../clock";
import { raced } from "../racing";

let handle: DatabaseHandle;
let inspectionId: string;
let webinarsToken: string;
const hour = 60 * 60_000;
const day = 24 * hour;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Westshire",
    notifiedOn: today(),
  });
  const [row] = await handle.db
    .select({ token: inspections.webinarsToken })
    .from(inspections)
    .where(eq(inspections.id, inspectionId));
  webinarsToken = row!.token;
});
afterAll(() => handle.close());

async function newWebinar(capacity: number, startsIn = 3 * day) {
  const startsAt = new Date(Date.now() + startsIn);
  return createWebinar(handle.db, {
    inspectionId,
    title: "Meet the inspectors",
    startsAt,
    endsAt: new Date(startsAt.getTime() + hour),
    capacity,
    audience: "both",
    host: "inspectors",
    joinUrl: "https://meet.example.org/secret-room",
  });
}

const person = (n: number, overrides: Partial<SignUpDetails> = {}): SignUpDetails => ({
  name: `Parent ${n}`,
  email: `parent${n}@example.org`,
  role: "parent",
  accessNeeds: { bsl: n % 3 === 0, captions: false, interpreter: false, breaks: false },
  language: "en",
  ...overrides,
});

const signupsOf = (webinarId: string) =>
  handle.db
    .select()
    .from(webinarSignups)
    .where(eq(webinarSignups.webinarId, webinarId))
    .orderBy(webinarSignups.seq);
const mailOf = (webinarId: string) =>
  handle.db.select().from(outbox).where(eq(outbox.webinarId, webinarId));

describe(`webinar sign-ups on ${databaseKind}`, () => {
  it(`gives exactly C places to N people signing up at once; the rest wait in order${raced}`, async () => {
    const capacity = 7;
    const webinarId = await newWebinar(capacity);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, n) => signUp(handle.db, webinarId, person(n))),
    );
    expect(results.filter((r) => r.outcome === "confirmed")).toHaveLength(capacity);
    expect(results.filter((r) => r.outcome === "waiting")).toHaveLength(30 - capacity);
    const rows = await signupsOf(webinarId);
    expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(capacity);
    // First come, first served: every place went to someone who arrived before anyone waiting.
    const lastConfirmed = Math.max(
      ...rows.filter((r) => r.status === "confirmed").map((r) => r.seq),
    );
    const firstWaiting = Math.min(...rows.filter((r) => r.status === "waiting").map((r) => r.seq));
    expect(lastConfirmed).toBeLessThan(firstWaiting);
    const listed = (await listWebinars(handle.db, inspectionId)).find(
      (w) => w.webinar.id === webinarId,
    );
    expect(listed).toMatchObject({ confirmed: capacity, waiting: 30 - capacity });
    const shown = (await publicWebinars(handle.db, webinarsToken))!.webinars.find(
      (w) => w.id === webinarId,
    );
    expect(shown?.placesLeft).toBe(0);
    // Each waiting person's email names their own place in the queue: 1, 2, 3 …
    const mail = await mailOf(webinarId);
    const positions = mail
      .filter((m) => m.kind === "waiting")
      .map((m) => Number(/number (\d+)/.exec(m.body!)![1]))
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 30 - capacity }, (_, i) => i + 1));
    expect(mail.filter((m) => m.kind === "confirmed")).toHaveLength(capacity);
    expect(mail.filter((m) => m.kind === "reminder")).toHaveLength(capacity);
    const confirmation = mail.find((m) => m.kind === "confirmed")!;
    expect(confirmation.calendar).toContain("BEGIN:VCALENDAR");
    expect(confirmation.body).toContain("https://meet.example.org/secret-room");
    // Stored with a mark for the site's address, which goes in when the message is sent.
    expect(confirmation.body).toMatch(
      /https:\/\/public-url\.send-voice\.invalid\/booking\/[\w-]{20,}/,
    );
    // The join link goes only to people with a place.
    expect(
      mail.filter((m) => m.kind === "waiting").some((m) => m.body!.includes("secret-room")),
    ).toBe(false);
  });

  it(`keeps one place for the same email, however it is typed and however fast${raced}`, async () => {
    const webinarId = await newWebinar(5);
    const results = await Promise.all(
      ["Sam@Example.org", "sam@example.org", " SAM@example.org "].map((email) =>
        signUp(handle.db, webinarId, person(1, { email })),
      ),
    );
    expect(results.filter((r) => r.outcome === "confirmed")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "duplicate")).toHaveLength(2);
    expect(await signupsOf(webinarId)).toHaveLength(1);
  });

  it("cancelling frees the place for the first person waiting, who is emailed", async () => {
    const webinarId = await newWebinar(2);
    const tokens: string[] = [];
    for (let n = 0; n < 4; n += 1) {
      const result = await signUp(handle.db, webinarId, person(n));
      if ("token" in result) tokens.push(result.token);
    }
    expect(await cancelBooking(handle.db, tokens[0]!)).toBe("cancelled");
    const rows = await signupsOf(webinarId);
    expect(rows.map((r) => r.status)).toEqual(["cancelled", "confirmed", "confirmed", "waiting"]);
    const mail = await mailOf(webinarId);
    const promoted = mail.filter((m) => m.kind === "promoted");
    expect(promoted.map((m) => m.to)).toEqual(["parent2@example.org"]);
    // Their unsent "you are on the waiting list" email is withdrawn: it would now be wrong.
    expect(
      mail
        .filter((m) => m.to === "parent2@example.org")
        .map((m) => m.kind)
        .sort(),
    ).toEqual(["promoted", "reminder"]);
    expect(promoted[0]!.body).toContain("secret-room");
    expect(promoted[0]!.calendar).toContain("BEGIN:VEVENT");
    // The promoted person's email carries a working link of its own.
    const link = /\/booking\/([\w-]+)/.exec(promoted[0]!.body!)![1]!;
    expect((await findBooking(handle.db, link))?.signup.email).toBe("parent2@example.org");
    // The canceller's unsent emails (here their confirmation and reminder) are withdrawn and
    // a cancellation is sent instead.
    const theirs = mail.filter((m) => m.signupId === rows[0]!.id);
    expect(theirs.map((m) => m.kind)).toEqual(["cancelled"]);
    // The last person moves up the queue.
    expect((await findBooking(handle.db, tokens[3]!))?.position).toBe(1);
    expect(await cancelBooking(handle.db, tokens[0]!)).toBe("already");
    expect(await cancelBooking(handle.db, "not-a-real-token-at-all-xx")).toBe("unknown");
  });

  it("adding places gives them to people waiting; places never go below those taken", async () => {
    const webinarId = await newWebinar(1);
    for (let n = 0; n < 3; n += 1) await signUp(handle.db, webinarId, person(n));
    expect(await setCapacity(handle.db, webinarId, 2)).toEqual({ ok: true, before: 1 });
    expect(await setCapacity(handle.db, webinarId, 1)).toEqual({ ok: false, taken: 2 });
    expect((await signupsOf(webinarId)).map((r) => r.status)).toEqual([
      "confirmed",
      "confirmed",
      "waiting",
    ]);
  });

  it("closes sign-up and cancelling once the webinar has started", async () => {
    const webinarId = await newWebinar(5, hour);
    const result = await signUp(handle.db, webinarId, person(1));
    const later = new Date(Date.now() + 2 * hour);
    expect(await signUp(handle.db, webinarId, person(2), { now: later })).toEqual({
      outcome: "closed",
    });
    expect(
      await cancelBooking(handle.db, (result as { token: string }).token, { now: later }),
    ).toBe("started");
  });
});

/** A mail service that fails the first `failures` times, then works. */
function flakyTransport(failures: number) {
  const sent: MailMessage[] = [];
  let calls = 0;
  const transport: MailTransport = {
    name: "flaky",
    async send(message) {
      calls += 1;
      if (calls <= failures) throw new Error("mail service down");
      sent.push(message);
    },
  };
  return { transport, sent, calls: () => calls };
}

describe(`the outbox on ${databaseKind}`, () => {
  it("sends exactly once through a transport that fails twice, backing off between tries", async () => {
    await handle.db.delete(outbox);
    const webinarId = await newWebinar(5, 10 * hour);
    await signUp(handle.db, webinarId, person(1));
    const { transport, sent, calls } = flakyTransport(2);
    let now = new Date();
    expect(await deliverDue(handle.db, transport, { now })).toEqual({ sent: 0, failed: 1 });
    // Straight away again: nothing is due, so the mail service is not hammered.
    expect(await deliverDue(handle.db, transport, { now })).toEqual({ sent: 0, failed: 0 });
    now = new Date(now.getTime() + 31_000);
    expect(await deliverDue(handle.db, transport, { now })).toEqual({ sent: 0, failed: 1 });
    now = new Date(now.getTime() + 61_000);
    expect(await deliverDue(handle.db, transport, { now })).toEqual({ sent: 1, failed: 0 });
    now = new Date(now.getTime() + 3_600_000);
    expect(await deliverDue(handle.db, transport, { now })).toEqual({ sent: 0, failed: 0 });
    expect(calls()).toBe(3);
    expect(sent.map((m) => m.subject)).toEqual(["You have a place: Meet the inspectors"]);
    expect(sent[0]!.calendar).toContain("BEGIN:VCALENDAR");
    const [row] = await handle.db.select().from(outbox).where(eq(outbox.id, sent[0]!.id));
    expect(row).toMatchObject({ attempts: 3, to: "", body: null, calendar: null });
    expect(row!.sentAt).not.toBeNull();
  });

  it("builds links from PUBLIC_URL as it is when sent, so a restart with the right one corrects them", async () => {
    await handle.db.delete(outbox);
    const webinarId = await newWebinar(5, 10 * hour);
    await signUp(handle.db, webinarId, person(1));
    await signUp(handle.db, webinarId, person(2));
    const { transport, sent } = flakyTransport(0);
    try {
      // Queued under one address; the server restarts with another before they are sent.
      loadSettings({ ...process.env, PUBLIC_URL: "https://send-voice.example.org" });
      expect(await deliverDue(handle.db, transport)).toEqual({ sent: 2, failed: 0 });
    } finally {
      loadSettings(process.env);
    }
    for (const message of sent) {
      expect(message.body).toMatch(/https:\/\/send-voice\.example\.org\/booking\/[\w-]{20,}/);
      expect(message.body).not.toContain("invalid");
      expect(message.body).not.toContain("localhost");
    }
  });

  it(`holds the reminder until 24 hours before, and two workers never send one message twice${raced}`, async () => {
    await handle.db.delete(outbox);
    const startsIn = 2 * day;
    const webinarId = await newWebinar(5, startsIn);
    await signUp(handle.db, webinarId, person(1));
    const { transport, sent } = flakyTransport(0);
    const now = new Date();
    await Promise.all([
      deliverDue(handle.db, transport, { now }),
      deliverDue(handle.db, transport, { now }),
    ]);
    expect(sent.map((m) => m.subject)).toEqual(["You have a place: Meet the inspectors"]);
    const dayBefore = new Date(now.getTime() + startsIn - day + 60_000);
    await Promise.all([
      deliverDue(handle.db, transport, { now: dayBefore }),
      deliverDue(handle.db, transport, { now: dayBefore }),
    ]);
    expect(sent.map((m) => m.subject)).toEqual([
      "You have a place: Meet the inspectors",
      "Reminder: Meet the inspectors is tomorrow",
    ]);
    expect(await handle.db.select().from(outbox).where(isNull(outbox.sentAt))).toHaveLength(0);
  });

  it("keeps a message with the worker sending it, whatever time that worker was given", async () => {
    // Workers given a time of day (the reminders' tests, a clock set ahead) once renewed their
    // claim by the real clock instead: a second worker at the given time then saw the claim as
    // run out, took the message mid-send and sent it again (seen on PostgreSQL with the clock
    // a year ahead). Here the second worker starts while the first is sending.
    await handle.db.delete(outbox);
    const webinarId = await newWebinar(5, 10 * day);
    await signUp(handle.db, webinarId, person(1));
    const later = new Date(Date.now() + 3 * day);
    const sent: MailMessage[] = [];
    let second: Promise<{ sent: number; failed: number }> | undefined;
    const transport: MailTransport = {
      name: "meanwhile",
      async send(message) {
        sent.push(message);
        if (second) return; // the second worker's own send, should it ever take the message
        second = deliverDue(handle.db, transport, { now: later });
        await second;
      },
    };
    expect(await deliverDue(handle.db, transport, { now: later })).toEqual({ sent: 1, failed: 0 });
    expect(await second).toEqual({ sent: 0, failed: 0 });
    expect(sent.map((m) => m.subject)).toEqual(["You have a place: Meet the inspectors"]);
  });
});

describe(`stale mail on ${databaseKind}`, () => {
  it("drops a reminder that could only go out after the webinar has started", async () => {
    await handle.db.delete(outbox);
    const webinarId = await newWebinar(5, 2 * day);
    await signUp(handle.db, webinarId, person(1));
    const { transport, sent } = flakyTransport(0);
    // The mail service was down until after the start: only the confirmation goes.
    const afterStart = new Date(Date.now() + 2 * day + hour);
    await deliverDue(handle.db, transport, { now: afterStart });
    expect(sent.map((m) => m.subject)).toEqual(["You have a place: Meet the inspectors"]);
    expect(await handle.db.select().from(outbox).where(isNull(outbox.sentAt))).toHaveLength(0);
  });
});

describe(`webinar retention on ${databaseKind}`, () => {
  it("deletes sign-ups, links and mail 30 days after a webinar, and nothing else", async () => {
    const old = await newWebinar(3, -31 * day);
    const recent = await newWebinar(3, -29 * day);
    // Sign-ups made before each webinar (signing up is closed afterwards).
    const before = (webinarStart: number) => ({
      now: new Date(Date.now() + webinarStart - day),
    });
    await signUp(handle.db, old, person(1), before(-31 * day));
    await signUp(handle.db, recent, person(2), before(-29 * day));
    const upcoming = await newWebinar(3);
    await signUp(handle.db, upcoming, person(3));
    const countsBefore = {
      signups: (await handle.db.select().from(webinarSignups)).length,
      links: (await handle.db.select().from(webinarBookingLinks)).length,
    };
    const result = await runRetention(handle.db);
    expect(result.signups).toBe(1);
    expect(await signupsOf(old)).toHaveLength(0);
    expect(await mailOf(old)).toHaveLength(0);
    expect(await signupsOf(recent)).toHaveLength(1);
    expect((await mailOf(recent)).length).toBeGreaterThan(0);
    expect(await signupsOf(upcoming)).toHaveLength(1);
    expect((await handle.db.select().from(webinarSignups)).length).toBe(countsBefore.signups - 1);
    expect((await handle.db.select().from(webinarBookingLinks)).length).toBe(
      countsBefore.links - 1,
    );
    // The webinar itself stays on the inspection's record.
    expect(await handle.db.select().from(webinars).where(eq(webinars.id, old))).toHaveLength(1);
    expect((await runRetention(handle.db)).signups).toBe(0);
  });
});

const routeArgs = (
  path: string,
  params: Record<string, string>,
  body?: Record<string, string | string[]>,
) => {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body ?? {}))
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return {
    request: new Request(`http://localhost${path}`, {
      method: body ? "POST" : "GET",
      headers: body ? { "Content-Type": "application/x-www-form-urlencoded" } : {},
      body: body ? form.toString() : undefined,
    }),
    params,
    // Each request its own client, so the per-client sign-up limit is not what a test meets.
    context: { cspNonce: "", clientKey: randomUUID() },
  };
};
const dataOf = (result: unknown) => (result as { data: unknown }).data;
/** The token in an email's booking link. */
const linkIn = (body: string) => /\/booking\/([\w-]+)/.exec(body)![1]!;
const signUpForm = (email: string, overrides: Record<string, string | string[]> = {}) => ({
  name: "Someone",
  email,
  role: "parent",
  consent: "yes",
  ...overrides,
});
async function settle(promise: Promise<unknown>) {
  try {
    return await promise;
  } catch (thrown) {
    return thrown;
  }
}
const statusOf = (result: unknown) =>
  result instanceof Response
    ? result.status
    : (result as { init?: { status?: number } })?.init?.status;

describe(`webinar pages on ${databaseKind}`, () => {
  it("lists upcoming webinars publicly without their join links", async () => {
    const webinarId = await newWebinar(4);
    const page = await listLoader(
      routeArgs(`/webinars/${webinarsToken}`, { token: webinarsToken }),
    );
    expect(JSON.stringify(page)).not.toContain("secret-room");
    expect(JSON.stringify(page)).toContain(webinarId);
    const form = await signUpLoader(
      routeArgs(`/webinars/${webinarsToken}/${webinarId}`, { token: webinarsToken, webinarId }),
    );
    expect(JSON.stringify(form)).not.toContain("secret-room");
    expect(statusOf(await settle(listLoader(routeArgs("/webinars/nope", { token: "nope" }))))).toBe(
      404,
    );
  });

  it("answers a bad sign-up with 400 and the person's words, storing nothing", async () => {
    const webinarId = await newWebinar(4);
    const params = { token: webinarsToken, webinarId };
    const result = (await signUpAction(
      routeArgs(`/webinars/${webinarsToken}/${webinarId}`, params, {
        name: "Asha",
        email: "not-an-email",
        needs: ["interpreter"],
        question: "When will we hear?",
      }),
    )) as unknown as {
      data: { errors: Record<string, string>; values: { question: string } };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(Object.keys(result.data.errors).sort()).toEqual([
      "consent",
      "email",
      "interpreterLanguage",
      "role",
    ]);
    expect(result.data.errors.email).toMatch(/correct format/);
    expect(result.data.values.question).toBe("When will we hear?");
    expect(await signupsOf(webinarId)).toHaveLength(0);
    // One address, not a list or "Name <address>": one place per mailbox.
    for (const email of ["x<asha@example.org>", "asha@example.org,ben@example.org"]) {
      const list = (await signUpAction(
        routeArgs(`/webinars/${webinarsToken}/${webinarId}`, params, {
          name: "Asha",
          email,
          role: "parent",
          consent: "yes",
        }),
      )) as unknown as { data: { errors: Record<string, string> } };
      expect(Object.keys(list.data.errors)).toEqual(["email"]);
    }
    // A made-up need or role is refused too, not stored.
    const odd = await signUpAction(
      routeArgs(`/webinars/${webinarsToken}/${webinarId}`, params, {
        name: "Asha",
        email: "asha@example.org",
        role: "admin",
        needs: ["<script>"],
        consent: "yes",
      }),
    );
    expect(statusOf(odd)).toBe(400);
    expect(await signupsOf(webinarId)).toHaveLength(0);
  });

  it("signs up, confirms from the email, shows the booking, and cancels only on a button press", async () => {
    const webinarId = await newWebinar(4);
    const params = { token: webinarsToken, webinarId };
    const answer = await signUpAction(
      routeArgs(`/webinars/${webinarsToken}/${webinarId}`, params, {
        name: "Asha",
        email: "asha@example.org",
        role: "parent",
        needs: ["bsl", "interpreter"],
        interpreterLanguage: "Somali",
        consent: "yes",
      }),
    );
    expect(statusOf(answer)).toBe(200);
    expect(dataOf(answer)).toMatchObject({ sent: { email: "asha@example.org" } });
    // Nothing is taken until the address's owner confirms from the email.
    expect(await signupsOf(webinarId)).toHaveLength(0);
    const [email] = await mailOf(webinarId);
    expect(email).toMatchObject({ kind: "confirm", to: "asha@example.org", signupId: null });
    expect(email!.subject).toBe("Confirm your place: Meet the inspectors");
    expect(email!.calendar).toBeNull();
    expect(email!.body).not.toContain("secret-room");
    const token = linkIn(email!.body!);
    const location = `/booking/${token}`;
    const before = (await bookingLoader(routeArgs(location, { token }))) as {
      found: string;
      name: string;
      needs: string[];
    };
    expect(before).toMatchObject({ found: "request", name: "Asha" });
    expect(before.needs).toContain("An interpreter for another spoken language: Somali");
    // Opening the link (as a mail scanner might) takes no place; the button does.
    expect(await signupsOf(webinarId)).toHaveLength(0);
    const confirmed = (await bookingAction(
      routeArgs(location, { token }, { intent: "confirm" }),
    )) as Response;
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("Location")).toBe(location);
    const page = (await bookingLoader(routeArgs(location, { token }))) as {
      status: string;
      joinUrl?: string;
      needs: string[];
    };
    expect(page.status).toBe("confirmed");
    expect(page.joinUrl).toBe("https://meet.example.org/secret-room");
    expect(page.needs).toContain("An interpreter for another spoken language: Somali");
    const place = (await mailOf(webinarId)).find((m) => m.kind === "confirmed")!;
    expect(place.body).toContain(location);
    expect(place.calendar).toContain("BEGIN:VEVENT");
    // Pressed again (a second tab): still one place, and the page shows it.
    const again = await bookingAction(routeArgs(location, { token }, { intent: "confirm" }));
    expect(statusOf(again)).toBe(302);
    expect(await signupsOf(webinarId)).toHaveLength(1);
    expect((await signupsOf(webinarId))[0]!.status).toBe("confirmed");
    await bookingAction(routeArgs(location, { token }, { intent: "cancel" }));
    const [row] = await handle.db
      .select()
      .from(webinarSignups)
      .where(and(eq(webinarSignups.webinarId, webinarId)));
    expect(row!.status).toBe("cancelled");
    const unknown = await bookingLoader(routeArgs("/booking/x", { token: "x".repeat(24) }));
    expect(statusOf(unknown)).toBe(404);
    const unknownPress = await settle(
      bookingAction(routeArgs("/booking/x", { token: "x".repeat(24) }, { intent: "confirm" })),
    );
    expect(statusOf(unknownPress)).toBe(404);
  });

  it.each([
    ["no mail service (PostgreSQL, nothing set)", { DATABASE_URL: "postgres://db/x" }, false],
    ["MAIL_TRANSPORT=none", { MAIL_TRANSPORT: "none" }, false],
    ["GOV.UK Notify", { NOTIFY_API_KEY: "key", NOTIFY_TEMPLATE_ID: "template" }, true],
    ["SMTP", { SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "no-reply@example.org" }, true],
    ["the demo's mailbox", { DEMO: "1" }, true],
  ])("says the email was sent only when it was: %s", async (_, mail, sent) => {
    const webinarId = await newWebinar(4);
    const params = { token: webinarsToken, webinarId };
    try {
      loadSettings({ PUBLIC_URL: "http://localhost", SIGNUP_MIN_SECONDS: "0", ...mail });
      const answer = await signUpAction(
        routeArgs(`/webinars/${webinarsToken}/${webinarId}`, params, signUpForm("p40@example.org")),
      );
      expect(dataOf(answer)).toEqual({ sent: { email: "p40@example.org", emailSent: sent } });
    } finally {
      loadSettings(process.env);
    }
  });
});

describe(`whether an address is booked stays with its owner, on ${databaseKind}`, () => {
  /** Everything the person who typed an address can see of a sign-up, and of the pages after. */
  async function whatTheTyperSees(webinarId: string, email: string) {
    const params = { token: webinarsToken, webinarId };
    const path = `/webinars/${webinarsToken}/${webinarId}`;
    const answer = await signUpAction(routeArgs(path, params, signUpForm(email)));
    return JSON.stringify({
      status: statusOf(answer),
      answer: dataOf(answer),
      // Every showing of the form is signed with its own time (bot-check.server.ts).
      signUpPage: { ...(await signUpLoader(routeArgs(path, params))), formShown: "TIME" },
      list: await listLoader(routeArgs(`/webinars/${webinarsToken}`, { token: webinarsToken })),
    });
  }
  const newestTo = async (webinarId: string, to: string) =>
    (await mailOf(webinarId))
      .filter((m) => m.to === to)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;

  it.each([
    ["has a place", 3],
    ["is on the waiting list", 1],
  ])(
    "answers a sign-up alike whether or not the address %s, and only its email differs",
    async (_, capacity) => {
      const webinarId = await newWebinar(capacity);
      // Places taken and people waiting, so "full" and waiting positions are in play.
      await signUp(handle.db, webinarId, person(1));
      await signUp(handle.db, webinarId, person(2));
      const booked = "Booked.Parent@example.org";
      const placed = await signUp(handle.db, webinarId, person(3, { email: booked }));
      expect(placed.outcome).toBe(capacity === 3 ? "confirmed" : "waiting");
      const placesBefore = await signupsOf(webinarId);

      // The booked address as a prober would type it, and one nobody has used.
      const known = "booked.parent@example.org";
      const unknown = "someone.else@example.org";
      const unknownSees = await whatTheTyperSees(webinarId, unknown);
      const knownSees = await whatTheTyperSees(webinarId, known);
      expect(knownSees.replaceAll(known, "ADDRESS")).toBe(
        unknownSees.replaceAll(unknown, "ADDRESS"),
      );
      // Nobody's sign-up took a place or a place in the queue: no count moved.
      expect(await signupsOf(webinarId)).toEqual(placesBefore);

      const toUnknown = await newestTo(webinarId, unknown);
      const toKnown = await newestTo(webinarId, booked);
      expect(toUnknown.kind).toBe("confirm");
      expect(toKnown.kind).toBe("already");
      expect(toKnown.subject).toBe("You had already signed up: Meet the inspectors");
      // The known address hears what it already has, under the name it signed up with.
      expect(toKnown.body).toContain("Dear Parent 3,");
      if (capacity === 3) {
        expect(toKnown.body).toContain("You already have a place");
        expect(toKnown.body).toContain("secret-room");
        expect(toKnown.calendar).toContain("BEGIN:VEVENT");
      } else {
        expect(toKnown.body).toContain("on the waiting list, number 2");
        expect(toKnown.body).not.toContain("secret-room");
        expect(toKnown.calendar).toBeNull();
      }
      // Its link opens the existing booking.
      const booking = await findBooking(handle.db, linkIn(toKnown.body!));
      expect(booking?.signup.id).toBe(placesBefore.find((p) => p.emailKey === emailKey(known))!.id);
      expect(toUnknown.body).not.toContain("secret-room");
    },
  );

  it("answers alike for an address whose booking was cancelled, and for one waiting to confirm", async () => {
    const webinarId = await newWebinar(5);
    const cancelled = await signUp(handle.db, webinarId, person(7));
    await cancelBooking(handle.db, (cancelled as { token: string }).token);
    await requestSignUp(handle.db, webinarId, person(8));
    const first = await whatTheTyperSees(webinarId, "parent7@example.org");
    const second = await whatTheTyperSees(webinarId, "parent8@example.org");
    const fresh = await whatTheTyperSees(webinarId, "parent9@example.org");
    expect(first.replaceAll("parent7", "p")).toBe(fresh.replaceAll("parent9", "p"));
    expect(second.replaceAll("parent8", "p")).toBe(fresh.replaceAll("parent9", "p"));
    // Neither has a place now, so each is asked to confirm again.
    for (const to of ["parent7@example.org", "parent8@example.org"])
      expect((await newestTo(webinarId, to)).kind).toBe("confirm");
  });

  // Timed, so a busy machine can slow one side's every run: tried up to three times. A real
  // extra step on one side is there in every try, so it still fails.
  it("spends about the same time on a known and an unknown address", { retry: 2 }, async () => {
    // Both ways write one link and one email in one transaction. Timed only coarsely, as a
    // guard against one way gaining or losing a step: the quickest of 24 interleaved runs
    // each way (the least disturbed by other work on the machine), within 60% of each other.
    const runs = 24;
    // A webinar of its own each try, so a retry's addresses are as new as the first try's.
    const webinarId = await newWebinar(50);
    // Each address once: an address is emailed at most three times a day (tested below).
    for (let i = 0; i < runs; i += 1) await signUp(handle.db, webinarId, person(100 + i));
    const params = { token: webinarsToken, webinarId };
    const path = `/webinars/${webinarsToken}/${webinarId}`;
    const time = async (email: string) => {
      const started = performance.now();
      await signUpAction(routeArgs(path, params, signUpForm(email)));
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      known.push(await time(`parent${100 + i}@example.org`));
      unknown.push(await time(`new${i}@example.org`));
    }
    const [k, u] = [Math.min(...known), Math.min(...unknown)];
    expect(Math.max(k, u) / Math.min(k, u), `quickest ${k} ms and ${u} ms`).toBeLessThan(1.6);
  });

  it("emails one address at most three times a day, answering alike after that", async () => {
    const webinarId = await newWebinar(5);
    const day = new Date();
    const typed = ["victim@example.org", "Victim@Example.org ", "VICTIM@example.org"];
    const answers: string[] = [];
    for (let i = 0; i < 6; i += 1)
      answers.push(
        await whatTheTyperSees(webinarId, typed[i % typed.length]!.trim().toLowerCase()),
      );
    // The same words each time, and the person's own address back: nothing says a cap was met.
    expect(new Set(answers).size).toBe(1);
    const toVictim = (await mailOf(webinarId)).filter(
      (m) => m.to.toLowerCase() === "victim@example.org",
    );
    expect(toVictim).toHaveLength(3);
    // However the address is typed, it is the same address.
    for (const email of typed)
      await requestSignUp(handle.db, webinarId, person(0, { email: email.trim() }), { now: day });
    expect(
      (await mailOf(webinarId)).filter((m) => m.to.toLowerCase() === "victim@example.org"),
    ).toHaveLength(3);
    // Another address is not held back, and the next day the address can be emailed again.
    await requestSignUp(handle.db, webinarId, person(31));
    expect((await mailOf(webinarId)).filter((m) => m.to === "parent31@example.org")).toHaveLength(
      1,
    );
    const tomorrow = new Date(day.getTime() + 25 * 60 * 60_000);
    await requestSignUp(handle.db, webinarId, person(0, { email: "victim@example.org" }), {
      now: tomorrow,
    });
    expect(
      (await mailOf(webinarId)).filter((m) => m.to.toLowerCase() === "victim@example.org"),
    ).toHaveLength(4);
    // The hourly sweep deletes counts long out of their window, and no others.
    const keys = async () =>
      (await handle.db.select().from(rateLimits)).filter((r) =>
        r.key.startsWith(`webinar-email:${webinarId}:`),
      );
    expect(await keys()).toHaveLength(2);
    await runRetention(handle.db, new Date(tomorrow.getTime() + 60 * 60_000));
    expect(await keys()).toHaveLength(2);
    await runRetention(handle.db, new Date(tomorrow.getTime() + 3 * 24 * 60 * 60_000));
    expect(await keys()).toHaveLength(0);
  });
});

describe(`confirming a sign-up on ${databaseKind}`, () => {
  const requestedToken = async (webinarId: string, email: string) => {
    await requestSignUp(handle.db, webinarId, person(0, { email }));
    const mail = (await mailOf(webinarId)).filter((m) => m.to === email && m.kind === "confirm");
    return linkIn(mail.at(-1)!.body!);
  };

  it(`takes a place only when confirmed, in the order people confirm, and one per address${raced}`, async () => {
    const webinarId = await newWebinar(1);
    const early = await requestedToken(webinarId, "early@example.org");
    const late = await requestedToken(webinarId, "late@example.org");
    expect(await signupsOf(webinarId)).toHaveLength(0);
    expect(await confirmSignUp(handle.db, late)).toBe("confirmed");
    expect(await confirmSignUp(handle.db, early)).toBe("waiting");
    expect((await findBooking(handle.db, early))?.position).toBe(1);
    // Two requests for one address, both confirmed: one place, and both links show it.
    const one = await requestedToken(webinarId, "twice@example.org");
    const two = await requestedToken(webinarId, "TWICE@example.org");
    const results = await Promise.all([
      confirmSignUp(handle.db, one),
      confirmSignUp(handle.db, two),
    ]);
    expect(results.sort()).toEqual(["already", "waiting"]);
    expect(
      (await signupsOf(webinarId)).filter((s) => s.emailKey === "twice@example.org"),
    ).toHaveLength(1);
    expect((await findBooking(handle.db, one))?.signup.id).toBe(
      (await findBooking(handle.db, two))?.signup.id,
    );
    expect(await confirmSignUp(handle.db, one)).toBe("unknown");
  });

  it("lets a link work for a week and not once the webinar has started; the sweep deletes the rest", async () => {
    const soon = await newWebinar(5, 3 * hour);
    const later = await newWebinar(5, 20 * day);
    const startsSoon = await requestedToken(soon, "soon@example.org");
    const oldRequest = await requestedToken(later, "old@example.org");
    const weekOn = new Date(Date.now() + 7 * day + hour);
    expect(await confirmSignUp(handle.db, oldRequest, { now: weekOn })).toBe("unknown");
    const started = new Date(Date.now() + 4 * hour);
    expect(await confirmSignUp(handle.db, startsSoon, { now: started })).toBe("started");
    // The "confirm" email is not sent once its link no longer works.
    const confirmMail = (await mailOf(soon)).find((m) => m.kind === "confirm")!;
    expect(confirmMail.expiresAt?.getTime()).toBeLessThanOrEqual(Date.now() + 3 * hour);
    await requestedToken(later, "kept@example.org");
    const requestsOf = (webinarId: string) =>
      handle.db
        .select()
        .from(webinarSignupRequests)
        .where(eq(webinarSignupRequests.webinarId, webinarId));
    await runRetention(handle.db, started);
    expect(await requestsOf(soon)).toHaveLength(0);
    expect(await requestsOf(later)).toHaveLength(2);
    await runRetention(handle.db, weekOn);
    expect(await requestsOf(later)).toHaveLength(0);
    expect(await signupsOf(later)).toHaveLength(0);
  });
});

describe(`one-line fields on ${databaseKind}`, () => {
  const breaks = {
    "a line feed": "\n",
    "a carriage return": "\r",
    both: "\r\n",
    "a line separator (U+2028)": "\u2028",
    "a paragraph separator (U+2029)": "\u2029",
    "a next-line (U+0085)": "\u0085",
    "a tab": "\t",
    "a NUL": "\u0000",
    "an escape": "\u001b",
  };

  it.each(Object.entries(breaks))(
    "refuses a name, an address or a language holding %s with 400, and stores nothing",
    async (_, character) => {
      const webinarId = await newWebinar(4);
      const params = { token: webinarsToken, webinarId };
      const path = `/webinars/${webinarsToken}/${webinarId}`;
      const post = (form: Record<string, string | string[]>) =>
        signUpAction(routeArgs(path, params, form));
      const forged = `Asha${character}Your place is cancelled: https://evil.example`;
      const answers = [
        await post(signUpForm("asha@example.org", { name: forged })),
        await post(signUpForm("asha@example.org", { name: `Asha${character}` })),
        await post(signUpForm(`asha${character}@example.org`)),
        await post(
          signUpForm("asha@example.org", {
            needs: ["interpreter"],
            interpreterLanguage: `Somali${character}`,
          }),
        ),
      ];
      for (const answer of answers) expect(statusOf(answer)).toBe(400);
      const errors = answers.map(
        (answer) => (dataOf(answer) as { errors: Record<string, string> }).errors,
      );
      expect(errors[0]).toEqual({
        name: "Enter your name on one line, without line breaks or hidden characters",
      });
      expect(errors[1]).toEqual(errors[0]);
      expect(errors[2]).toEqual({
        email: "Enter an email address in the correct format, like name@example.com",
      });
      expect(errors[3]).toEqual({
        interpreterLanguage:
          "Enter the language on one line, without line breaks or hidden characters",
      });
      // What was typed comes back to be put right.
      expect((dataOf(answers[0]) as { values: { name: string } }).values.name).toBe(forged);
      expect(await signupsOf(webinarId)).toHaveLength(0);
      expect(await mailOf(webinarId)).toHaveLength(0);
      expect(
        await handle.db
          .select()
          .from(webinarSignupRequests)
          .where(eq(webinarSignupRequests.webinarId, webinarId)),
      ).toHaveLength(0);
    },
  );

  it("keeps line breaks in the text boxes, but refuses other control characters there", async () => {
    const webinarId = await newWebinar(4);
    const params = { token: webinarsToken, webinarId };
    const path = `/webinars/${webinarsToken}/${webinarId}`;
    const refused = await signUpAction(
      routeArgs(path, params, signUpForm("box@example.org", { question: "Why?\u0007" })),
    );
    expect(statusOf(refused)).toBe(400);
    expect((dataOf(refused) as { errors: Record<string, string> }).errors).toEqual({
      question: expect.stringMatching(/^Remove the hidden characters/),
    });
    const kept = await signUpAction(
      routeArgs(
        path,
        params,
        signUpForm("box@example.org", { question: "First line.\r\nSecond line.\tTabbed." }),
      ),
    );
    expect(statusOf(kept)).toBe(200);
    const [request] = await handle.db
      .select()
      .from(webinarSignupRequests)
      .where(eq(webinarSignupRequests.webinarId, webinarId));
    expect(request!.question).toBe("First line.\r\nSecond line.\tTabbed.");
  });
});

describe(`webinar emails' words on ${databaseKind}`, () => {
  it("says a webinar's date once when it ends the day it starts, and both dates when not", async () => {
    // At six in the evening, whatever the time the test runs: an hour from 23:30 would end
    // the next day (the test failed when run after 23:00).
    const evening = new Date(Date.now() + 3 * day);
    evening.setUTCHours(18, 0, 0, 0);
    const sameDay = await newWebinar(5, evening.getTime() - Date.now());
    await signUp(handle.db, sameDay, person(1));
    const [place] = (await mailOf(sameDay)).filter((m) => m.kind === "confirmed");
    const when = /When: (.*)\./.exec(place!.body!)![1]!;
    // "Tuesday 1 December 2026 at 18:00 to 19:00 (UK time)": the year once.
    expect(when.match(/\b20\d\d\b/g)).toHaveLength(1);
    expect(when).toMatch(/ to \d{1,2}:\d\d\s*(am|pm)? \(UK time\)$/i);
    const startsAt = new Date(Date.now() + 3 * day);
    const overnight = await createWebinar(handle.db, {
      inspectionId,
      title: "Overnight",
      startsAt,
      endsAt: new Date(startsAt.getTime() + day),
      capacity: 5,
      audience: "both",
      host: "inspectors",
      joinUrl: "https://meet.example.org/overnight",
    });
    await signUp(handle.db, overnight, person(1));
    const [late] = (await mailOf(overnight)).filter((m) => m.kind === "confirmed");
    expect(/When: (.*)\./.exec(late!.body!)![1]!.match(/\b20\d\d\b/g)).toHaveLength(2);
  });
});

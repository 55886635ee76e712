import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { rowsOf } from "~db/client.server";
import {
  auditLog,
  outbox,
  users,
  webinarFeedback,
  webinarFeedbackLinks,
  webinarFollowUps,
  webinarSignups,
} from "~db/schema";
import { startSession } from "~/auth/session.server";
import { createInspection } from "~/inspections/inspections.server";
import { deleteInspectionData } from "~/inspections/retention.server";
import { parseSettings } from "~/platform/settings.server";
import {
  concernsToRead,
  hasOpenConcerns,
  openConcernCount,
  recordConcernDecision,
} from "~/safeguarding/concerns.server";
import { useDatabase } from "~/platform/db.server";
import { sha256 } from "~/platform/random.server";
import { deliverDue } from "~/mail/outbox.server";
import type { MailMessage } from "~/mail/outbox.server";
import { runRetention } from "~/server/jobs.server";
import {
  action as followUpAction,
  loader as followUpLoader,
} from "~/routes/inspections.$inspectionId.webinars.$webinarId.follow-up";
import { action as feedbackAction } from "~/routes/webinar-feedback.$token";
import { webinarFeedbackSummary } from "~/summary/webinar-feedback.server";
import { findFeedbackLink, giveFeedback } from "~/webinars/feedback.server";
import { cancelWebinar } from "~/webinars/changes.server";
import { followUpSchema, sendFollowUp } from "~/webinars/follow-up.server";
import { markAttendance, scheduleWebinar } from "~/webinars/manage.server";
import type { WebinarWork } from "~/webinars/manage.server";
import { cancelBooking, signUp } from "~/webinars/webinars.server";
import { today } from "../clock";
import { feedbackGiven } from "./feedback-given";
import { routeStatus } from "./route-status";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * After a webinar (#22): the follow-up goes once, only to the people ticked as having come,
 * each in their own language; its feedback links work once and are stored hashed; the
 * feedback kept holds no trace of who gave it, its free text redacted; and the team sees it
 * suppressed as survey figures are.
 */
let handle: DatabaseHandle;
let inspectorId: string;
let inspectionId: string;
const hour = 60 * 60_000;
const none = { bsl: false, captions: false, interpreter: false, breaks: false };

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const [row] = await handle.db
    .insert(users)
    .values({ email: "host@feedback.test", name: "Host", passwordHash: "-", role: "inspector" })
    .returning({ id: users.id });
  inspectorId = row!.id;
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Feedbackshire",
    notifiedOn: today(),
    team: [{ userId: inspectorId, role: "lead" }],
  });
});
afterAll(() => handle.close());

/**
 * A webinar that started `startedHoursAgo` hours ago (an hour long), with `people` signed up
 * before it started; the first `came` of those with a place are ticked as having come.
 */
async function webinarAfter(options: {
  people: number;
  came: number;
  capacity?: number;
  startedHoursAgo?: number;
}) {
  const startsAt = new Date(Date.now() - (options.startedHoursAgo ?? 3) * hour);
  const webinarId = await scheduleWebinar(handle.db, inspectorId, {
    inspectionId,
    title: "Meet the inspectors",
    startsAt,
    endsAt: new Date(startsAt.getTime() + hour),
    capacity: options.capacity ?? options.people,
    audience: "both",
    host: "inspectors",
    joinUrl: "https://meet.example.org/room",
  });
  const signedUpAt = new Date(startsAt.getTime() - 48 * hour);
  const tokens: string[] = [];
  for (let n = 0; n < options.people; n += 1) {
    const result = await signUp(
      handle.db,
      webinarId,
      {
        name: `Parent ${n}`,
        email: `parent${n}.${webinarId}@example.org`,
        role: "parent",
        accessNeeds: none,
        language: n === 0 ? "pl" : "en",
      },
      { now: signedUpAt },
    );
    if ("token" in result) tokens.push(result.token);
  }
  const people = await handle.db
    .select()
    .from(webinarSignups)
    .where(and(eq(webinarSignups.webinarId, webinarId), eq(webinarSignups.status, "confirmed")))
    .orderBy(webinarSignups.seq);
  const work: WebinarWork = { inspectorId, inspectionId, webinarId };
  await markAttendance(
    handle.db,
    work,
    people.slice(0, options.came).map((p) => p.id),
  );
  return { work, people, tokens };
}

const followUps = (webinarId: string) =>
  handle.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.webinarId, webinarId), eq(outbox.kind, "follow_up")));

/** The feedback link in an email's body. */
const linkIn = (body: string | null) => /\/webinar-feedback\/([\w-]+)\?lng=/.exec(body ?? "")![1]!;

async function feedbackFrom(webinarId: string) {
  return handle.db.select().from(webinarFeedback).where(eq(webinarFeedback.webinarId, webinarId));
}

describe(`the webinar follow-up on ${databaseKind}`, () => {
  it("emails only the people ticked as having come, once, each in their own language", async () => {
    const { work, people } = await webinarAfter({ people: 4, came: 2, capacity: 3 });
    expect(people).toHaveLength(3);
    const notes = "https://example.org/slides.pdf";
    expect(await sendFollowUp(handle.db, work, notes)).toEqual({ ok: true, sentTo: 2 });
    const sent = await followUps(work.webinarId);
    expect(sent.map((m) => m.to).sort()).toEqual([people[0]!.email, people[1]!.email].sort());
    expect(sent.map((m) => m.signupId).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
    for (const message of sent) {
      expect(message.body).toContain(notes);
      expect(message.body).toMatch(/\/webinar-feedback\/[\w-]{20,40}\?lng=(en|pl)/);
    }
    // Parent 0 signed up in Polish.
    const polish = sent.find((m) => m.to === people[0]!.email)!;
    expect(polish.subject).toBe("Dziękujemy za udział: Meet the inspectors");
    expect(polish.body).toContain("?lng=pl");
    const english = sent.find((m) => m.to === people[1]!.email)!;
    expect(english.subject).toBe("Thank you for coming: Meet the inspectors");

    // Again, or two at once: nothing more.
    const again = await Promise.all([
      sendFollowUp(handle.db, work, notes),
      sendFollowUp(handle.db, work, null),
    ]);
    expect(again).toEqual([
      { ok: false, reason: "alreadySent" },
      { ok: false, reason: "alreadySent" },
    ]);
    expect(await followUps(work.webinarId)).toHaveLength(2);
    const links = await handle.db
      .select()
      .from(webinarFeedbackLinks)
      .where(eq(webinarFeedbackLinks.webinarId, work.webinarId));
    expect(links).toHaveLength(2);
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "webinar_followed_up"), eq(auditLog.inspectionId, inspectionId)),
      );
    expect(entry!.detail).toEqual({ webinarId: work.webinarId, sentTo: 2, notes: true });
  });

  it("sends nothing before the webinar ends, nor when nobody is ticked, and can send later", async () => {
    const running = await webinarAfter({ people: 2, came: 2, startedHoursAgo: 0.5 });
    expect(await sendFollowUp(handle.db, running.work, null)).toEqual({
      ok: false,
      reason: "notEnded",
    });
    const nobody = await webinarAfter({ people: 2, came: 0 });
    expect(await sendFollowUp(handle.db, nobody.work, null)).toEqual({
      ok: false,
      reason: "nobodyCame",
    });
    for (const { work } of [running, nobody]) {
      expect(await followUps(work.webinarId)).toHaveLength(0);
      const rows = await handle.db
        .select()
        .from(webinarFollowUps)
        .where(eq(webinarFollowUps.webinarId, work.webinarId));
      expect(rows).toHaveLength(0);
    }
    await markAttendance(handle.db, nobody.work, [nobody.people[0]!.id]);
    expect(await sendFollowUp(handle.db, nobody.work, null)).toEqual({ ok: true, sentTo: 1 });
    expect((await followUps(nobody.work.webinarId))[0]!.body).not.toContain("slides");
  });

  it("a cancelled booking gets nothing, even if once ticked", async () => {
    const { work, people, tokens } = await webinarAfter({
      people: 2,
      came: 0,
      startedHoursAgo: -48,
    });
    // Not started yet: cancel one, then move the webinar's clock on by ticking after it ends.
    expect(await cancelBooking(handle.db, tokens[1]!)).toBe("cancelled");
    await markAttendance(
      handle.db,
      work,
      people.map((p) => p.id),
    );
    const after = new Date(Date.now() + 72 * hour);
    expect(await sendFollowUp(handle.db, work, null, after)).toEqual({ ok: true, sentTo: 1 });
    expect((await followUps(work.webinarId)).map((m) => m.to)).toEqual([people[0]!.email]);
  });

  it("refuses to follow up a cancelled webinar, with words, and its page offers no form", async () => {
    const { work, people } = await webinarAfter({ people: 2, came: 0, startedHoursAgo: -48 });
    expect(await cancelWebinar(handle.db, work)).toBe("cancelled");
    // Ticked anyway, and looked at after the time it would have ended.
    await markAttendance(
      handle.db,
      work,
      people.map((p) => p.id),
    );
    const after = new Date(Date.now() + 72 * hour);
    expect(await sendFollowUp(handle.db, work, null, after)).toEqual({
      ok: false,
      reason: "cancelled",
    });
    const cookie = (await startSession(inspectorId)).split(";")[0]!;
    const path = `/inspections/${inspectionId}/webinars/${work.webinarId}/follow-up`;
    const params = { inspectionId, webinarId: work.webinarId };
    const headers = { Cookie: cookie, "Accept-Language": "en" };
    const page = await followUpLoader({
      request: new Request(`http://localhost${path}`, { headers }),
      params,
      context: { cspNonce: "" },
    });
    expect(page.view).toMatchObject({ cancelled: true, sent: null });
    const refused = (await followUpAction({
      request: new Request(`http://localhost${path}`, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
        body: "intent=send&notesUrl=",
      }),
      params,
      context: { cspNonce: "" },
    })) as unknown as { data: { refused: string }; init: { status: number } };
    expect(refused.init.status).toBe(409);
    expect(refused.data.refused).toBe(
      "This webinar was cancelled, so there is no follow-up to send: nobody came to it, and nobody is emailed.",
    );
    expect(await followUps(work.webinarId)).toHaveLength(0);
    const rows = await handle.db
      .select()
      .from(webinarFollowUps)
      .where(eq(webinarFollowUps.webinarId, work.webinarId));
    expect(rows).toHaveLength(0);
  });

  it("once sent, the outbox keeps neither the feedback link nor the address; unsent, both go with the sign-ups", async () => {
    const { work, people } = await webinarAfter({ people: 2, came: 2 });
    await sendFollowUp(handle.db, work, null);
    const waiting = await followUps(work.webinarId);
    expect(waiting.map((m) => m.to).sort()).toEqual(people.map((p) => p.email).sort());
    for (const message of waiting) expect(message.body).toMatch(/\/webinar-feedback\//);
    const sent: MailMessage[] = [];
    const transport = { name: "test", send: async (m: MailMessage) => void sent.push(m) };
    // Everyone else's mail is sent too: only this webinar's follow-ups are looked at.
    while ((await deliverDue(handle.db, transport, { batch: 50 })).sent > 0);
    const followUpIds = waiting.map((m) => m.id);
    expect(
      sent
        .filter((m) => followUpIds.includes(m.id))
        .map((m) => m.to)
        .sort(),
    ).toEqual(people.map((p) => p.email).sort());
    for (const row of await followUps(work.webinarId)) {
      expect(row.sentAt).not.toBeNull();
      expect(row).toMatchObject({ to: "", body: null, calendar: null });
    }
    // A row sent before sending forgot its address (an older version): the sweep forgets it.
    await handle.db
      .update(outbox)
      .set({ to: people[0]!.email, body: "an old body with a link" })
      .where(eq(outbox.signupId, people[0]!.id));
    expect((await runRetention(handle.db)).sentMail).toBeGreaterThanOrEqual(1);
    const everything = JSON.stringify(
      await handle.db.select().from(outbox).where(eq(outbox.webinarId, work.webinarId)),
    );
    for (const person of people) expect(everything).not.toContain(person.email);
    expect(everything).not.toContain("/webinar-feedback/");

    // Never sent (no mail service): the row and its link go 30 days after the webinar.
    const unsent = await webinarAfter({ people: 1, came: 1 });
    await sendFollowUp(handle.db, unsent.work, null);
    expect(await followUps(unsent.work.webinarId)).toHaveLength(1);
    await runRetention(handle.db, new Date(Date.now() + 31 * 24 * hour));
    expect(await followUps(unsent.work.webinarId)).toEqual([]);
    const links = await handle.db
      .select()
      .from(webinarFeedbackLinks)
      .where(eq(webinarFeedbackLinks.webinarId, unsent.work.webinarId));
    expect(links).toEqual([]);
  });

  it("refuses a notes link that is not https", () => {
    const check = (notesUrl: string) => followUpSchema.safeParse({ notesUrl }).success;
    expect(check("")).toBe(true);
    expect(check("https://example.org/slides")).toBe(true);
    expect(check("http://example.org/slides")).toBe(false);
    expect(check("javascript:alert(1)")).toBe(false);
    expect(check('https://example.org/"><script>')).toBe(false);
    expect(check(`https://example.org/${"a".repeat(500)}`)).toBe(false);
    expect(followUpSchema.parse({ notesUrl: "" }).notesUrl).toBeNull();
  });
});

describe(`the feedback form on ${databaseKind}`, () => {
  it("stores each link hashed, and a link works once", async () => {
    const { work } = await webinarAfter({ people: 2, came: 2 });
    await sendFollowUp(handle.db, work, null);
    const [first, second] = (await followUps(work.webinarId)).map((m) => linkIn(m.body));
    const stored = await handle.db
      .select({ tokenHash: webinarFeedbackLinks.tokenHash })
      .from(webinarFeedbackLinks)
      .where(eq(webinarFeedbackLinks.webinarId, work.webinarId));
    expect(stored.map((row) => row.tokenHash).sort()).toEqual(
      [sha256(first!), sha256(second!)].sort(),
    );
    expect(stored.map((row) => row.tokenHash)).not.toContain(first);

    expect((await findFeedbackLink(handle.db, first!))?.title).toBe("Meet the inspectors");
    const answers = { useful: "very", heard: "partly", other: "" } as const;
    expect(await giveFeedback(handle.db, first!, answers)).toBe("stored");
    expect(await giveFeedback(handle.db, first!, answers)).toBe("used");
    expect(await findFeedbackLink(handle.db, first!)).toBeUndefined();
    // Two presses at once with the other link: one answer.
    const both = await Promise.all([
      giveFeedback(handle.db, second!, answers),
      giveFeedback(handle.db, second!, answers),
    ]);
    expect(both.sort()).toEqual(["stored", "used"]);
    expect(await feedbackFrom(work.webinarId)).toHaveLength(2);
    expect(await giveFeedback(handle.db, "not-a-link-at-all-000000", answers)).toBe("used");
  });

  it("keeps the webinar and the answers only: no booking, person, link or time", async () => {
    const { work, people } = await webinarAfter({ people: 1, came: 1 });
    await sendFollowUp(handle.db, work, null);
    const [message] = await followUps(work.webinarId);
    const token = linkIn(message!.body);
    await giveFeedback(handle.db, token, { useful: "quite", heard: "yes", other: "Good" });
    const columns = rowsOf<{ column_name: string }>(
      await handle.db.execute(
        sql`select column_name from information_schema.columns
            where table_name = 'webinar_feedback' order by column_name`,
      ),
    ).map((row) => row.column_name);
    // Whether the words may be a disclosure, and what the team decided: nothing of the person.
    expect(columns).toEqual([
      "concern",
      "concern_decided_at",
      "concern_decided_by",
      "concern_decision",
      "concern_note",
      "concern_words",
      "heard",
      "id",
      "other",
      "useful",
      "webinar_id",
    ]);
    const [row] = await feedbackFrom(work.webinarId);
    const values = Object.values(row!).map(String);
    for (const trace of [people[0]!.id, people[0]!.email, people[0]!.name, token, sha256(token)])
      expect(values).not.toContain(trace);
    // The link rows never named anyone either.
    const linkColumns = rowsOf<{ column_name: string }>(
      await handle.db.execute(
        sql`select column_name from information_schema.columns
            where table_name = 'webinar_feedback_links' order by column_name`,
      ),
    ).map((r) => r.column_name);
    expect(linkColumns).toEqual(["created_at", "token_hash", "webinar_id"]);
  });

  it("redacts names and contact details in the free text before storing it", async () => {
    const { work } = await webinarAfter({ people: 1, came: 1 });
    await sendFollowUp(handle.db, work, null);
    const token = linkIn((await followUps(work.webinarId))[0]!.body);
    await giveFeedback(handle.db, token, {
      useful: "not",
      heard: "no",
      other: "Please ring me on 07700 900123 or write to jo.bloggs@example.org about it.",
    });
    const [row] = await feedbackFrom(work.webinarId);
    expect(row!.other).not.toContain("07700");
    expect(row!.other).not.toContain("jo.bloggs@example.org");
    expect(row!.other).toContain("[phone]");
  });

  it("answers 400 without the two choices, and the link still works", async () => {
    const { work } = await webinarAfter({ people: 1, came: 1 });
    await sendFollowUp(handle.db, work, null);
    const token = linkIn((await followUps(work.webinarId))[0]!.body);
    const post = (body: string) =>
      feedbackAction({
        request: new Request(`http://localhost/webinar-feedback/${token}`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body,
        }),
        params: { token },
        context: { cspNonce: "" },
      });
    expect(await routeStatus(() => post("other=hello"))).toBe(400);
    expect(await findFeedbackLink(handle.db, token)).toBeDefined();
    expect(await post("useful=very&heard=yes&other=")).toEqual({ thanks: true, helpNow: false });
    expect(await findFeedbackLink(handle.db, token)).toBeUndefined();
  });
});

describe(`webinar feedback beside the survey results on ${databaseKind}`, () => {
  it("hides every figure and quote below the threshold, and shows them at it", async () => {
    const threshold = 5;
    const localInspection = await createInspection(handle.db, {
      localAreaName: "Thresholdshire",
      notifiedOn: today(),
      team: [{ userId: inspectorId, role: "lead" }],
    });
    expect(await webinarFeedbackSummary(handle.db, localInspection, threshold)).toBeNull();
    const startsAt = new Date(Date.now() - 3 * hour);
    const webinarId = await scheduleWebinar(handle.db, inspectorId, {
      inspectionId: localInspection,
      title: "Meet the inspectors",
      startsAt,
      endsAt: new Date(startsAt.getTime() + hour),
      capacity: 10,
      audience: "both",
      host: "inspectors",
      joinUrl: "https://meet.example.org/room",
    });
    const people = Array.from({ length: threshold }, (_, n) => n);
    for (const n of people)
      await signUp(
        handle.db,
        webinarId,
        {
          name: `P${n}`,
          email: `p${n}@example.org`,
          role: "parent",
          accessNeeds: none,
          language: "en",
        },
        { now: new Date(startsAt.getTime() - hour) },
      );
    const work = { inspectorId, inspectionId: localInspection, webinarId };
    const signed = await handle.db
      .select({ id: webinarSignups.id })
      .from(webinarSignups)
      .where(eq(webinarSignups.webinarId, webinarId));
    await markAttendance(
      handle.db,
      work,
      signed.map((s) => s.id),
    );
    await sendFollowUp(handle.db, work, null);
    const tokens = (await followUps(webinarId)).map((m) => linkIn(m.body));

    // Nobody yet: a nought shows (it describes nobody).
    const empty = await webinarFeedbackSummary(handle.db, localInspection, threshold);
    expect(empty!.responses).toEqual({ suppressed: false, count: 0, percent: 100 });

    // One fewer than the threshold: every figure hidden as "few", no words quoted.
    const answers = [
      { useful: "very", heard: "yes" },
      { useful: "very", heard: "yes" },
      { useful: "very", heard: "yes" },
      { useful: "quite", heard: "yes" },
      { useful: "very", heard: "yes" },
    ] as const;
    for (const [i, token] of tokens.slice(0, threshold - 1).entries())
      await giveFeedback(handle.db, token, { ...answers[i]!, other: `Comment ${i}` });
    const below = await webinarFeedbackSummary(handle.db, localInspection, threshold);
    expect(below!.responses).toEqual({ suppressed: true, reason: "few" });
    expect(below!.useful.cells.every((c) => c.suppressed)).toBe(true);
    expect(below!.heard.cells.every((c) => c.suppressed)).toBe(true);
    expect(below!.quotes).toEqual({ quotes: [], total: 0 });

    // At the threshold: the total shows, and so do the words. Each answer is still about
    // fewer than the threshold (4 and 1 said "very" and "quite"), so each stays hidden.
    await giveFeedback(handle.db, tokens[threshold - 1]!, { ...answers[4], other: "Comment 4" });
    const at = await webinarFeedbackSummary(handle.db, localInspection, threshold);
    expect(at!.responses).toEqual({ suppressed: false, count: 5, percent: 100 });
    expect(at!.useful.total).toEqual({ suppressed: false, count: 5, percent: 100 });
    expect(at!.useful.cells).toEqual([
      { suppressed: true, reason: "few" },
      { suppressed: true, reason: "few" },
      { suppressed: false, count: 0, percent: 0 },
    ]);
    // All five said "yes": a figure about the threshold's number of people shows.
    expect(at!.heard.cells).toEqual([
      { suppressed: false, count: 5, percent: 100 },
      { suppressed: false, count: 0, percent: 0 },
      { suppressed: false, count: 0, percent: 0 },
    ]);
    expect(at!.quotes.total).toBe(5);
    expect(at!.quotes.quotes).toContain("Comment 0");
  });
});

describe(`feedback words that may be a disclosure on ${databaseKind}`, () => {
  it("are flagged to the team's safeguarding page, never quoted, and the person shown where to get help", async () => {
    const local = await createInspection(handle.db, {
      localAreaName: "Disclosureshire",
      notifiedOn: today(),
      team: [{ userId: inspectorId, role: "lead" }],
    });
    const ordinary = { useful: "very", heard: "yes" } as const;
    const webinarId = await feedbackGiven(handle.db, { inspectionId: local, userId: inspectorId }, [
      ...[0, 1, 2, 3, 4].map((i) => ({ ...ordinary, other: `Helpful, thank you ${i}` })),
      // Redacted before it is kept: the name goes, the words that matter stay.
      { ...ordinary, other: "Mum's boyfriend Gary Smith hurts my daughter and she is scared" },
    ]);
    const [flagged] = (await feedbackFrom(webinarId)).filter((row) => row.concern);
    expect(flagged!.other).not.toContain("Gary Smith");
    expect(flagged!.concernWords.length).toBeGreaterThan(0);
    for (const word of flagged!.concernWords) expect(flagged!.other).toContain(word);
    expect((await feedbackFrom(webinarId)).filter((row) => row.concern)).toHaveLength(1);

    // The team's banner counts it, the safeguarding page shows it with the webinar's name.
    expect(await openConcernCount(handle.db, local)).toBe(1);
    const [concern] = await concernsToRead(handle.db, { inspectionId: local, userId: inspectorId });
    expect(concern).toMatchObject({
      id: flagged!.id,
      audience: null,
      webinarTitle: "Meet the inspectors",
      questionKey: "webinars:followUp.form.other",
      wordsShown: true,
      decision: null,
    });
    expect(concern!.pieces.filter((p) => p.matched).map((p) => p.text)).toEqual(
      flagged!.concernWords,
    );
    // Never quoted beside the results: five other people's words are.
    const summary = await webinarFeedbackSummary(handle.db, local, 5);
    expect(summary!.responses).toMatchObject({ suppressed: false, count: 6 });
    expect(summary!.quotes.total).toBe(5);
    expect(summary!.quotes.quotes.join(" ")).not.toContain("scared");

    // Kept past retention until someone decides; the decision is on it, who and when, audited.
    const far = new Date("2040-01-01T00:00:00Z");
    const retention = parseSettings({}).retention;
    expect(await hasOpenConcerns(handle.db, local)).toBe(true);
    expect(await deleteInspectionData(handle.db, local, far, retention)).toBeNull();
    const decide = (id: string, inspection: string) =>
      recordConcernDecision(handle.db, {
        userId: inspectorId,
        inspectionId: inspection,
        commentId: id,
        decision: "referred",
        note: "Rang the LADO",
      });
    // Not another inspection's to decide.
    expect(await decide(flagged!.id, inspectionId)).toEqual({ found: false });
    expect(await decide(flagged!.id, local)).toEqual({ found: true });
    const [decided] = (await feedbackFrom(webinarId)).filter((row) => row.concern);
    expect(decided).toMatchObject({ concernDecision: "referred", concernDecidedBy: inspectorId });
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "concern_decided"), eq(auditLog.inspectionId, local)));
    expect(entry!.detail).toEqual({ feedbackId: flagged!.id, decision: "referred", note: true });
    expect(await openConcernCount(handle.db, local)).toBe(0);
    expect(await hasOpenConcerns(handle.db, local)).toBe(false);
    expect(await deleteInspectionData(handle.db, local, far, retention)).toMatchObject({
      feedback: 6,
    });
  });

  it("asks the thanks page to show where to get help, and only for such words", async () => {
    const { work } = await webinarAfter({ people: 2, came: 2 });
    await sendFollowUp(handle.db, work, null);
    const [first, second] = (await followUps(work.webinarId)).map((m) => linkIn(m.body));
    const post = (token: string, other: string) =>
      feedbackAction({
        request: new Request(`http://localhost/webinar-feedback/${token}`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ useful: "quite", heard: "partly", other }),
        }),
        params: { token },
        context: { cspNonce: "" },
      });
    expect(await post(first!, "The waiting list for CAMHS is eighteen months.")).toEqual({
      thanks: true,
      helpNow: false,
    });
    expect(await post(second!, "i dont feel safe at home")).toEqual({
      thanks: true,
      helpNow: true,
    });
  });
});

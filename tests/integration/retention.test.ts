import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import {
  answers,
  auditLog,
  commentCodes,
  comments,
  drafts,
  inspectionTeam,
  inspections,
  organiserInvitations,
  outbox,
  pendingCounts,
  recordings,
  responses,
  summaryCounts,
  surveyLinks,
  users,
  webinarBookingLinks,
  webinarFeedback,
  webinarFeedbackLinks,
  webinarSignups,
  webinars,
} from "~db/schema";
import { audit } from "~/auth/audit.server";
import { hashPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { formatDate } from "~/i18n/format";
import { makeAreaCountsLink } from "~/inspections/area-counts.server";
import { createInspection } from "~/inspections/inspections.server";
import { deleteEndedInspections } from "~/inspections/retention.server";
import { runRetention } from "~/server/jobs.server";
import { parseSettings } from "~/platform/settings.server";
import { addDays, addMonths, londonDateTime } from "~/platform/time";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { loader as overviewLoader } from "~/routes/inspections.$inspectionId._index";
import { foldPendingCounts } from "~/summary/counts.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { createWebinar, signUp } from "~/webinars/webinars.server";
import { getSurvey } from "~surveys";
import { daysFromToday } from "../clock";
import { seededRandom, submitRandomResponses } from "~/demo/random-responses.server";
import { createTestDatabase, databaseKind } from "./test-database";
import { raced } from "../racing";

/*
 * Retention of whole inspections (#16): RETENTION_YEARS after an inspection ends (when week 3
 * on site ends), the hourly sweep deletes everything people sent for it in one transaction,
 * audited as one entry with counts; the inspection, its dates and team stay. The clock is
 * passed in (`now`), years ahead, as the sweep would see it then.
 */

let handle: DatabaseHandle;
let leadId: string;
let memberId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const person = async (email: string) =>
    (
      await handle.db
        .insert(users)
        .values({
          email,
          name: email.split("@")[0]!,
          passwordHash: await hashPassword("a long enough password"),
          role: "inspector",
        })
        .returning({ id: users.id })
    )[0]!.id;
  leadId = await person("keeper@inspect.test");
  memberId = await person("member@inspect.test");
});
afterAll(() => handle.close());

/** An inspection told `notified` days from today, holding some of everything people send. */
async function filledInspection(name: string, notified: number) {
  const id = await createInspection(handle.db, {
    localAreaName: name,
    notifiedOn: daysFromToday(notified),
    team: [
      { userId: leadId, role: "lead" },
      { userId: memberId, role: "member" },
    ],
    now: new Date(Date.now() - 60_000),
  });
  // Open now, whatever the notification day, so surveys can be sent.
  await handle.db
    .update(inspections)
    .set({ surveysOpenAt: new Date(Date.now() - 60_000) })
    .where(eq(inspections.id, id));
  await submitRandomResponses(handle.db, id, ["parent", "child", "practitioner"], seededRandom(7));
  // Own words, coded, through the real path.
  const link = (await listSurveyLinks(handle.db, id)).find((l) => l.audience === "parent")!;
  const survey = (await findSurveyByToken(handle.db, link.token))!;
  const draft = await startDraft(handle.db, {
    surveyLinkId: survey.linkId,
    version: "standard",
    language: "en",
  });
  await saveDraftAnswer(handle.db, draft.id, "improve", {
    text: "We waited two years for an autism assessment and he was excluded from school.",
  });
  await submitResponse(handle.db, {
    inspectionId: id,
    audience: "parent",
    definition: getSurvey("parent", "standard"),
    draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
    language: "en",
  });
  // The summary's counters, then one more response still waiting for the fold.
  await foldPendingCounts(handle.db, 1_000);
  await submitRandomResponses(handle.db, id, ["parent"], seededRandom(9));
  // A saved draft with a recording, and a sent recording not typed up yet.
  const saved = await startDraft(handle.db, {
    surveyLinkId: survey.linkId,
    version: "easy",
    language: "en",
  });
  const [sent] = await handle.db
    .select({ id: responses.id })
    .from(responses)
    .where(eq(responses.inspectionId, id))
    .limit(1);
  for (const owner of [{ draftId: saved.id }, { responseId: sent!.id }])
    await handle.db.insert(recordings).values({
      inspectionId: id,
      ...owner,
      questionId: "improve",
      contentType: "audio/webm",
      size: 3,
      audio: new Uint8Array([1, 2, 3]),
    });
  // A webinar with people booked, the local area's counts link, and audited work.
  const webinarId = await createWebinar(handle.db, {
    inspectionId: id,
    title: "Meet the inspectors",
    startsAt: new Date(Date.now() + 3 * 86_400_000),
    endsAt: new Date(Date.now() + 3 * 86_400_000 + 3_600_000),
    capacity: 1,
    audience: "both",
    host: "inspectors",
    joinUrl: "https://example.org/room",
  });
  for (const n of [1, 2])
    await signUp(handle.db, webinarId, {
      name: `Parent ${n}`,
      email: `parent${n}@example.org`,
      role: "parent",
      accessNeeds: { bsl: false, captions: false, interpreter: false, breaks: false },
      language: "en",
    });
  // A forum organiser invited, not yet joined: the address goes with the rest.
  await handle.db.insert(organiserInvitations).values({
    inspectionId: id,
    email: "forum@example.org",
    tokenHash: `hash-${id}`,
    invitedBy: leadId,
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
  });
  // Feedback given after its follow-up, and a feedback link nobody used (#22).
  await handle.db
    .insert(webinarFeedback)
    .values({ webinarId, useful: "very", heard: "partly", other: "Thank you" });
  await handle.db
    .insert(webinarFeedbackLinks)
    .values({ tokenHash: `unused-${webinarId}`, webinarId });
  await makeAreaCountsLink(handle.db, leadId, id);
  await audit(handle.db, {
    userId: leadId,
    inspectionId: id,
    action: "inspection_created",
    detail: { localAreaName: name },
  });
  return id;
}

/** Every row the sweep deletes for an inspection, counted as its audit entry counts them. */
async function held(id: string) {
  const rows = async (table: PgTable, where: SQL | undefined) =>
    Number((await handle.db.select({ n: count() }).from(table).where(where))[0]!.n);
  const ofComments = handle.db
    .select({ id: comments.id })
    .from(comments)
    .where(eq(comments.inspectionId, id));
  const ofLinks = handle.db
    .select({ id: surveyLinks.id })
    .from(surveyLinks)
    .where(eq(surveyLinks.inspectionId, id));
  const ofWebinars = handle.db
    .select({ id: webinars.id })
    .from(webinars)
    .where(eq(webinars.inspectionId, id));
  const [row] = await handle.db.select().from(inspections).where(eq(inspections.id, id));
  return {
    responses: await rows(responses, eq(responses.inspectionId, id)),
    answers: await rows(answers, eq(answers.inspectionId, id)),
    comments: await rows(comments, eq(comments.inspectionId, id)),
    commentCodes: await rows(commentCodes, inArray(commentCodes.commentId, ofComments)),
    recordings: await rows(recordings, eq(recordings.inspectionId, id)),
    drafts: await rows(drafts, inArray(drafts.surveyLinkId, ofLinks)),
    counters:
      (await rows(summaryCounts, eq(summaryCounts.inspectionId, id))) +
      (await rows(pendingCounts, eq(pendingCounts.inspectionId, id))),
    webinars: await rows(webinars, eq(webinars.inspectionId, id)),
    signups: await rows(webinarSignups, inArray(webinarSignups.webinarId, ofWebinars)),
    invitations: await rows(organiserInvitations, eq(organiserInvitations.inspectionId, id)),
    feedback: await rows(webinarFeedback, inArray(webinarFeedback.webinarId, ofWebinars)),
    feedbackLinks: await rows(
      webinarFeedbackLinks,
      inArray(webinarFeedbackLinks.webinarId, ofWebinars),
    ),
    areaCountsLinks: row!.areaCountsTokenHash ? 1 : 0,
    auditDetails: await rows(
      auditLog,
      and(
        eq(auditLog.inspectionId, id),
        sql`${auditLog.detail} <> '{}'::jsonb`,
        sql`${auditLog.action} <> 'inspection_data_deleted'`,
      ),
    ),
  };
}

const retentionEntries = (id: string) =>
  handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.inspectionId, id), eq(auditLog.action, "inspection_data_deleted")));

/** The day week 3 starts, as stored. */
async function week3Of(id: string) {
  const [row] = await handle.db
    .select({ week3: inspections.week3StartsOn })
    .from(inspections)
    .where(eq(inspections.id, id));
  return row!.week3;
}

/** When the sweep may delete it: `months` after midnight UK time at the end of week 3. */
const dueAfter = (week3: string, months: number) =>
  londonDateTime(addMonths(addDays(week3, 7), months), "00:00");

const minute = 60_000;

describe(`retention of whole inspections on ${databaseKind}`, () => {
  it(`keeps everything until 3 years after the inspection ends, then deletes it in one go, audited once with counts${raced}`, async () => {
    const ending = await filledInspection("Endingshire", 0);
    const later = await filledInspection("Latershire", 7);
    const before = await held(ending);
    // Something of every kind is there to delete.
    for (const [kind, n] of Object.entries(before)) expect(n, kind).toBeGreaterThan(0);
    const otherBefore = await held(later);
    const due = dueAfter(await week3Of(ending), 36);

    // A minute before, nothing goes. (This part of the sweep alone: the sweep's other parts
    // would take the drafts, recordings and sign-ups long before, by their own rules.)
    expect(await deleteEndedInspections(handle.db, new Date(due.getTime() - minute))).toBe(0);
    expect(await held(ending)).toEqual(before);

    expect(await deleteEndedInspections(handle.db, due)).toBe(1);
    const after = await held(ending);
    for (const [kind, n] of Object.entries(after)) expect(n, kind).toBe(0);
    // Booking links and emails went with the sign-ups and webinars.
    const bookedHere = await handle.db
      .select({ n: count() })
      .from(webinarBookingLinks)
      .innerJoin(webinarSignups, eq(webinarSignups.id, webinarBookingLinks.signupId))
      .innerJoin(webinars, eq(webinars.id, webinarSignups.webinarId))
      .where(eq(webinars.inspectionId, ending));
    expect(Number(bookedHere[0]!.n)).toBe(0);
    const otherWebinars = (
      await handle.db
        .select({ id: webinars.id })
        .from(webinars)
        .where(eq(webinars.inspectionId, later))
    ).map((w) => w.id);
    expect(
      (await handle.db.select().from(outbox)).every((m) => otherWebinars.includes(m.webinarId!)),
    ).toBe(true);
    // The other inspection, not due for another week, is untouched.
    expect(await held(later)).toEqual(otherBefore);

    // The inspection, its dates, survey links and team stay, marked with when.
    const [row] = await handle.db.select().from(inspections).where(eq(inspections.id, ending));
    expect(row!.dataDeletedAt!.toISOString()).toBe(due.toISOString());
    expect(await listSurveyLinks(handle.db, ending)).toHaveLength(3);
    expect(
      await handle.db.select().from(inspectionTeam).where(eq(inspectionTeam.inspectionId, ending)),
    ).toHaveLength(2);

    // One audit entry, dated by the sweep's clock, with counts and nothing else.
    const entries = await retentionEntries(ending);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.at.toISOString()).toBe(due.toISOString());
    expect(entries[0]!.userId).toBeNull();
    expect(entries[0]!.detail).toEqual(before);
    // Earlier entries keep who did what, and lose what they said.
    const others = (
      await handle.db.select().from(auditLog).where(eq(auditLog.inspectionId, ending))
    ).filter((e) => e.action !== "inspection_data_deleted");
    expect(others.map((e) => e.action)).toContain("inspection_created");
    expect(others.every((e) => Object.keys(e.detail).length === 0)).toBe(true);

    // The next sweeps find nothing more to do, and write nothing.
    expect((await runRetention(handle.db, new Date(due.getTime() + 60 * minute))).inspections).toBe(
      0,
    );
    expect(await deleteEndedInspections(handle.db, new Date(due.getTime() + 120 * minute))).toBe(0);
    expect(await retentionEntries(ending)).toHaveLength(1);

    // Two processes sweeping at once when the other falls due delete it once.
    // (The full sweep above took its drafts, recordings and sign-ups by their own rules.)
    const otherNow = await held(later);
    const otherDue = dueAfter(await week3Of(later), 36);
    const both = await Promise.all([
      deleteEndedInspections(handle.db, otherDue),
      deleteEndedInspections(handle.db, otherDue),
    ]);
    expect(both[0] + both[1]).toBe(1);
    expect(await retentionEntries(later)).toHaveLength(1);
    expect((await retentionEntries(later))[0]!.detail).toEqual(otherNow);
  });

  it("takes a shorter RETENTION_YEARS: 0.5 deletes six months after the end", async () => {
    const short = await filledInspection("Shortshire", 0);
    const { retention } = parseSettings({ RETENTION_YEARS: "0.5" });
    const due = dueAfter(await week3Of(short), 6);
    const year = parseSettings({}).retention;
    // Under the default, six months on is far too soon.
    expect(await deleteEndedInspections(handle.db, due, year)).toBe(0);
    expect(
      await deleteEndedInspections(handle.db, new Date(due.getTime() - minute), retention),
    ).toBe(0);
    expect((await held(short)).responses).toBeGreaterThan(0);
    expect(await deleteEndedInspections(handle.db, due, retention)).toBe(1);
    expect((await held(short)).responses).toBe(0);
    expect(await retentionEntries(short)).toHaveLength(1);
  });

  it("tells the lead on the overview when the data is deleted, then that it was", async () => {
    const shown = await filledInspection("Showshire", 0);
    const week3 = await week3Of(shown);
    const overview = async (userId: string) =>
      overviewLoader({
        request: new Request(`http://localhost/inspections/${shown}`, {
          headers: { Cookie: (await startSession(userId)).split(";")[0]! },
        }),
        params: { inspectionId: shown },
        context: { cspNonce: "" },
      });
    const due = dueAfter(week3, 36);
    const forLead = await overview(leadId);
    expect(forLead.retention).toEqual({
      lastDay: formatDate(addDays(week3, 6), "en"),
      deletes: formatDate(addMonths(addDays(week3, 7), 36), "en"),
      deletedOn: null,
    });
    // Members see the inspection, not the lead's dates.
    expect((await overview(memberId)).retention).toBeNull();

    // The hourly sweep does it, at its first run from that time.
    expect((await runRetention(handle.db, due)).inspections).toBe(1);
    expect((await overview(leadId)).retention?.deletedOn).toBe(
      formatDate(addMonths(addDays(week3, 7), 36), "en"),
    );
  });
});

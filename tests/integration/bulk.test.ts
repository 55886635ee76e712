import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings } from "~/platform/settings.server";
import { auditLog, commentCodes, comments, inspectionTeam, responses, users } from "~db/schema";
import { startSession } from "~/auth/session.server";
import type { Audience } from "~/inspections/audiences";
import { recodeComment } from "~/coding/comments.server";
import { planBulk } from "~/coding/bulk.server";
import {
  action as bulkAction,
  loader as bulkLoader,
} from "~/routes/inspections.$inspectionId.comments_.bulk";
import { loader as exportLoader } from "~/routes/inspections.$inspectionId.export.$file";
import { loader as listLoader } from "~/routes/inspections._index";
import { routeStatus } from "./route-status";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";
import { today } from "../clock";

/*
 * Bulk actions on a filtered set of comments (#19): the confirmation's count is exactly what
 * changes, the set is fixed when confirmed, undo restores exactly that and never overwrites a
 * later change, and bad input is a 4xx with words and nothing written.
 */

let handle: DatabaseHandle;
let inspectionId: string;
let reader: string;
let other: string;
let cookie: string;

type Code = { criterion: string; status: "suggested" | "confirmed" | "removed"; by?: string };

/** One response with one comment and the codes given, written directly (no lexicon involved). */
async function comment(
  audience: Audience,
  text: string,
  codes: Code[],
  concern?: { decision: "referred" | "not_a_concern" | null },
) {
  const [response] = await handle.db
    .insert(responses)
    .values({
      inspectionId,
      audience,
      version: "standard",
      language: "en",
      channel: "online",
      submittedOn: today(),
      submissionKey: `bulk-${Math.random()}`,
    })
    .returning({ id: responses.id });
  const [row] = await handle.db
    .insert(comments)
    .values({
      inspectionId,
      responseId: response!.id,
      questionId: "better",
      text,
      ...(concern ? { concern: true, concernDecision: concern.decision } : {}),
    })
    .returning({ id: comments.id });
  if (codes.length)
    await handle.db.insert(commentCodes).values(
      codes.map((c) => ({
        commentId: row!.id,
        criterion: c.criterion,
        status: c.status,
        confirmedBy: c.by ?? null,
        reason: "asked in a question about it",
      })),
    );
  return row!.id;
}

async function codesOf(id: string) {
  return (
    await handle.db
      .select({
        criterion: commentCodes.criterion,
        status: commentCodes.status,
        by: commentCodes.confirmedBy,
      })
      .from(commentCodes)
      .where(eq(commentCodes.commentId, id))
  ).sort((a, b) => a.criterion.localeCompare(b.criterion));
}

const url = (query: string) => `http://localhost/inspections/${inspectionId}/comments/bulk${query}`;
/** A request to the bulk page, signed in as the lead (Bea) unless another's cookie is given. */
const get = (query: string, as = cookie) => ({
  request: new Request(url(query), { headers: { Cookie: as } }),
  params: { inspectionId },
  context: { cspNonce: "" },
});
const post = (query: string, fields: Record<string, string>, as = cookie) => ({
  request: new Request(url(query), {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: as },
  }),
  params: { inspectionId },
  context: { cspNonce: "" },
});
/** What a refused action said, and its status. */
const refusal = (result: unknown) => ({
  status: (result as { init?: { status?: number } }).init?.status,
  error: (result as { data?: { error?: string } }).data?.error,
});
const bulkEntries = () =>
  handle.db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.inspectionId, inspectionId),
        inArray(auditLog.action, ["bulk_accept", "bulk_read", "bulk_undo"]),
      ),
    );

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Bulkshire" });
  const account = async (email: string, name: string) =>
    (
      await handle.db
        .insert(users)
        .values({ email, name, passwordHash: "x", role: "inspector" })
        .returning({ id: users.id })
    )[0]!.id;
  reader = await account("bulk@inspect.test", "Bea Bulk");
  other = await account("other@inspect.test", "Otto Other");
  await handle.db.insert(inspectionTeam).values([
    { inspectionId, userId: reader, role: "lead" },
    { inspectionId, userId: other, role: "member" },
  ]);
  cookie = (await startSession(reader)).split(";")[0]!;
});
afterAll(() => handle.close());

describe(`bulk accept on ${databaseKind}`, () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.two = await comment("parent", "Two suggestions", [
      { criterion: "I2", status: "suggested" },
      { criterion: "L2", status: "suggested" },
    ]);
    ids.mixed = await comment("parent", "One suggested, one confirmed by someone else", [
      { criterion: "I3", status: "suggested" },
      { criterion: "L1", status: "confirmed", by: other },
    ]);
    ids.confirmed = await comment("parent", "Nothing to accept", [
      { criterion: "L5", status: "confirmed", by: other },
      { criterion: "I4", status: "removed" },
    ]);
    ids.practitioner = await comment("practitioner", "Another audience", [
      { criterion: "I1", status: "suggested" },
    ]);
    ids.flagged = await comment(
      "parent",
      "Flagged, not yet decided",
      [{ criterion: "I3", status: "suggested" }],
      { decision: null },
    );
    ids.decided = await comment(
      "parent",
      "Flagged and decided",
      [{ criterion: "I5", status: "suggested" }],
      { decision: "not_a_concern" },
    );
  });

  it("confirms with the exact count, changes exactly those comments, audited once", async () => {
    const page = await bulkLoader(get("?kind=accept&audience=parent"));
    expect(page.plan).toMatchObject({ count: 3, codes: 4, leftOut: 1 });
    expect(page.title).toBe("Accept the suggested codes on 3 comments?");
    const before = {
      confirmed: await codesOf(ids.confirmed!),
      practitioner: await codesOf(ids.practitioner!),
      flagged: await codesOf(ids.flagged!),
    };

    const response = (await bulkAction(
      post("?kind=accept&audience=parent", {
        intent: "apply",
        count: String(page.plan!.count),
        fingerprint: page.plan!.fingerprint,
      }),
    )) as Response;
    expect(response.status).toBe(302);
    const bulkId = new URL(response.headers.get("Location")!, "http://x").searchParams.get("done")!;

    expect(await codesOf(ids.two!)).toEqual([
      { criterion: "I2", status: "confirmed", by: reader },
      { criterion: "L2", status: "confirmed", by: reader },
    ]);
    expect(await codesOf(ids.mixed!)).toEqual([
      { criterion: "I3", status: "confirmed", by: reader },
      { criterion: "L1", status: "confirmed", by: other },
    ]);
    expect(await codesOf(ids.decided!)).toEqual([
      { criterion: "I5", status: "confirmed", by: reader },
    ]);
    // Outside the filter, nothing to accept, or waiting for a safeguarding decision: untouched.
    expect(await codesOf(ids.confirmed!)).toEqual(before.confirmed);
    expect(await codesOf(ids.practitioner!)).toEqual(before.practitioner);
    expect(await codesOf(ids.flagged!)).toEqual(before.flagged);

    const entries = await bulkEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: bulkId, userId: reader, action: "bulk_accept" });
    expect(entries[0]!.detail).toMatchObject({
      filter: { audience: "parent" },
      count: 3,
      ids: [ids.two, ids.mixed, ids.decided].sort(),
    });
    expect(entries[0]!.detail.previous).toHaveLength(4);

    const done = await bulkLoader(get(`?done=${bulkId}`));
    expect(done.done).toMatchObject({ kind: "accept", count: 3, undone: null });
  });

  it("undo restores exactly what it changed, and leaves a comment changed since as it is", async () => {
    const [entry] = (await bulkEntries()).filter((e) => e.action === "bulk_accept");
    // Someone else recodes one comment after the bulk action: their work is not overwritten.
    await recodeComment(handle.db, {
      userId: other,
      inspectionId,
      commentId: ids.mixed!,
      criteria: ["I3", "L1"],
    });
    const afterOther = await codesOf(ids.mixed!);

    const response = (await bulkAction(
      post(`?done=${entry!.id}`, { intent: "undo", bulkId: entry!.id }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(await codesOf(ids.two!)).toEqual([
      { criterion: "I2", status: "suggested", by: null },
      { criterion: "L2", status: "suggested", by: null },
    ]);
    expect(await codesOf(ids.decided!)).toEqual([
      { criterion: "I5", status: "suggested", by: null },
    ]);
    expect(await codesOf(ids.mixed!)).toEqual(afterOther);

    const done = await bulkLoader(get(`?done=${entry!.id}`));
    expect(done.done!.undone).toEqual({ restored: 2, kept: 1 });
    const undo = (await bulkEntries()).find((e) => e.action === "bulk_undo")!;
    expect(undo).toMatchObject({ userId: reader });
    expect(undo.detail).toMatchObject({
      of: entry!.id,
      restored: [ids.two, ids.decided].sort(),
      kept: [ids.mixed],
    });

    // Once only: a second undo is refused with words, and writes nothing.
    const again = await bulkAction(
      post(`?done=${entry!.id}`, { intent: "undo", bulkId: entry!.id }),
    );
    expect(refusal(again)).toEqual({ status: 409, error: "This has been undone already." });
    expect((await bulkEntries()).filter((e) => e.action === "bulk_undo")).toHaveLength(1);
  });

  it("refuses, and changes nothing, when the comments under the filter changed after confirming", async () => {
    const plan = await planBulk(handle.db, {
      inspectionId,
      kind: "accept",
      filter: { audience: "parent" },
    });
    const late = await comment("parent", "Arrived after the page was shown", [
      { criterion: "L3", status: "suggested" },
    ]);
    const before = await bulkEntries();
    const result = await bulkAction(
      post("?kind=accept&audience=parent", {
        intent: "apply",
        count: String(plan.count),
        fingerprint: plan.fingerprint,
      }),
    );
    expect(refusal(result).status).toBe(409);
    expect(refusal(result).error).toMatch(/changed after this page was shown/);
    expect(await codesOf(late)).toEqual([{ criterion: "L3", status: "suggested", by: null }]);
    expect(await codesOf(ids.two!)).toEqual([
      { criterion: "I2", status: "suggested", by: null },
      { criterion: "L2", status: "suggested", by: null },
    ]);
    expect(await bulkEntries()).toHaveLength(before.length);
  });

  it("answers bad input with a 4xx and words, and writes nothing", async () => {
    const before = await bulkEntries();
    const plan = await planBulk(handle.db, { inspectionId, kind: "accept", filter: {} });
    const cases: [string, Record<string, string>][] = [
      ["?kind=accept", { intent: "apply", count: String(plan.count) }],
      ["?kind=accept", { intent: "apply", count: "many", fingerprint: plan.fingerprint }],
      ["?kind=accept", { intent: "apply", count: "0", fingerprint: plan.fingerprint }],
      [
        "?kind=delete",
        { intent: "apply", count: String(plan.count), fingerprint: plan.fingerprint },
      ],
      ["?kind=accept", { intent: "nothing" }],
      ["", { intent: "undo", bulkId: "not-an-id" }],
    ];
    for (const [query, fields] of cases) {
      expect(refusal(await bulkAction(post(query, fields)))).toEqual({
        status: 400,
        error: "This page is incomplete or out of date. Go back to the comments and start again.",
      });
    }
    // Someone else's bulk action, or none: not found.
    expect(
      await routeStatus(() =>
        bulkAction(post("", { intent: "undo", bulkId: "00000000-0000-4000-8000-000000000000" })),
      ),
    ).toBe(404);
    expect(await routeStatus(() => bulkLoader(get("?kind=delete")))).toBe(400);
    expect(await routeStatus(() => bulkLoader(get("?done=nope")))).toBe(404);
    expect(await bulkEntries()).toHaveLength(before.length);
  });
});

describe(`bulk mark as read on ${databaseKind}`, () => {
  it("marks exactly the unread comments under the filter, and undo makes them unread again", async () => {
    const unread = await comment("child", "Unread child comment", []);
    const readBefore = await comment("child", "Read already by someone else", []);
    const flagged = await comment("child", "Flagged child comment", [], { decision: null });
    await handle.db
      .update(comments)
      .set({ readBy: other, readAt: new Date("2026-01-01T10:00:00Z") })
      .where(eq(comments.id, readBefore));
    const page = await bulkLoader(get("?kind=read&audience=child"));
    expect(page.plan).toMatchObject({ count: 1, leftOut: 1 });
    expect(page.title).toBe("Mark 1 comment as read?");
    const response = (await bulkAction(
      post("?kind=read&audience=child", {
        intent: "apply",
        count: "1",
        fingerprint: page.plan!.fingerprint,
      }),
    )) as Response;
    const bulkId = new URL(response.headers.get("Location")!, "http://x").searchParams.get("done")!;
    const state = async (id: string) =>
      (
        await handle.db
          .select({ by: comments.readBy, at: comments.readAt })
          .from(comments)
          .where(eq(comments.id, id))
      )[0]!;
    expect((await state(unread)).by).toBe(reader);
    expect(await state(readBefore)).toEqual({
      by: other,
      at: new Date("2026-01-01T10:00:00Z"),
    });
    expect(await state(flagged)).toEqual({ by: null, at: null });

    await bulkAction(post(`?done=${bulkId}`, { intent: "undo", bulkId }));
    expect(await state(unread)).toEqual({ by: null, at: null });
    expect((await state(readBefore)).by).toBe(other);
    const done = await bulkLoader(get(`?done=${bulkId}`));
    expect(done.done!.undone).toEqual({ restored: 1, kept: 0 });
  });
});

describe(`who may undo a bulk action on ${databaseKind}`, () => {
  it("its doer or the inspection's lead may; another member is refused with words; audited with whose it was", async () => {
    const [third] = await handle.db
      .insert(users)
      .values({
        email: "third@inspect.test",
        name: "Thea Third",
        passwordHash: "x",
        role: "inspector",
      })
      .returning({ id: users.id });
    await handle.db
      .insert(inspectionTeam)
      .values({ inspectionId, userId: third!.id, role: "member" });
    const otherCookie = (await startSession(other)).split(";")[0]!;
    const thirdCookie = (await startSession(third!.id)).split(";")[0]!;
    const state = async (id: string) =>
      (
        await handle.db
          .select({ by: comments.readBy, at: comments.readAt })
          .from(comments)
          .where(eq(comments.id, id))
      )[0]!;

    // Otto, a member, marks the practitioners' unread comments read.
    const unread = await comment("practitioner", "Whose undo: unread practitioner comment", []);
    const page = await bulkLoader(get("?kind=read&audience=practitioner&show=unread", otherCookie));
    expect(page.plan!.count).toBeGreaterThan(0);
    const response = (await bulkAction(
      post(
        "?kind=read&audience=practitioner&show=unread",
        { intent: "apply", count: String(page.plan!.count), fingerprint: page.plan!.fingerprint },
        otherCookie,
      ),
    )) as Response;
    expect(response.status).toBe(302);
    const bulkId = new URL(response.headers.get("Location")!, "http://x").searchParams.get("done")!;
    expect((await state(unread)).by).toBe(other);
    const before = await bulkEntries();

    // Thea, another member, sees what it did but is offered no undo, and is refused one.
    const seen = await bulkLoader(get(`?done=${bulkId}`, thirdCookie));
    expect(seen.done).toMatchObject({ kind: "read", undone: null, mayUndo: false });
    const refused = await bulkAction(
      post(`?done=${bulkId}`, { intent: "undo", bulkId }, thirdCookie),
    );
    expect(refusal(refused)).toEqual({
      status: 403,
      error:
        "Only the person who did this, or the inspection's lead inspector, can undo it. Ask one of them.",
    });
    expect((await state(unread)).by).toBe(other);
    expect(await bulkEntries()).toHaveLength(before.length);

    // Bea, the lead, may: it is undone as Otto left it, and the log says Bea undid Otto's.
    expect((await bulkLoader(get(`?done=${bulkId}`))).done).toMatchObject({ mayUndo: true });
    const undone = (await bulkAction(
      post(`?done=${bulkId}`, { intent: "undo", bulkId }),
    )) as Response;
    expect(undone.status).toBe(302);
    expect(await state(unread)).toEqual({ by: null, at: null });
    const undo = (await bulkEntries()).find(
      (e) => e.action === "bulk_undo" && (e.detail as { of?: string }).of === bulkId,
    )!;
    expect(undo).toMatchObject({ userId: reader });
    expect(undo.detail).toMatchObject({ of: bulkId, doneBy: other });
    const restored = (undo.detail as { restored: string[] }).restored;
    expect(restored).toContain(unread);
    expect(restored).toHaveLength(page.plan!.count);
    const after = await bulkLoader(get(`?done=${bulkId}`, otherCookie));
    expect(after.done).toMatchObject({ undone: { restored: page.plan!.count, kept: 0 } });
  });

  /** Accepts every child's suggested code as the person signed in with `cookie`: its id. */
  async function acceptChildren(cookie: string) {
    const query = "?kind=accept&audience=child";
    const page = await bulkLoader(get(query, cookie));
    const { count, fingerprint } = page.plan!;
    const form = { intent: "apply", count: String(count), fingerprint };
    const response = (await bulkAction(post(query, form, cookie))) as Response;
    return new URL(response.headers.get("Location")!, "http://x").searchParams.get("done")!;
  }

  it("its doer may undo it even when not the lead, and an accept is restored as they left it", async () => {
    const otherCookie = (await startSession(other)).split(";")[0]!;
    const id = await comment("child", "Whose undo: a child's suggestion", [
      { criterion: "I5", status: "suggested" },
    ]);
    const bulkId = await acceptChildren(otherCookie);
    expect(await codesOf(id)).toEqual([{ criterion: "I5", status: "confirmed", by: other }]);
    const undone = (await bulkAction(
      post(`?done=${bulkId}`, { intent: "undo", bulkId }, otherCookie),
    )) as Response;
    expect(undone.status).toBe(302);
    expect(await codesOf(id)).toEqual([{ criterion: "I5", status: "suggested", by: null }]);
  });

  it("a lead undoing a member's accept restores the codes the member confirmed", async () => {
    const otherCookie = (await startSession(other)).split(";")[0]!;
    const id = await comment("child", "Whose undo: the lead undoes Otto's accept", [
      { criterion: "I4", status: "suggested" },
    ]);
    const bulkId = await acceptChildren(otherCookie);
    await bulkAction(post(`?done=${bulkId}`, { intent: "undo", bulkId }));
    expect(await codesOf(id)).toEqual([{ criterion: "I4", status: "suggested", by: null }]);
    expect((await bulkLoader(get(`?done=${bulkId}`))).done).toMatchObject({
      undone: { kept: 0 },
    });
  });
});

describe(`flagged comments in the comments file and the inspections list on ${databaseKind}`, () => {
  it("the comments file says whether each was flagged and what was decided, without names", async () => {
    loadSettings({ ...process.env, SUPPRESS_BELOW: "5" });
    const referred = await comment("parent", "Csv flag: referred one", [], {
      decision: "referred",
    });
    const [decider] = await handle.db
      .insert(users)
      .values({
        email: "decider@inspect.test",
        name: "Dee Decider",
        passwordHash: "x",
        role: "inspector",
      })
      .returning({ id: users.id });
    await handle.db
      .update(comments)
      .set({ concernDecidedBy: decider!.id, concernNote: "Told the lead" })
      .where(eq(comments.id, referred));
    await comment("parent", "Csv flag: waiting one", [], { decision: null });
    const response = (await exportLoader({
      ...get(""),
      params: { inspectionId, file: "comments.csv" },
    })) as Response;
    const lines = (await response.text()).split("\n");
    loadSettings(process.env);
    const header = lines.find((line) => line.includes("How it sounds"))!;
    expect(header).toContain("Flagged as a possible safeguarding concern");
    const last = (text: string) =>
      lines
        .find((line) => line.includes(text))!
        .trim()
        .split(",")
        .pop();
    expect(last("Csv flag: referred one")).toBe("referred");
    expect(last("Csv flag: waiting one")).toBe("not yet decided");
    expect(last("Flagged and decided")).toBe("not a concern");
    expect(last("Two suggestions")).toBe("no");
    // Who decided, and their note, stay on the safeguarding page.
    expect(lines.join("\n")).not.toContain("Dee Decider");
    expect(lines.join("\n")).not.toContain("Told the lead");
  });

  it("the inspections list says, per inspection, how many flagged comments wait for a decision", async () => {
    const quiet = await createOpenInspection(handle.db, { localAreaName: "Quietshire" });
    await handle.db
      .insert(inspectionTeam)
      .values({ inspectionId: quiet, userId: reader, role: "lead" });
    const [waiting] = await handle.db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.inspectionId, inspectionId), eq(comments.concern, true)));
    expect(waiting).toBeDefined();
    const list = await listLoader({
      request: new Request("http://localhost/inspections", { headers: { Cookie: cookie } }),
      params: {},
      context: { cspNonce: "" },
    });
    const row = (id: string) => list.rows.find((r) => r.id === id)!;
    // Flagged and waiting here: "Flagged, not yet decided", "Flagged child comment", "Csv flag: waiting one".
    expect(row(inspectionId).concerns).toBe("3 waiting for a decision");
    expect(row(quiet).concerns).toBe("None waiting");
  });
});

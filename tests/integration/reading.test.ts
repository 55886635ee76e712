import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings } from "~/platform/settings.server";
import { auditLog, commentCodes, comments, inspectionTeam, users } from "~db/schema";
import { startSession } from "~/auth/session.server";
import type { Audience } from "~/inspections/audiences";
import { confirmCodes, listComments, recodeComment } from "~/coding/comments.server";
import { loader as exportLoader } from "~/routes/inspections.$inspectionId.export.$file";
import { markCommentRead, readingProgress } from "~/coding/read-state.server";
import {
  action as commentsAction,
  loader as commentsLoader,
} from "~/routes/inspections.$inspectionId.comments";
import {
  action as queueAction,
  loader as queueLoader,
} from "~/routes/inspections.$inspectionId.comments_.queue";
import {
  createOpenInspection,
  createTestDatabase,
  databaseKind,
  sendOwnWords,
} from "./test-database";

/*
 * Reading at scale (#19): read state kept for the team, the reading queue and bulk actions.
 * Each test finds its comments by id; figures are about comments, not people.
 */

let handle: DatabaseHandle;
let inspectionId: string;
let elsewhere: string;
let reader: string;
let cookie: string;

async function respond(
  inspection: string,
  audience: Audience,
  text: string,
  language: "en" | "pl" = "en",
) {
  await sendOwnWords(handle.db, { inspectionId: inspection, audience, text, language });
}

async function commentIdOf(inspection: string, text: string) {
  const [row] = await handle.db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.inspectionId, inspection), eq(comments.text, text)));
  return row!.id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Readshire" });
  elsewhere = await createOpenInspection(handle.db, { localAreaName: "Elsewhereshire" });
  const [user] = await handle.db
    .insert(users)
    .values({
      email: "queue@inspect.test",
      name: "Ada Reader",
      passwordHash: "x",
      role: "inspector",
    })
    .returning({ id: users.id });
  reader = user!.id;
  await handle.db.insert(inspectionTeam).values({ inspectionId, userId: reader, role: "lead" });
  cookie = (await startSession(reader)).split(";")[0]!;
});
afterAll(() => handle.close());

const get = (url: string) => ({
  request: new Request(`http://localhost${url}`, { headers: { Cookie: cookie } }),
  params: { inspectionId },
  context: { cspNonce: "" },
});
const post = (url: string, fields: Record<string, string>) => ({
  request: new Request(`http://localhost${url}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
  }),
  params: { inspectionId },
  context: { cspNonce: "" },
});

describe(`read state on ${databaseKind}`, () => {
  it("counts comments, those read and those with no code, and marks one read once, audited", async () => {
    const before = await readingProgress(handle.db, inspectionId);
    await respond(inspectionId, "parent", "The autism assessment took two years to happen.");
    await respond(inspectionId, "parent", "Zebra crossings");
    const assessed = await commentIdOf(
      inspectionId,
      "The autism assessment took two years to happen.",
    );
    const plain = await commentIdOf(inspectionId, "Zebra crossings");
    // Uncoded only when nothing is suggested or confirmed: remove every code of one comment.
    await recodeComment(handle.db, {
      userId: reader,
      inspectionId,
      commentId: plain,
      criteria: [],
    });
    expect(await readingProgress(handle.db, inspectionId)).toEqual({
      comments: before.comments + 2,
      read: before.read,
      uncoded: before.uncoded + 1,
      grouped: before.grouped,
      groups: before.groups,
    });

    expect(
      await markCommentRead(handle.db, { userId: reader, inspectionId, commentId: assessed }),
    ).toEqual({ found: true });
    await markCommentRead(handle.db, { userId: reader, inspectionId, commentId: assessed });
    const [row] = await handle.db
      .select({ readBy: comments.readBy, readAt: comments.readAt })
      .from(comments)
      .where(eq(comments.id, assessed));
    expect(row!.readBy).toBe(reader);
    expect(row!.readAt).toBeInstanceOf(Date);
    const entries = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "comment_read"), eq(auditLog.inspectionId, inspectionId)));
    expect(
      entries.filter((e) => (e.detail as { commentId?: string }).commentId === assessed),
    ).toHaveLength(1);
    expect((await readingProgress(handle.db, inspectionId)).read).toBe(before.read + 1);
    const listed = (await listComments(handle.db, inspectionId)).find((c) => c.id === assessed);
    expect(listed!.read).toBe(true);
  });

  it("will not mark another inspection's comment read", async () => {
    await respond(elsewhere, "parent", "Somewhere else entirely.");
    const theirs = await commentIdOf(elsewhere, "Somewhere else entirely.");
    expect(
      await markCommentRead(handle.db, { userId: reader, inspectionId, commentId: theirs }),
    ).toEqual({ found: false });
    const response = await commentsAction(
      post(`/inspections/${inspectionId}/comments`, { intent: "read", commentId: theirs }),
    ).catch((thrown: unknown) => thrown);
    expect((response as { init?: { status?: number } }).init?.status).toBe(404);
  });

  it("the comments page says how far the team has got, and its form marks a comment read", async () => {
    await respond(inspectionId, "practitioner", "Joint working with health has improved.");
    const id = await commentIdOf(inspectionId, "Joint working with health has improved.");
    const page = await commentsLoader(get(`/inspections/${inspectionId}/comments`));
    expect(page.progress).toEqual(await readingProgress(handle.db, inspectionId));
    expect(page.comments.find((c) => c.id === id)!.read).toBe(false);
    const response = (await commentsAction(
      post(`/inspections/${inspectionId}/comments`, { intent: "read", commentId: id }),
    )) as Response;
    expect(response.status).toBe(302);
    const after = await commentsLoader(get(`/inspections/${inspectionId}/comments`));
    expect(after.comments.find((c) => c.id === id)!.read).toBe(true);
    expect(after.progress.read).toBe(page.progress.read + 1);
  });

  it("refuses a comments form with no intent, an unknown one or a forged id, and changes nothing", async () => {
    await respond(inspectionId, "parent", "The bus to school is always late.");
    const id = await commentIdOf(inspectionId, "The bus to school is always late.");
    const before = await commentsLoader(get(`/inspections/${inspectionId}/comments`));
    const codesBefore = before.comments.find((c) => c.id === id)!.codes;
    const refusedForms: Record<string, string>[] = [
      { commentId: id, criteria: "I1" },
      { intent: "zebra", commentId: id, criteria: "I1" },
      { intent: "recode", commentId: `${id}x`, criteria: "I1" },
      { intent: "read", commentId: "1; drop table comments" },
    ];
    for (const fields of refusedForms) {
      const refused = await commentsAction(
        post(`/inspections/${inspectionId}/comments`, fields),
      ).catch((thrown: unknown) => thrown);
      expect((refused as { init?: { status?: number } }).init?.status, JSON.stringify(fields)).toBe(
        400,
      );
    }
    const after = await commentsLoader(get(`/inspections/${inspectionId}/comments`));
    const comment = after.comments.find((c) => c.id === id)!;
    expect(comment.codes).toEqual(codesBefore);
    expect(comment.read).toBe(false);
    const recoded = (await commentsAction(
      post(`/inspections/${inspectionId}/comments`, {
        intent: "recode",
        commentId: id,
        criteria: "I1",
      }),
    )) as Response;
    expect(recoded.status).toBe(302);
    const recodedCodes = (
      await commentsLoader(get(`/inspections/${inspectionId}/comments`))
    ).comments
      .find((c) => c.id === id)!
      .codes.filter((c) => c.status === "confirmed")
      .map((c) => c.criterion);
    expect(recodedCodes).toEqual(["I1"]);
  });

  it("records who confirmed a code, and keeps the first confirmer when it is confirmed again", async () => {
    await respond(inspectionId, "parent", "Nobody listened to us about his plan.");
    const id = await commentIdOf(inspectionId, "Nobody listened to us about his plan.");
    await recodeComment(handle.db, {
      userId: reader,
      inspectionId,
      commentId: id,
      criteria: ["I2"],
    });
    const confirmer = async (criterion: string) =>
      (
        await handle.db
          .select({ by: commentCodes.confirmedBy, status: commentCodes.status })
          .from(commentCodes)
          .where(and(eq(commentCodes.commentId, id), eq(commentCodes.criterion, criterion)))
      )[0];
    expect(await confirmer("I2")).toEqual({ by: reader, status: "confirmed" });
    const [second] = await handle.db
      .insert(users)
      .values({
        email: "second@inspect.test",
        name: "Second",
        passwordHash: "x",
        role: "inspector",
      })
      .returning({ id: users.id });
    await recodeComment(handle.db, {
      userId: second!.id,
      inspectionId,
      commentId: id,
      criteria: ["I2", "L2"],
    });
    expect(await confirmer("I2")).toEqual({ by: reader, status: "confirmed" });
    expect(await confirmer("L2")).toEqual({ by: second!.id, status: "confirmed" });
    await recodeComment(handle.db, { userId: reader, inspectionId, commentId: id, criteria: [] });
    expect(await confirmer("I2")).toEqual({ by: null, status: "removed" });
  });
});

describe(`the reading queue on ${databaseKind}`, () => {
  let queued: string;
  const texts = {
    first: "Queue one: the speech therapy waiting list was long.",
    second: "Queue two: 100% of the plans were late.",
    third: "Queue three: joint working with health is better since the training.",
    fourth: "Kolejka cztery: czekaliśmy długo na terapię.",
  };
  const ids: Record<keyof typeof texts, string> = { first: "", second: "", third: "", fourth: "" };
  const queueUrl = (query = "") => `/inspections/${queued}/comments/queue${query}`;
  const at = (query: string) => ({
    request: new Request(`http://localhost${queueUrl(query)}`, { headers: { Cookie: cookie } }),
    params: { inspectionId: queued },
    context: { cspNonce: "" },
  });
  const send = (query: string, fields: Record<string, string>) => ({
    request: new Request(`http://localhost${queueUrl(query)}`, {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    }),
    params: { inspectionId: queued },
    context: { cspNonce: "" },
  });
  const statusOf = async (promise: Promise<unknown>) => {
    const outcome = await promise.catch((thrown: unknown) => thrown);
    return outcome instanceof Response
      ? outcome.status
      : (outcome as { init?: { status?: number } }).init?.status;
  };

  beforeAll(async () => {
    queued = await createOpenInspection(handle.db, { localAreaName: "Queueshire" });
    await handle.db
      .insert(inspectionTeam)
      .values({ inspectionId: queued, userId: reader, role: "member" });
    await respond(queued, "parent", texts.first);
    await respond(queued, "parent", texts.second);
    await respond(queued, "practitioner", texts.third);
    await respond(queued, "parent", texts.fourth, "pl");
    for (const key of Object.keys(texts) as (keyof typeof texts)[]) {
      ids[key] = await commentIdOf(queued, texts[key]);
    }
  });

  it("moves through every comment in reading order, one at a time", async () => {
    const seen: string[] = [];
    let step = await queueLoader(at(""));
    expect(step.total).toBe(4);
    while (step.comment) {
      expect(step.position).toBe(seen.length + 1);
      seen.push(step.comment.id);
      if (!step.nextId) break;
      step = await queueLoader(at(`?at=${step.nextId}`));
    }
    expect(new Set(seen)).toEqual(new Set(Object.values(ids)));
    // Previous from the last goes back one.
    const back = await queueLoader(at(`?at=${step.previousId}`));
    expect(back.comment!.id).toBe(seen[seen.length - 2]);
    expect(back.nextId).toBe(seen[seen.length - 1]);
  });

  it("keeps its filter as it moves: audience and language, and words in the text", async () => {
    const parentsInEnglish = await queueLoader(at("?audience=parent&language=en"));
    expect(parentsInEnglish.total).toBe(2);
    expect(parentsInEnglish.filterQuery).toBe("?audience=parent&language=en");
    const both = [parentsInEnglish.comment!.id, parentsInEnglish.nextId];
    expect(new Set(both)).toEqual(new Set([ids.first, ids.second]));
    const second = await queueLoader(at(`?audience=parent&language=en&at=${both[1]}`));
    expect(second.position).toBe(2);
    expect(second.nextId).toBeNull();

    const polish = await queueLoader(at("?language=pl"));
    expect(polish.total).toBe(1);
    expect(polish.comment!.id).toBe(ids.fourth);
    expect(polish.comment!.language).toBe("pl");

    const words = await queueLoader(at("?search=JOINT%20working"));
    expect(words.total).toBe(1);
    expect(words.comment!.id).toBe(ids.third);
    // The search is words, not a pattern: "%" matches only a "%".
    const percent = await queueLoader(at("?search=%25"));
    expect(percent.total).toBe(1);
    expect(percent.comment!.id).toBe(ids.second);
    expect((await queueLoader(at("?search=zzz-nothing"))).comment).toBeNull();
  });

  it("under 'not yet read', marking one read goes on to the next unread, keeping the filter", async () => {
    const first = await queueLoader(at("?show=unread&audience=parent"));
    expect(first.total).toBe(3);
    const response = (await queueAction(
      send(`?show=unread&audience=parent&at=${first.comment!.id}`, {
        intent: "read",
        commentId: first.comment!.id,
      }),
    )) as Response;
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("Location")!, "http://localhost");
    expect(location.searchParams.get("audience")).toBe("parent");
    expect(location.searchParams.getAll("show")).toEqual(["unread"]);
    expect(location.searchParams.get("done")).toBe("read");
    const after = await queueLoader(at(location.search));
    expect(after.total).toBe(2);
    expect(after.comment!.id).toBe(first.nextId);
    expect(after.comment!.read).toBe(false);
  });

  it("accepts one suggestion, all of them, or a code typed by name; says why a name is refused", async () => {
    const id = ids.third;
    const codes = async () =>
      Object.fromEntries(
        (await listComments(handle.db, queued, { ids: [id] }))[0]!.codes.map((c) => [
          c.criterion,
          c.status,
        ]),
      );
    const suggested = Object.entries(await codes())
      .filter(([, status]) => status === "suggested")
      .map(([criterion]) => criterion);
    expect(suggested.length).toBeGreaterThan(0);
    await queueAction(send("", { intent: "accept", criterion: suggested[0]!, commentId: id }));
    expect((await codes())[suggested[0]!]).toBe("confirmed");
    if (suggested.length > 1) expect((await codes())[suggested[1]!]).toBe("suggested");
    await queueAction(send("", { intent: "acceptAll", commentId: id }));
    expect(Object.values(await codes()).every((status) => status === "confirmed")).toBe(true);

    await queueAction(send("", { intent: "add", code: " ap ", commentId: id }));
    expect((await codes()).AP).toBe("confirmed");
    await queueAction(send("", { intent: "add", code: "next steps", commentId: id }));
    expect((await codes()).I4).toBe("confirmed");

    const unknown = await queueAction(send("", { intent: "add", code: "zebra", commentId: id }));
    expect((unknown as { init: { status: number } }).init.status).toBe(400);
    expect((unknown as { data: { error: string } }).data.error).toMatch(/Type a code such as I2/);
    const ambiguous = await queueAction(
      send("", { intent: "add", code: "leaders", commentId: id }),
    );
    expect((ambiguous as { data: { error: string } }).data.error).toMatch(/L1, L2/);
    const [confirmer] = await handle.db
      .select({ by: commentCodes.confirmedBy })
      .from(commentCodes)
      .where(and(eq(commentCodes.commentId, id), eq(commentCodes.criterion, "AP")));
    expect(confirmer!.by).toBe(reader);
  });

  it("refuses another inspection's comment, and a form that is not one of its own", async () => {
    await respond(elsewhere, "parent", "Not in this queue at all.");
    const theirs = await commentIdOf(elsewhere, "Not in this queue at all.");
    expect(await statusOf(queueAction(send("", { intent: "read", commentId: theirs })))).toBe(404);
    expect(await statusOf(queueAction(send("", { intent: "acceptAll", commentId: theirs })))).toBe(
      404,
    );
    expect(await statusOf(queueAction(send("", { intent: "nothing", commentId: ids.first })))).toBe(
      400,
    );
    expect(await statusOf(queueAction(send("", { intent: "read", commentId: "not-an-id" })))).toBe(
      400,
    );
  });
});

describe(`the comments file on ${databaseKind}`, () => {
  it("says for each code whether it was suggested or confirmed, and by whom", async () => {
    // Parents' words are exported only once enough parents have answered (at least 5 here).
    loadSettings({ ...process.env, SUPPRESS_BELOW: "5" });
    for (const n of [1, 2, 3]) await respond(inspectionId, "parent", `Another parent, ${n}.`);
    await respond(
      inspectionId,
      "parent",
      "Csv row: the plan was written without us, and no support came.",
    );
    const id = await commentIdOf(
      inspectionId,
      "Csv row: the plan was written without us, and no support came.",
    );
    await confirmCodes(handle.db, {
      userId: reader,
      inspectionId,
      commentId: id,
      criteria: ["L2"],
    });
    const suggested = (await listComments(handle.db, inspectionId, { ids: [id] }))[0]!.codes.find(
      (c) => c.status === "suggested",
    )!;
    const response = (await exportLoader({
      ...get(`/inspections/${inspectionId}/export/comments.csv`),
      params: { inspectionId, file: "comments.csv" },
    })) as Response;
    const row = (await response.text()).split("\n").find((line) => line.includes("Csv row:"))!;
    expect(row).toContain("L2 (confirmed by Ada Reader)");
    expect(row).toContain(`${suggested.criterion} (suggested)`);
    loadSettings(process.env);
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import {
  answers,
  auditLog,
  comments,
  inspectionTeam,
  inspections,
  responses,
  users,
} from "~db/schema";
import { startSession } from "~/auth/session.server";
import {
  action as finalAction,
  loader as finalLoader,
} from "~/routes/inspections.$inspectionId.final";
import { overviewFigures } from "~/summary/overview.server";
import { getFixedT } from "~/i18n/i18n.server";
import { paperField } from "~/responses/paper-field";
import {
  action as paperAction,
  loader as paperLoader,
} from "~/routes/inspections.$inspectionId.paper";
import { inspectionSummary } from "~/summary/summary.server";
import { getSurvey } from "~surveys";
import { questionOptions } from "~surveys/options";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";

/*
 * Paper forms keyed in on one page by the team (#20): stored once as "paper" in the form's
 * language, own words redacted and flagged as online, all or nothing, late after closing.
 */

let handle: DatabaseHandle;
let inspectionId: string;
let elsewhere: string;
let cookie: string;
let keyer: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Papershire" });
  elsewhere = await createOpenInspection(handle.db, { localAreaName: "Othershire" });
  const [user] = await handle.db
    .insert(users)
    .values({
      email: "paper@inspect.test",
      name: "Pat Keyer",
      passwordHash: "x",
      role: "inspector",
    })
    .returning({ id: users.id });
  keyer = user!.id;
  await handle.db.insert(inspectionTeam).values({ inspectionId, userId: keyer, role: "member" });
  cookie = (await startSession(keyer)).split(";")[0]!;
});
afterAll(() => handle.close());

const page = (search: string, inspection = inspectionId) => ({
  request: new Request(`http://localhost/inspections/${inspection}/paper?${search}`, {
    headers: { Cookie: cookie },
  }),
  params: { inspectionId: inspection },
  context: { cspNonce: "" },
});
const send = (search: string, fields: [string, string][], inspection = inspectionId) => ({
  request: new Request(`http://localhost/inspections/${inspection}/paper?${search}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
  }),
  params: { inspectionId: inspection },
  context: { cspNonce: "" },
});
const statusOf = async (result: Promise<unknown>) => {
  const settled = await result.catch((thrown: unknown) => thrown);
  if (settled instanceof Response) return settled.status;
  return (settled as { init?: { status?: number } }).init?.status ?? 200;
};
const paperResponses = (inspection = inspectionId) =>
  handle.db
    .select()
    .from(responses)
    .where(and(eq(responses.inspectionId, inspection), eq(responses.channel, "paper")));

const parents = "audience=parent&version=standard&language=ur";
const definition = getSurvey("parent", "standard");
const scale = definition.questions.find((q) => q.kind === "scale" && q.section !== "about")!;
const ownWords = definition.questions.find((q) => q.kind === "text")!;

/** A whole form as the page sends it: the first answer of each choice question, and words. */
async function filledForm(words: string): Promise<[string, string][]> {
  const shown = await paperLoader(page(parents));
  const fields: [string, string][] = [["submissionKey", shown.form!.submissionKey]];
  for (const question of definition.questions) {
    if (question.kind === "text") fields.push([paperField(question.id), words]);
    else fields.push([paperField(question.id), questionOptions(question)[0]!.value]);
  }
  return fields;
}

describe(`paper forms keyed in on one page on ${databaseKind}`, () => {
  it("shows every question of the form on one page, numbered, with a key of its own", async () => {
    const shown = await paperLoader(page(parents));
    expect(shown.form!.questions.map((q) => q.id)).toEqual(definition.questions.map((q) => q.id));
    expect(shown.form!.submissionKey).toMatch(/^paper-/);
    expect((await paperLoader(page(parents))).form!.submissionKey).not.toBe(
      shown.form!.submissionKey,
    );
    expect(shown.title).toContain("Urdu");
    // Without a complete choice, the page offers the choice instead.
    expect((await paperLoader(page("audience=parent&version=standard"))).form).toBeNull();
    expect((await paperLoader(page("audience=nobody&version=easy&language=en"))).form).toBeNull();
    // Only the page's own "saved" words are shown, never one made up in the address.
    const saved = async (said: string) => {
      const shown = await paperLoader(page(`${parents}&saved=${said}`));
      return "saved" in shown ? shown.saved : "no form";
    };
    expect(await saved("late")).toBe("late");
    expect(await saved("madeup")).toBeUndefined();
  });

  it("stores a form once as paper in its language, redacted and coded, and audits it without answers", async () => {
    const before = (await paperResponses()).length;
    const fields = await filledForm("Mrs Patel at the school never rings me back.");
    const first = (await paperAction(send(parents, fields))) as Response;
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toContain("saved=yes");
    // The same form sent again (a double click, a retry) is stored once.
    const again = (await paperAction(send(parents, fields))) as Response;
    expect(again.headers.get("Location")).toContain("saved=again");
    const stored = await paperResponses();
    expect(stored.length).toBe(before + 1);
    const response = stored.at(-1)!;
    expect(response).toMatchObject({ language: "ur", version: "standard", audience: "parent" });
    const [comment] = await handle.db
      .select()
      .from(comments)
      .where(eq(comments.responseId, response.id));
    expect(comment!.questionId).toBe(ownWords.id);
    expect(comment!.text).not.toContain("Patel");
    const [answer] = await handle.db
      .select()
      .from(answers)
      .where(and(eq(answers.responseId, response.id), eq(answers.questionId, scale.id)));
    expect(answer!.value).toBe(questionOptions(scale)[0]!.value);
    const summary = await inspectionSummary(handle.db, inspectionId, 1);
    expect(summary.breakdowns.find((b) => b.by === "channel")!.rows.map((r) => r.value)).toContain(
      "paper",
    );
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.inspectionId, inspectionId), eq(auditLog.action, "paper_response_keyed")),
      );
    expect(entry).toMatchObject({
      userId: keyer,
      detail: { audience: "parent", version: "standard", language: "ur", late: false },
    });
    expect(JSON.stringify(entry!.detail)).not.toContain("school");
  });

  it("flags a possible disclosure from the words as written, as the online pages do", async () => {
    const fields = await filledForm("My dad hits me when I get home from school.");
    await paperAction(send(parents, fields));
    const [comment] = await handle.db
      .select()
      .from(comments)
      .where(and(eq(comments.inspectionId, inspectionId), eq(comments.concern, true)));
    expect(comment).toBeDefined();
  });

  it("refuses a form with a choice not on it or words too long, says which, keeps the rest and stores nothing", async () => {
    const before = (await paperResponses()).length;
    const fields = (await filledForm("Kept as typed.")).map(([name, value]): [string, string] =>
      name === paperField(scale.id) ? [name, "not-an-option"] : [name, value],
    );
    const refused = await paperAction(send(parents, fields));
    expect(await statusOf(Promise.resolve(refused))).toBe(400);
    type Refused = { data: { errors: Record<string, string>; chosen: Record<string, unknown> } };
    const body = (refused as Refused).data;
    expect(Object.keys(body.errors)).toEqual([scale.id]);
    expect(body.errors[scale.id]).toMatch(/Choose one of the answers printed on the form/);
    expect(body.chosen[ownWords.id]).toEqual({ text: "Kept as typed." });
    const long = await filledForm("x".repeat(ownWords.maxLength + 1));
    const tooLong = await paperAction(send(parents, long));
    expect((tooLong as Refused).data.errors[ownWords.id]).toMatch(/characters or fewer/);
    expect((await paperResponses()).length).toBe(before);
  });

  it("refuses a forged key, an unknown form and another inspection's team, storing nothing", async () => {
    const before = (await paperResponses()).length;
    const fields = await filledForm("Fine.");
    const forged = fields.map(([n, v]): [string, string] =>
      n === "submissionKey" ? [n, "someone-elses-draft-key"] : [n, v],
    );
    expect(await statusOf(paperAction(send(parents, forged)))).toBe(400);
    const unknown = "audience=parent&version=hard&language=en";
    expect(await statusOf(paperAction(send(unknown, fields)))).toBe(400);
    expect(await statusOf(paperAction(send(parents, fields, elsewhere)))).toBe(404);
    expect(await statusOf(paperLoader(page(parents, elsewhere)))).toBe(404);
    expect((await paperResponses()).length).toBe(before);
    expect((await paperResponses(elsewhere)).length).toBe(0);
  });

  it("keys in a form that came after the surveys closed, marked late, until the data is deleted", async () => {
    await handle.db
      .update(inspections)
      .set({ surveysClosedEarly: true, surveysClosedAt: new Date() })
      .where(eq(inspections.id, inspectionId));
    const late = (await paperAction(send(parents, await filledForm("Late but kept.")))) as Response;
    expect(late.headers.get("Location")).toContain("saved=late");
    const entries = await handle.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.inspectionId, inspectionId), eq(auditLog.action, "paper_response_keyed")),
      );
    expect(entries.filter((e) => e.detail.late === true)).toHaveLength(1);
    await handle.db
      .update(inspections)
      .set({ dataDeletedAt: new Date() })
      .where(eq(inspections.id, inspectionId));
    const before = (await paperResponses()).length;
    const refused = await paperAction(send(parents, await filledForm("Too late.")));
    expect(await statusOf(Promise.resolve(refused))).toBe(400);
    expect((refused as { data: { refused: string } }).data.refused).toMatch(/deleted/);
    expect((await paperResponses()).length).toBe(before);
  });

  it("counts late forms as late paper forms, and refuses any form once the lead marks the summary final, until undone", async () => {
    // The deletion above is undone here, so the inspection takes forms again (still closed).
    await handle.db
      .update(inspections)
      .set({ dataDeletedAt: null, surveysClosedEarly: true, surveysClosedAt: new Date() })
      .where(eq(inspections.id, inspectionId));
    const stored = await paperResponses();
    const lateBefore = stored.filter((r) => r.late).length;
    expect(lateBefore).toBeGreaterThan(0);
    expect(stored.filter((r) => !r.late).every((r) => r.channel === "paper")).toBe(true);
    await paperAction(send(parents, await filledForm("Late, from the post.")));
    expect((await paperResponses()).filter((r) => r.late).length).toBe(lateBefore + 1);

    // Counted as such: the channel breakdown and the overview's rates say how many came late.
    const summary = await inspectionSummary(handle.db, inspectionId, 1);
    const channel = summary.breakdowns.find((b) => b.by === "channel")!;
    expect(channel.rows.find((r) => r.value === "paper_late")!.counts.parent).toMatchObject({
      count: lateBefore + 1,
      suppressed: false,
    });
    const t = await getFixedT("en", "inspector");
    const figures = await overviewFigures(handle.db, { inspectionId, language: "en", t });
    expect(figures.rates.sentences.join(" ")).toMatch(/Late paper forms: /);

    // Only the lead marks it final: a member is refused.
    const finalPost = (intent: string) => ({
      request: new Request(`http://localhost/inspections/${inspectionId}/final`, {
        method: "POST",
        body: new URLSearchParams({ intent }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      }),
      params: { inspectionId },
      context: { cspNonce: "" },
    });
    expect(await statusOf(finalAction(finalPost("final")))).toBe(403);
    await handle.db
      .update(inspectionTeam)
      .set({ role: "lead" })
      .where(eq(inspectionTeam.userId, keyer));
    expect(await statusOf(finalAction(finalPost("")))).toBe(400);
    const shownBefore = await finalLoader(page("", inspectionId));
    expect(shownBefore.finalOn).toBeNull();
    expect(((await finalAction(finalPost("final"))) as Response).status).toBe(302);
    // Marked again, nothing changes and nothing more is audited.
    await finalAction(finalPost("final"));

    // After final: refused in words, nothing stored, and the page offers no form.
    const count = (await paperResponses()).length;
    const form = await filledForm("After the summary was final.");
    const refused = await paperAction(send(parents, form));
    expect(await statusOf(Promise.resolve(refused))).toBe(400);
    expect((refused as { data: { refused: string } }).data.refused).toMatch(
      /marked the summary final/,
    );
    expect((await paperResponses()).length).toBe(count);
    expect((await paperLoader(page(parents))).final).toBe(true);

    // The lead can undo it (audited), and late forms are keyed in again.
    await finalAction(finalPost("undo"));
    expect((await paperLoader(page(parents))).final).toBe(false);
    await paperAction(send(parents, await filledForm("Arrived the next morning.")));
    expect((await paperResponses()).filter((r) => r.late).length).toBe(lateBefore + 2);
    const entries = await handle.db
      .select({ action: auditLog.action, userId: auditLog.userId })
      .from(auditLog)
      .where(eq(auditLog.inspectionId, inspectionId))
      .orderBy(auditLog.at);
    expect(
      entries.filter((e) => e.action === "summary_final" || e.action === "summary_final_undone"),
    ).toEqual([
      { action: "summary_final", userId: keyer },
      { action: "summary_final_undone", userId: keyer },
    ]);
  });
});

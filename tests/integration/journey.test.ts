import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { answers, commentCodes, comments, drafts, inspections, responses } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import {
  createResumeCode,
  deleteDraftsOfClosedSurveys,
  findDraft,
  findDraftByResumeCode,
  saveDraftAnswer,
  startDraft,
} from "~/responses/drafts.server";
import { redactionRulesVersion } from "~/privacy/redact.server";
import { submitResponse } from "~/responses/submit.server";
import {
  findSurveyByShortCode,
  findSurveyByToken,
  listSurveyLinks,
} from "~/inspections/survey-links.server";
import { getSurvey } from "~surveys";
import { createTestDatabase, databaseKind } from "./test-database";
import { raced } from "../racing";

let handle: DatabaseHandle;
let inspectionId: string;
let links: Awaited<ReturnType<typeof listSurveyLinks>>;
const parent = getSurvey("parent", "standard");

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Testshire",
    notifiedOn: "2026-11-23",
    now: new Date("2026-11-23T08:00:00Z"),
  });
  links = await listSurveyLinks(handle.db, inspectionId);
});
afterAll(() => handle.close());

const parentLink = () => links.find((l) => l.audience === "parent")!;
const during = new Date("2026-11-25T12:00:00Z");

async function count(table: typeof responses | typeof answers | typeof comments | typeof drafts) {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row!.n;
}

async function filledDraft() {
  const survey = (await findSurveyByToken(handle.db, parentLink().token, during))!;
  const draft = await startDraft(handle.db, {
    surveyLinkId: survey.linkId,
    version: "standard",
    language: "en",
  });
  await saveDraftAnswer(handle.db, draft.id, "needs_identified", { value: "agree" });
  await saveDraftAnswer(handle.db, draft.id, "waiting_support", { value: "no" });
  await saveDraftAnswer(handle.db, draft.id, "right_help", { skipped: true });
  await saveDraftAnswer(handle.db, draft.id, "improve", {
    text: "Mrs Hughes at school was great. Call me on 07700 900123 or email jo.bloggs@example.com",
  });
  await saveDraftAnswer(handle.db, draft.id, "about_ehc_plan", { value: "yes" });
  return { survey, draft: (await findDraft(handle.db, draft.id, survey.linkId))! };
}

/** Sends a parent's draft as the Send button does, during the survey window. */
const sendParentDraft = (draft: Parameters<typeof submitResponse>[1]["draft"]) =>
  submitResponse(handle.db, {
    inspectionId,
    audience: "parent",
    definition: parent,
    draft,
    language: "en",
    now: during,
  });

describe(`survey journey storage on ${databaseKind}`, () => {
  it("finds a survey by its link and by its short code, in any case and with spaces", async () => {
    const link = parentLink();
    expect((await findSurveyByToken(handle.db, link.token, during))?.audience).toBe("parent");
    const typed = `${link.shortCode.slice(0, 3).toLowerCase()} ${link.shortCode.slice(3)}`;
    expect((await findSurveyByShortCode(handle.db, typed, during))?.token).toBe(link.token);
    expect(await findSurveyByToken(handle.db, "nope", during)).toBeUndefined();
    expect(await findSurveyByShortCode(handle.db, "ZZZZZZ", during)).toBeUndefined();
  });

  it("knows when the survey window is open, not open yet, or closed", async () => {
    const token = parentLink().token;
    expect(
      (await findSurveyByToken(handle.db, token, new Date("2026-11-23T07:00:00Z")))?.state,
    ).toBe("not_open");
    expect((await findSurveyByToken(handle.db, token, during))?.state).toBe("open");
    expect(
      (await findSurveyByToken(handle.db, token, new Date("2026-12-01T09:00:00Z")))?.state,
    ).toBe("closed");
  });

  it("stores a coded, redacted, anonymous response in one go and deletes the draft", async () => {
    const { survey, draft } = await filledDraft();
    const before = await count(responses);
    const result = await sendParentDraft(draft);
    expect(result.stored).toBe(true);
    expect(await count(responses)).toBe(before + 1);
    const [response] = await handle.db
      .select()
      .from(responses)
      .where(eq(responses.submissionKey, draft.submissionKey));
    expect(response).toMatchObject({
      audience: "parent",
      version: "standard",
      language: "en",
      channel: "online",
      submittedOn: "2026-11-25",
      about: { about_ehc_plan: "yes" },
    });
    // Nothing finer than the day, and no identifying columns at all (`counted`: whether the
    // summary's counters hold it yet).
    expect(Object.keys(response!).sort()).toEqual([
      "about",
      "audience",
      "channel",
      "counted",
      "id",
      "inspectionId",
      "language",
      // Whether a paper form came after the surveys closed (#20): nothing about the person.
      "late",
      "submissionKey",
      "submittedOn",
      "version",
    ]);
    const stored = await handle.db
      .select()
      .from(answers)
      .where(eq(answers.responseId, response!.id));
    expect(stored.map((a) => [a.questionId, a.value, a.polarity, a.criteria]).sort()).toEqual([
      ["needs_identified", "agree", "positive", ["I1"]],
      ["waiting_support", "no", "negative", ["I3"]],
    ]);
    const [comment] = await handle.db
      .select()
      .from(comments)
      .where(eq(comments.responseId, response!.id));
    expect(comment!.text).not.toMatch(/Hughes|07700|jo\.bloggs/);
    expect(comment!.text).toContain("[phone]");
    expect(comment!.text).toContain("[email]");
    const codes = await handle.db
      .select()
      .from(commentCodes)
      .where(eq(commentCodes.commentId, comment!.id));
    // An open question's comment is coded from its own words (#19), and these name no criterion.
    expect(codes.map((c) => [c.criterion, c.status]).sort()).toEqual([]);
    expect(await findDraft(handle.db, draft.id, survey.linkId)).toBeUndefined();
  });

  it("redacts again, when sent, own words a draft holds from older redaction rules", async () => {
    const { survey } = await filledDraft();
    // A draft as an older version left it: words stored as typed, no rules version.
    const typed = "Mrs Hughes at school was great. Call me on 07700 900123";
    const old = await startDraft(handle.db, {
      surveyLinkId: survey.linkId,
      version: "standard",
      language: "en",
    });
    expect(old.redactionVersion).toBe(redactionRulesVersion);
    await handle.db
      .update(drafts)
      .set({ answers: { improve: { text: typed } }, redactionVersion: 0 })
      .where(eq(drafts.id, old.id));
    // Under today's rules the same words, had they been saved today, pass as they are.
    const current = await startDraft(handle.db, {
      surveyLinkId: survey.linkId,
      version: "standard",
      language: "en",
    });
    await handle.db
      .update(drafts)
      .set({ answers: { improve: { text: "Already redacted by [name]" } } })
      .where(eq(drafts.id, current.id));
    const stored: string[] = [];
    for (const draft of [old, current]) {
      const found = (await findDraft(handle.db, draft.id, survey.linkId))!;
      await sendParentDraft(found);
      const [row] = await handle.db
        .select({ text: comments.text })
        .from(comments)
        .innerJoin(responses, eq(responses.id, comments.responseId))
        .where(eq(responses.submissionKey, found.submissionKey));
      stored.push(row!.text);
    }
    expect(stored[0]).not.toMatch(/Hughes|07700/);
    expect(stored[0]).toContain("[phone]");
    expect(stored[1]).toBe("Already redacted by [name]");
  });

  it(`stores the same submission once when it is sent five times at once${raced}`, async () => {
    const { draft } = await filledDraft();
    const before = await count(responses);
    const results = await Promise.all(Array.from({ length: 5 }, () => sendParentDraft(draft)));
    expect(results.filter((r) => r.stored)).toHaveLength(1);
    expect(await count(responses)).toBe(before + 1);
    const [response] = await handle.db
      .select()
      .from(responses)
      .where(eq(responses.submissionKey, draft.submissionKey));
    const stored = await handle.db
      .select()
      .from(answers)
      .where(eq(answers.responseId, response!.id));
    expect(stored).toHaveLength(2);
  });

  it("resumes a draft on another device with its code, and only while the survey is open", async () => {
    const { survey, draft } = await filledDraft();
    const code = await createResumeCode(handle.db, draft.id);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
    const stored = await handle.db
      .select({ hash: drafts.resumeCodeHash })
      .from(drafts)
      .where(eq(drafts.id, draft.id));
    expect(stored[0]!.hash).not.toContain(code.replace(/-/g, ""));
    const found = await findDraftByResumeCode(
      handle.db,
      code.toLowerCase().replace(/-/g, " "),
      during,
    );
    expect(found).toEqual({ draftId: draft.id, token: survey.token });
    expect(
      await findDraftByResumeCode(handle.db, code, new Date("2026-12-02T00:00:00Z")),
    ).toBeUndefined();
    expect(await findDraftByResumeCode(handle.db, "AAAA-AAAA-AA", during)).toBeUndefined();
  });

  it(`keeps other answers when two saves to one draft happen at once${raced}`, async () => {
    const { survey, draft } = await filledDraft();
    await Promise.all([
      saveDraftAnswer(handle.db, draft.id, "plan_reviewed", { value: "agree" }),
      saveDraftAnswer(handle.db, draft.id, "family_needs", { value: "disagree" }),
    ]);
    const after = await findDraft(handle.db, draft.id, survey.linkId);
    expect(after!.answers).toMatchObject({
      needs_identified: { value: "agree" },
      plan_reviewed: { value: "agree" },
      family_needs: { value: "disagree" },
    });
  });

  it("ignores draft answers that no longer fit the definition instead of storing them", async () => {
    const { draft } = await filledDraft();
    await saveDraftAnswer(handle.db, draft.id, "needs_identified", { value: "not-an-option" });
    await saveDraftAnswer(handle.db, draft.id, "no_such_question", { value: "agree" });
    const survey = (await findSurveyByToken(handle.db, parentLink().token, during))!;
    const current = (await findDraft(handle.db, draft.id, survey.linkId))!;
    await sendParentDraft(current);
    const [response] = await handle.db
      .select()
      .from(responses)
      .where(eq(responses.submissionKey, draft.submissionKey));
    const stored = await handle.db
      .select()
      .from(answers)
      .where(eq(answers.responseId, response!.id));
    expect(stored.map((a) => a.questionId)).toEqual(["waiting_support"]);
  });

  it("deletes drafts when their survey closes, and only those", async () => {
    const other = await createInspection(handle.db, {
      localAreaName: "Elsewhere",
      notifiedOn: "2026-11-30",
      now: new Date("2026-11-30T08:00:00Z"),
    });
    const otherLink = (await listSurveyLinks(handle.db, other)).find(
      (l) => l.audience === "child",
    )!;
    const otherSurvey = (await findSurveyByToken(
      handle.db,
      otherLink.token,
      new Date("2026-12-01T12:00:00Z"),
    ))!;
    const kept = await startDraft(handle.db, {
      surveyLinkId: otherSurvey.linkId,
      version: "easy",
      language: "ur",
    });
    const { draft: closing } = await filledDraft();
    await deleteDraftsOfClosedSurveys(handle.db, new Date("2026-12-01T12:00:00Z"));
    const left = await handle.db.select({ id: drafts.id }).from(drafts);
    expect(left.map((d) => d.id)).toContain(kept.id);
    expect(left.map((d) => d.id)).not.toContain(closing.id);
    await handle.db
      .update(inspections)
      .set({ surveysClosedEarly: true })
      .where(eq(inspections.id, other));
    await deleteDraftsOfClosedSurveys(handle.db, new Date("2026-12-01T12:00:00Z"));
    expect(await findDraft(handle.db, kept.id, otherSurvey.linkId)).toBeUndefined();
  });
});

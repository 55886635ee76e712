import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { auditLog, comments, drafts, inspectionTeam, responses, users } from "~db/schema";
import { getFixedT } from "~/i18n/i18n.server";
import { deleteInspectionData } from "~/inspections/retention.server";
import { parseSettings } from "~/platform/settings.server";
import {
  concernsToRead,
  hasOpenConcerns,
  openConcernCount,
  readDecision,
  recordConcernDecision,
  safeguardingGuidance,
  readGuidance,
  maxGuidance,
  setSafeguardingGuidance,
} from "~/safeguarding/concerns.server";
import { createInspection } from "~/inspections/inspections.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { helpNowFor } from "~/respond/help-now.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { getSurvey } from "~surveys";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * The safeguarding path (#19), respondent's side: own words that look like a disclosure ask
 * the next page to show where to get help now, once, and are stored flagged with the matched
 * words taken from the redacted text; nothing else about the person is kept.
 */
let handle: DatabaseHandle;
let inspectionId: string;
let childToken: string;
const during = new Date("2026-11-25T12:00:00Z");
const child = getSurvey("child", "easy");
const ownWords = child.questions.find((q) => q.kind === "text" && q.section !== "about")!;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Safeshire",
    notifiedOn: "2026-11-23",
    now: new Date("2026-11-23T08:00:00Z"),
  });
  childToken = (await listSurveyLinks(handle.db, inspectionId)).find(
    (l) => l.audience === "child",
  )!.token;
});
afterAll(() => handle.close());

async function childDraft() {
  const survey = (await findSurveyByToken(handle.db, childToken, during))!;
  const draft = await startDraft(handle.db, {
    surveyLinkId: survey.linkId,
    version: "easy",
    language: "en",
  });
  return { survey, draftId: draft.id };
}

describe(`safeguarding, the respondent's side, on ${databaseKind}`, () => {
  it("asks the next page to show where to get help, once, and stores the comment flagged", async () => {
    const { survey, draftId } = await childDraft();
    await saveDraftAnswer(handle.db, draftId, ownWords.id, {
      text: "Sarah Jones hits me at home and I feel unsafe",
    });
    const draft = (await findDraft(handle.db, draftId, survey.linkId))!;
    expect(draft.helpDue).toBe(true);
    // The draft keeps the redacted words and a mark, never the name.
    expect(JSON.stringify(draft.answers)).not.toContain("Sarah");
    expect(draft.answers[ownWords.id]).toMatchObject({ concern: true });

    const t = await getFixedT("en", "survey", "child");
    const shown = await helpNowFor(handle.db, { draft, audience: "child", t, language: "en" });
    expect(shown).toMatchObject({ helpline: "childline", easy: true });
    expect(shown!.readAloud!.text).toContain("0800 1111");
    expect(shown!.readAloud!.text).toContain("999");
    // Shown once: the mark is cleared as the page reads it.
    const again = (await findDraft(handle.db, draftId, survey.linkId))!;
    expect(again.helpDue).toBe(false);
    expect(
      await helpNowFor(handle.db, { draft: again, audience: "child", t, language: "en" }),
    ).toBeUndefined();

    expect(
      (
        await submitResponse(handle.db, {
          inspectionId,
          audience: "child",
          definition: child,
          draft: again,
          language: "en",
          now: during,
        })
      ).stored,
    ).toBe(true);
    const [stored] = await handle.db
      .select()
      .from(comments)
      .where(eq(comments.inspectionId, inspectionId));
    expect(stored).toMatchObject({
      concern: true,
      concernWords: ["hits me", "feel unsafe"],
      concernDecision: null,
    });
    expect(stored!.text).not.toContain("Sarah");
    expect(await handle.db.select().from(drafts).where(eq(drafts.id, draftId))).toEqual([]);
  });

  it("leaves ordinary words and closed answers alone", async () => {
    const { survey, draftId } = await childDraft();
    await saveDraftAnswer(handle.db, draftId, ownWords.id, {
      text: "The bus to school is late every day.",
    });
    const draft = (await findDraft(handle.db, draftId, survey.linkId))!;
    expect(draft.helpDue).toBe(false);
    expect(draft.answers[ownWords.id]).toEqual({ text: "The bus to school is late every day." });
  });

  it("offers adults the NSPCC helpline, in standard wording without read-aloud", async () => {
    const links = await listSurveyLinks(handle.db, inspectionId);
    const survey = (await findSurveyByToken(
      handle.db,
      links.find((l) => l.audience === "parent")!.token,
      during,
    ))!;
    const made = await startDraft(handle.db, {
      surveyLinkId: survey.linkId,
      version: "standard",
      language: "ar",
    });
    await saveDraftAnswer(handle.db, made.id, "improve", { text: "أظن أن ابني يتعرض للتنمر" });
    const draft = (await findDraft(handle.db, made.id, survey.linkId))!;
    const t = await getFixedT("ar", "survey");
    const shown = await helpNowFor(handle.db, { draft, audience: "parent", t, language: "ar" });
    expect(shown).toEqual({ helpline: "nspcc", easy: false, readAloud: undefined });
  });
});

describe(`safeguarding, the inspectors' side, on ${databaseKind}`, () => {
  let memberId: string;
  let concernId: string;
  let otherInspection: string;
  let otherConcern: string;

  async function flaggedComment(inspection: string, text: string) {
    const [response] = await handle.db
      .insert(responses)
      .values({
        inspectionId: inspection,
        audience: "child",
        version: "easy",
        language: "en",
        channel: "online",
        submittedOn: "2026-11-25",
        submissionKey: `key-${inspection}-${text.length}-${Math.random()}`,
      })
      .returning({ id: responses.id });
    const [row] = await handle.db
      .insert(comments)
      .values({
        responseId: response!.id,
        inspectionId: inspection,
        questionId: ownWords.id,
        text,
        concern: true,
        concernWords: ["hurts me"],
      })
      .returning({ id: comments.id });
    return row!.id;
  }

  beforeAll(async () => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: "lead@safe.test", name: "Lee Lead", passwordHash: "x", role: "inspector" })
      .returning({ id: users.id });
    memberId = user!.id;
    await handle.db.insert(inspectionTeam).values({ inspectionId, userId: memberId, role: "lead" });
    concernId = await flaggedComment(inspectionId, "[name] hurts me when mum is out");
    otherInspection = await createInspection(handle.db, {
      localAreaName: "Othershire",
      notifiedOn: "2026-11-23",
      now: new Date("2026-11-23T08:00:00Z"),
    });
    otherConcern = await flaggedComment(otherInspection, "he hurts me");
  });

  it("counts the comments waiting, marks the matched words and audits the reading", async () => {
    const waiting = await openConcernCount(handle.db, inspectionId);
    expect(waiting).toBeGreaterThanOrEqual(2);
    const read = await concernsToRead(handle.db, { inspectionId, userId: memberId });
    const ours = read.find((c) => c.id === concernId)!;
    expect(ours.pieces).toEqual([
      { text: "[name] ", matched: false },
      { text: "hurts me", matched: true },
      { text: " when mum is out", matched: false },
    ]);
    expect(read.some((c) => c.id === otherConcern)).toBe(false);
    const [viewed] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "concerns_viewed"), eq(auditLog.userId, memberId)));
    expect(viewed?.inspectionId).toBe(inspectionId);
  });

  it("refuses a decision that is not one of the choices, or a note too long", () => {
    expect(readDecision(null, "x")).toMatchObject({ ok: false, problem: "decision" });
    expect(readDecision("shrug", "")).toMatchObject({ ok: false, problem: "decision" });
    expect(readDecision("referred", "x".repeat(2001))).toMatchObject({
      ok: false,
      problem: "noteTooLong",
    });
    expect(readDecision("not_a_concern", "  ")).toEqual({
      ok: true,
      decision: "not_a_concern",
      note: null,
    });
  });

  it("records a decision with who and when, audited, and only on the inspection's own comments", async () => {
    const before = await openConcernCount(handle.db, inspectionId);
    expect(
      await recordConcernDecision(handle.db, {
        userId: memberId,
        inspectionId,
        commentId: otherConcern,
        decision: "not_a_concern",
        note: null,
      }),
    ).toEqual({ found: false });
    expect(await openConcernCount(handle.db, otherInspection)).toBe(1);
    expect(
      await recordConcernDecision(handle.db, {
        userId: memberId,
        inspectionId,
        commentId: concernId,
        decision: "referred",
        note: "Told the lead inspector at 10:05",
      }),
    ).toEqual({ found: true });
    expect(await openConcernCount(handle.db, inspectionId)).toBe(before - 1);
    const [row] = await handle.db.select().from(comments).where(eq(comments.id, concernId));
    expect(row).toMatchObject({ concernDecision: "referred", concernDecidedBy: memberId });
    expect(row!.concernDecidedAt).toBeInstanceOf(Date);
    const [entry] = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "concern_decided"));
    expect(entry).toMatchObject({
      userId: memberId,
      inspectionId,
      detail: { commentId: concernId, decision: "referred", note: true },
    });
    // The note stays on the comment, out of the log.
    expect(JSON.stringify(entry!.detail)).not.toContain("10:05");
  });

  it("keeps an inspection's data past retention while a flagged comment waits", async () => {
    const long = parseSettings({}).retention;
    const far = new Date("2040-01-01T00:00:00Z");
    expect(await hasOpenConcerns(handle.db, otherInspection)).toBe(true);
    expect(await deleteInspectionData(handle.db, otherInspection, far, long)).toBeNull();
    expect(
      await recordConcernDecision(handle.db, {
        userId: memberId,
        inspectionId: otherInspection,
        commentId: otherConcern,
        decision: "not_a_concern",
        note: null,
      }),
    ).toEqual({ found: true });
    expect(await deleteInspectionData(handle.db, otherInspection, far, long)).toMatchObject({
      comments: 1,
    });
  });

  it("lets a lead set the guidance, and empty goes back to the default", async () => {
    const set = async (typed: string) => {
      const read = readGuidance(typed);
      if (!read.ok) throw new Error("refused");
      await setSafeguardingGuidance(handle.db, {
        userId: memberId,
        inspectionId,
        guidance: read.guidance,
      });
    };
    await set("Ring Sam, the lead inspector.\r\n");
    expect(await safeguardingGuidance(handle.db, inspectionId)).toBe(
      "Ring Sam, the lead inspector.",
    );
    await set("  ");
    expect(await safeguardingGuidance(handle.db, inspectionId)).toBeNull();
  });

  it("refuses guidance too long and gives back what was typed; keeps a pasted line break", () => {
    const long = `${"x".repeat(maxGuidance)}y`;
    expect(readGuidance(long)).toEqual({ ok: false, guidance: long });
    expect(readGuidance(" Ring Sam\u000bon 0100\u0000 ")).toEqual({
      ok: true,
      guidance: "Ring Sam\non 0100",
    });
    expect(readGuidance("x".repeat(maxGuidance))).toEqual({
      ok: true,
      guidance: "x".repeat(maxGuidance),
    });
    expect(readGuidance(null)).toEqual({ ok: true, guidance: null });
  });
});

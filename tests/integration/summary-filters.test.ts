import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { createInspection } from "~/inspections/inspections.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { filterOptions, parseFilter } from "~/summary/filters";
import { inspectionSummary } from "~/summary/summary.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { getSurvey } from "~surveys";
import { createTestDatabase, databaseKind } from "./test-database";
import { today } from "../clock";

let handle: DatabaseHandle;
let inspectionId: string;
const definition = getSurvey("parent", "standard");
const question = definition.questions[0]!;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Filtershire",
    notifiedOn: today(),
    now: new Date(Date.now() - 60_000),
  });
  const link = (await listSurveyLinks(handle.db, inspectionId)).find(
    (l) => l.audience === "parent",
  )!;
  const survey = (await findSurveyByToken(handle.db, link.token))!;
  const respond = async (value: string, ehcPlan: string | undefined, times: number) => {
    for (let i = 0; i < times; i += 1) {
      const draft = await startDraft(handle.db, {
        surveyLinkId: survey.linkId,
        version: "standard",
        language: "en",
      });
      await saveDraftAnswer(handle.db, draft.id, question.id, { value });
      if (ehcPlan) await saveDraftAnswer(handle.db, draft.id, "about_ehc_plan", { value: ehcPlan });
      await submitResponse(handle.db, {
        inspectionId,
        audience: "parent",
        definition,
        draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
        language: "en",
      });
    }
  };
  await respond("agree", "yes", 20);
  await respond("agree", "no", 15);
  await respond("disagree", "no", 12);
  await respond("agree", undefined, 3);
});
afterAll(() => handle.close());

const rowFor = (summary: Awaited<ReturnType<typeof inspectionSummary>>) =>
  summary.byAudience.parent.find((r) => r.criterion === question.criteria[0])?.row;

describe(`filtered summaries on ${databaseKind}`, () => {
  it("reads only filters that exist", () => {
    expect(parseFilter("about_ehc_plan:yes")).toEqual({
      dimension: "about_ehc_plan",
      value: "yes",
    });
    expect(parseFilter("version:easy")).toEqual({ dimension: "version", value: "easy" });
    expect(parseFilter("about_ehc_plan:'; drop table answers")).toBeUndefined();
    expect(parseFilter("passwordHash:x")).toBeUndefined();
    expect(parseFilter(null)).toBeUndefined();
    expect(
      filterOptions()
        .filter((o) => o.dimension === "about_setting")
        .map((o) => o.value),
    ).toContain("alternative");
  });

  it("shows one group's figures, and withholds groups a small group could be worked out from", async () => {
    const everyone = await inspectionSummary(handle.db, inspectionId, 10);
    expect(rowFor(everyone)!.cells.map((c) => (c.suppressed ? null : c.count))).toEqual([
      38, 0, 12, 0,
    ]);
    // One level down: both sub-points of the question, each about enough people to show.
    const subPoints = everyone.subPoints.parent![question.criteria[0]!]!;
    expect(subPoints.available).toBe(true);
    expect(subPoints.rows.map((r) => r.subPoint)).toEqual(question.subPoints);
    expect(subPoints.rows[0]!.row.cells.map((c) => (c.suppressed ? null : c.count))).toEqual([
      38, 0, 12, 0,
    ]);

    // "No EHC plan": 27 people, 15 agree and 12 disagree, all shown.
    const no = await inspectionSummary(
      handle.db,
      inspectionId,
      10,
      parseFilter("about_ehc_plan:no"),
    );
    expect(no.responses.parent).toMatchObject({ suppressed: false, count: 27 });
    expect(rowFor(no)!.cells.map((c) => (c.suppressed ? null : c.count))).toEqual([15, 0, 12, 0]);
    expect(no.breakdowns).toEqual([]);

    // The 3 who did not say are too few; "yes" (20) is withheld with them, or 50 − 27 − 20
    // would give the 3 away.
    for (const value of ["not_answered", "yes"]) {
      const view = await inspectionSummary(
        handle.db,
        inspectionId,
        10,
        parseFilter(`about_ehc_plan:${value}`),
      );
      // Each label true of its figure: the 3 are "few", the 20 only "withheld".
      expect(view.responses.parent).toEqual({
        suppressed: true,
        reason: value === "yes" ? "withheld" : "few",
      });
      expect(rowFor(view)?.suppressed ?? true).toBe(true);
    }
  });

  it("a group with nobody in it shows nothing, and other audiences are unaffected", async () => {
    const easy = await inspectionSummary(handle.db, inspectionId, 10, parseFilter("version:easy"));
    expect(easy.responses.parent).toMatchObject({ suppressed: false, count: 0 });
    expect(rowFor(easy)).toBeUndefined();
    expect(easy.byAudience.child).toEqual([]);
  });
});

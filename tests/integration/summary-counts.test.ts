import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.server";
import { useDatabase } from "../../db/client.server";
import { pendingCounts, summaryCounts } from "../../db/schema";
import { createInspection, listSurveyLinks } from "~/inspections/inspections.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { foldPendingCounts, rebuildCounts, rebuildMissingCounts } from "~/summary/counts.server";
import { filterOptions } from "~/summary/filters";
import { inspectionSummary } from "~/summary/summary.server";
import { findSurveyByToken } from "~/surveys/survey-links.server";
import { getSurvey, questionOptions } from "../../surveys";
import { oracleSummary } from "./summary-oracle";
import { createTestDatabase, databaseKind } from "./test-database";
import { today } from "../clock";

/*
 * The summary reads counters folded in batches after submit, plus the responses still
 * waiting. Here it must agree, figure for figure and suppression for suppression, with the
 * same summary computed from the stored answers, wherever the folding has got to.
 */
let handle: DatabaseHandle;
let inspectionId: string;

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Countshire",
    notifiedOn: today(),
    now: new Date(Date.now() - 60_000),
  });
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const links = await listSurveyLinks(handle.db, inspectionId);
  // Mostly parents, so some groups pass the threshold and others do not.
  const plan = [
    ...Array.from({ length: 70 }, () => "parent" as const),
    ...Array.from({ length: 25 }, () => "practitioner" as const),
    ...Array.from({ length: 8 }, () => "child" as const),
  ];
  for (const audience of plan) {
    const link = links.find((l) => l.audience === audience)!;
    const survey = (await findSurveyByToken(handle.db, link.token))!;
    const version = next() < 0.3 ? "easy" : "standard";
    const definition = getSurvey(audience, version);
    const draft = await startDraft(handle.db, {
      surveyLinkId: survey.linkId,
      version,
      language: next() < 0.2 ? "ur" : "en",
    });
    for (const question of definition.questions) {
      if (question.kind === "text" || next() < 0.2) continue;
      const options = questionOptions(question);
      if (question.kind === "multiple") {
        const values = options.filter(() => next() < 0.4).map((o) => o.value);
        if (values.length) await saveDraftAnswer(handle.db, draft.id, question.id, { values });
        continue;
      }
      await saveDraftAnswer(handle.db, draft.id, question.id, { value: pick(options).value });
    }
    await submitResponse(handle.db, {
      inspectionId,
      audience,
      definition,
      draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
      language: "en",
    });
  }
});
afterAll(() => handle.close());

const filters = [undefined, ...filterOptions()];

describe(`summary counters on ${databaseKind}`, () => {
  it("agree with the summary computed from the answers, for everyone and every filter, before, during and after folding", async () => {
    const agree = async (stage: string) => {
      for (const threshold of [5, 10]) {
        for (const filter of filters) {
          const chosen = filter && { dimension: filter.dimension, value: filter.value };
          const fromCounts = await inspectionSummary(handle.db, inspectionId, threshold, chosen);
          const fromAnswers = await oracleSummary(handle.db, inspectionId, threshold, chosen);
          expect(
            fromCounts,
            `${stage}, threshold ${threshold}, filter ${JSON.stringify(chosen)}`,
          ).toEqual(fromAnswers);
        }
      }
    };
    const waiting = async () => (await handle.db.select().from(pendingCounts)).length;
    // Submitting only queues the counts: no worker runs in these tests.
    expect(await waiting()).toBe(103);
    await agree("all waiting");
    expect(await foldPendingCounts(handle.db, 40)).toBe(40);
    expect(await waiting()).toBe(63);
    await agree("40 folded");
    expect(await foldPendingCounts(handle.db)).toBe(63);
    expect(await foldPendingCounts(handle.db)).toBe(0);
    expect(await waiting()).toBe(0);
    await agree("all folded");
  });

  it("rebuilt from the stored responses, come out the same", async () => {
    const before = await inspectionSummary(handle.db, inspectionId, 5);
    await rebuildCounts(handle.db, inspectionId);
    expect(await inspectionSummary(handle.db, inspectionId, 5)).toEqual(before);
    // As at start-up after the counters' migration: an inspection with responses and no
    // counters is found and counted.
    await handle.db.delete(summaryCounts);
    expect(await rebuildMissingCounts(handle.db)).toBe(1);
    expect(await rebuildMissingCounts(handle.db)).toBe(0);
    expect(await inspectionSummary(handle.db, inspectionId, 5)).toEqual(before);
  });

  it("keep each scale's own counts where a criterion adds easy read's faces to standard's five points", async () => {
    const summary = await inspectionSummary(handle.db, inspectionId, 5);
    const parents = summary.scales.parent ?? {};
    // Parents answer I1's needs_identified on both scales, in both versions.
    expect(parents.I1, "I1 adds two scales").toBeDefined();
    for (const [criterion, { available, scales }] of Object.entries(parents)) {
      if (!available) continue;
      expect(scales.map((s) => s.scale)).toEqual(["faces", "agree5"]);
      const row = summary.byAudience.parent.find((r) => r.criterion === criterion)!.row;
      // Each scale's answers are part of the criterion's answers, never more.
      const scaleAnswers = scales.reduce((n, s) => n + s.total, 0);
      expect(row.total.suppressed || scaleAnswers <= row.total.count, criterion).toBe(true);
      for (const scale of scales)
        expect(scale.cells.reduce((n, c) => n + c.count, 0)).toBe(scale.total);
    }
    // Counters kept before scale counters existed are found and recounted at start-up.
    await handle.db.delete(summaryCounts).where(eq(summaryCounts.kind, "scale"));
    expect(await rebuildMissingCounts(handle.db)).toBe(1);
    expect(await rebuildMissingCounts(handle.db)).toBe(0);
    expect(await inspectionSummary(handle.db, inspectionId, 5)).toEqual(summary);
  });
});

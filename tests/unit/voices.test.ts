import { describe, expect, it } from "vitest";
import { suppressRow } from "~/summary/suppression";
import type { ShownRow } from "~/summary/suppression";
import { byConcern, questionsAbout, voiceOf, voicesOf, wilson } from "~/summary/voices";
import type { Audience } from "~surveys/lists";

/** A row of the summary from answers: positive, neutral, negative, don't know. */
const row = (counts: [number, number, number, number], threshold = 5): ShownRow =>
  suppressRow(
    counts.map((count) => ({ count, people: count })),
    counts.reduce((a, b) => a + b, 0),
    threshold,
  );

describe("the Wilson interval", () => {
  it("matches published values", () => {
    const half = wilson(0.5, 100);
    expect(half.low).toBeCloseTo(0.4038, 4);
    expect(half.high).toBeCloseTo(0.5962, 4);
    const none = wilson(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilson(1, 10);
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBeCloseTo(1, 10);
  });

  it("is wider for fewer people", () => {
    const few = wilson(0.3, 10);
    const many = wilson(0.3, 1000);
    expect(few.high - few.low).toBeGreaterThan(many.high - many.low);
  });
});

describe("one audience's voice", () => {
  it("counts a person's several answers about a criterion once, from the public survey", () => {
    // Parents are asked several questions about I3: the interval uses answers / questions.
    const asked = questionsAbout("parent", "I3");
    expect(asked).toBeGreaterThan(1);
    const voice = voiceOf("parent", "I3", row([30, 10, 50, 10]));
    expect(voice).toEqual({
      shown: true,
      positive: { share: 0.3, ...wilson(0.3, 100 / asked) },
      negative: { share: 0.5, ...wilson(0.5, 100 / asked) },
      answers: 100,
    });
  });

  it("says nothing of a hidden row or a hidden share", () => {
    expect(voiceOf("child", "I1", row([1, 1, 1, 1]))).toEqual({ shown: false, reason: "hidden" });
    // Enough people in the row, but the negative share is about too few: hidden with a partner.
    const partly = row([20, 9, 2, 6]);
    expect(partly.cells[2]!.suppressed).toBe(true);
    expect(partly.cells[3]!.suppressed).toBe(true);
    expect(voiceOf("child", "I1", partly)).toMatchObject({
      shown: true,
      positive: { share: 20 / 37 },
      negative: { share: null, low: 0 },
    });
    // What the shown positive share allows of the hidden negative one, and no more.
    const voice = voiceOf("child", "I1", partly);
    if (!voice.shown) throw new Error("shown");
    expect(voice.negative.high).toBeCloseTo(1 - voice.positive.low, 10);
    // Both hidden: nothing to say.
    const neither = row([2, 20, 3, 9]);
    expect(voiceOf("child", "I1", neither)).toEqual({ shown: false, reason: "hidden" });
    expect(voiceOf("child", "I1", undefined)).toEqual({ shown: false, reason: "none" });
  });
});

const summaryOf = (
  rows: Partial<Record<Audience, Record<string, ShownRow>>>,
  subPoints: Partial<Record<Audience, Record<string, ShownRow>>> = {},
) => ({
  byAudience: {
    child: Object.entries(rows.child ?? {}).map(([criterion, r]) => ({ criterion, row: r })),
    parent: Object.entries(rows.parent ?? {}).map(([criterion, r]) => ({ criterion, row: r })),
    practitioner: Object.entries(rows.practitioner ?? {}).map(([criterion, r]) => ({
      criterion,
      row: r,
    })),
  },
  subPoints: Object.fromEntries(
    Object.entries(subPoints).map(([audience, subs]) => {
      const byCriterion: Record<string, { rows: { subPoint: string; row: ShownRow }[] }> = {};
      for (const [subPoint, r] of Object.entries(subs))
        (byCriterion[subPoint.split(".")[0]!] ??= { rows: [] }).rows.push({ subPoint, row: r });
      return [audience, byCriterion];
    }),
  ),
});

describe("where the voices differ", () => {
  it("flags two audiences whose intervals do not overlap, and not two that do", () => {
    const voices = voicesOf(
      summaryOf({
        parent: { I3: row([62, 20, 100, 18]), I1: row([50, 20, 20, 10]) },
        practitioner: { I3: row([156, 24, 12, 8]), I1: row([55, 20, 15, 10]) },
      }),
    );
    expect(voices.differences).toHaveLength(1);
    expect(voices.differences[0]).toMatchObject({
      code: "I3",
      lower: "parent",
      higher: "practitioner",
      measure: "positive",
      lowerShare: 0.31,
      higherShare: 0.78,
      concern: 0.5,
    });
    expect(voices.rows.find((r) => r.code === "I1")!.differences).toEqual([]);
    // In the framework's order.
    expect(voices.rows.map((r) => r.code)).toEqual(["I1", "I3"]);
  });

  it("looks one level down too, and puts the most worrying first", () => {
    const voices = voicesOf(
      summaryOf(
        {
          child: { I1: row([80, 10, 5, 5]) },
          parent: { I1: row([20, 10, 60, 10]) },
          practitioner: { I1: row([60, 20, 15, 5]) },
        },
        { parent: { "I1.b": row([40, 10, 10, 0]) }, child: { "I1.b": row([10, 10, 40, 0]) } },
      ),
    );
    // Children's 67% negative on I1.b, then parents' 60% negative on I1 (the larger gap first).
    expect(voices.differences.map((d) => `${d.code} ${d.lower}<${d.higher}`)).toEqual([
      "I1.b child<parent",
      "I1 parent<child",
      "I1 parent<practitioner",
    ]);
    expect([...voices.differences].sort(byConcern)).toEqual(voices.differences);
  });

  it("compares negative shares where a positive one is hidden", () => {
    // Parents: 3 positive answers hide (with their partner, don't know); 90 of 100 negative.
    const parent = row([3, 6, 90, 1]);
    expect(parent.cells[0]!.suppressed).toBe(true);
    const voices = voicesOf(
      summaryOf({ parent: { I3: parent }, practitioner: { I3: row([150, 20, 20, 10]) } }),
    );
    expect(voices.differences).toEqual([
      expect.objectContaining({
        code: "I3",
        measure: "negative",
        lower: "parent",
        higher: "practitioner",
        lowerShare: 0.9,
        higherShare: 0.1,
        concern: 0.9,
      }),
    ]);
  });

  it("compares a hidden share by what the other shown share allows", () => {
    // Parents: positive hidden, 90% negative; practitioners: 63% positive, negative hidden.
    const parent = row([3, 6, 90, 1]);
    const practitioner = row([130, 62, 3, 11]);
    expect([parent.cells[0]!.suppressed, practitioner.cells[2]!.suppressed]).toEqual([true, true]);
    const [difference] = voicesOf(
      summaryOf({ parent: { I3: parent }, practitioner: { I3: practitioner } }),
    ).differences;
    expect(difference).toMatchObject({
      measure: "positive",
      lower: "parent",
      higher: "practitioner",
      lowerShare: null,
      higherShare: 130 / 206,
    });
    // At most one minus the lower end of the parents' negative share.
    const parents = voiceOf("parent", "I3", parent);
    if (!parents.shown) throw new Error("shown");
    expect(difference!.lowerAtMost).toBeCloseTo(1 - parents.negative.low, 10);
  });

  it("never flags or quotes a hidden figure (random summaries)", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let flagged = 0;
    let bounded = 0;
    for (let round = 0; round < 400; round++) {
      const threshold = 5 + random(6);
      const rows: Partial<Record<Audience, Record<string, ShownRow>>> = {};
      const raw = new Map<string, ShownRow>();
      for (const audience of ["child", "parent", "practitioner"] as const) {
        // Often a clear view one way or the other; sometimes a figure about too few people.
        const counts: [number, number, number, number] = [
          random(3) * random(60),
          random(12),
          random(3) * random(60),
          random(8),
        ];
        const shown = row(counts, threshold);
        rows[audience] = { L2: shown };
        raw.set(audience, shown);
      }
      for (const d of voicesOf(summaryOf(rows)).differences) {
        flagged++;
        for (const [audience, share] of [
          [d.lower, d.lowerShare],
          [d.higher, d.higherShare],
        ] as const) {
          const shown = raw.get(audience)!;
          expect(shown.suppressed).toBe(false);
          const cell = shown.cells[d.measure === "positive" ? 0 : 2]!;
          const other = shown.cells[d.measure === "positive" ? 2 : 0]!;
          const total = shown.total;
          if (total.suppressed) throw new Error("a hidden total was used");
          if (share === null) {
            // Hidden: only a bound from the other share, which is shown.
            expect(cell.suppressed).toBe(true);
            expect(other.suppressed).toBe(false);
            bounded++;
          } else {
            if (cell.suppressed) throw new Error("a hidden figure was used");
            expect(share).toBeCloseTo(cell.count / total.count, 10);
          }
        }
      }
    }
    // The property was exercised, not vacuously true.
    expect(flagged).toBeGreaterThan(20);
    expect(bounded).toBeGreaterThan(0);
  });
});

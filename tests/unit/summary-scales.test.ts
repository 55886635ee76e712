import { describe, expect, it } from "vitest";
import { incrementsForResponse, parseCountKey } from "~/summary/counts";
import type { CountRow, CountedAnswer, CountedResponse } from "~/summary/counts";
import { summaryCsv } from "~/summary/export.server";
import { scaleSummary } from "~/summary/summary.server";
import type { InspectionSummary } from "~/summary/summary.server";

/** Counter rows as the counts job would keep them for these responses. */
function countRows(responses: CountedResponse[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const response of responses)
    for (const [key, answers] of incrementsForResponse(response)) {
      const row = rows.get(key) ?? { ...parseCountKey(key), answers: 0, people: 0 };
      row.answers += answers;
      row.people += 1;
      rows.set(key, row);
    }
  return [...rows.values()];
}

const answer = (scale: string, value: string, polarity: string): CountedAnswer => ({
  polarity,
  criteria: ["I2"],
  subPoints: ["I2.b"],
  scale,
  value,
});

function responses(count: number, version: string, answers: CountedAnswer[]): CountedResponse[] {
  return Array.from({ length: count }, () => ({
    audience: "parent",
    version,
    language: "en",
    channel: "online",
    submittedOn: "2026-12-01",
    about: {},
    answers,
  }));
}

describe("each scale's own counts", () => {
  const easy = responses(12, "easy", [answer("faces", "happy", "positive")]);
  const standard = [
    ...responses(10, "standard", [answer("agree5", "agree", "positive")]),
    ...responses(11, "standard", [answer("agree5", "strongly_disagree", "negative")]),
  ];

  it("are kept apart where a criterion adds the faces to the five points", () => {
    const scales = scaleSummary(countRows([...easy, ...standard]), 10);
    expect(scales.parent?.I2).toEqual({
      available: true,
      scales: [
        {
          scale: "faces",
          total: 12,
          cells: [
            { value: "happy", count: 12, percent: 100 },
            { value: "ok", count: 0, percent: 0 },
            { value: "sad", count: 0, percent: 0 },
            { value: "dont_know", count: 0, percent: 0 },
          ],
        },
        {
          scale: "agree5",
          total: 21,
          cells: [
            { value: "strongly_agree", count: 0, percent: 0 },
            { value: "agree", count: 10, percent: 47.6 },
            { value: "neither", count: 0, percent: 0 },
            { value: "disagree", count: 0, percent: 0 },
            { value: "strongly_disagree", count: 11, percent: 52.4 },
            { value: "dont_know", count: 0, percent: 0 },
          ],
        },
      ],
    });
  });

  it("are said nothing about where a criterion has answers on one scale only", () => {
    expect(scaleSummary(countRows(standard), 10)).toEqual({});
  });

  it("are withheld when any piece behind them, a question's own options included, is about too few people", () => {
    const few = responses(3, "standard", [answer("choice", "no", "negative")]);
    expect(scaleSummary(countRows([...easy, ...standard, ...few]), 10).parent?.I2).toEqual({
      available: false,
      scales: [],
    });
    expect(scaleSummary(countRows([...easy, ...standard]), 12).parent?.I2?.available).toBe(false);
  });
});

describe("the summary CSV", () => {
  const easy = responses(12, "easy", [answer("faces", "happy", "positive")]);
  const standard = responses(10, "standard", [answer("agree5", "agree", "positive")]);
  const few = responses(3, "standard", [answer("choice", "no", "negative")]);
  const csvOf = (scales: InspectionSummary["scales"]) =>
    summaryCsv({ byAudience: {}, scales } as unknown as InspectionSummary, {
      audience: { parent: "Parents and carers" },
      hidden: () => "withheld",
      header: ["Audience", "Criterion", "Positive", "Neutral", "Negative", "Don't know", "Answers"],
      scales: {
        header: ["Audience", "Criterion", "Scale", "Answer", "Answers"],
        name: (scale) => `scale ${scale}`,
        answer: (scale, value) => `${scale}:${value}`,
        withheld: (code) => `${code}: too few people to show each scale`,
      },
    })
      .replace(/^\uFEFF/, "")
      .split("\r\n");

  it("carries each scale's own counts below the criteria, as the page shows them", () => {
    const lines = csvOf(scaleSummary(countRows([...easy, ...standard]), 10));
    expect(lines).toContain("Audience,Criterion,Scale,Answer,Answers");
    expect(lines).toContain("Parents and carers,I2,scale faces,faces:happy,12");
    expect(lines).toContain("Parents and carers,I2,scale faces,faces:sad,0");
    expect(lines).toContain("Parents and carers,I2,scale agree5,agree5:agree,10");
    expect(lines).toHaveLength(2 + 1 + 4 + 6 + 1);
  });

  it("says where a criterion's scales are withheld, and gives none of their counts", () => {
    const lines = csvOf(scaleSummary(countRows([...easy, ...standard, ...few]), 10));
    expect(lines).toContain("Parents and carers,I2,I2: too few people to show each scale,,");
    expect(lines.filter((line) => /faces:|agree5:/.test(line))).toEqual([]);
  });
});

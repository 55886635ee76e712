import { describe, expect, it } from "vitest";
import { codeClosedAnswer, isValidDraftAnswer, parseAnswer } from "~surveys/answers";
import { getSurvey } from "~surveys";
import type { Question } from "~surveys";

const form = (values: string[]) => {
  const data = new FormData();
  for (const v of values) data.append("answer", v);
  return data;
};
const parent = getSurvey("parent", "standard");
const question = (id: string) => parent.questions.find((q) => q.id === id) as Question;

describe("answers", () => {
  it("reads a scale answer and codes it to the question's criteria", () => {
    const parsed = parseAnswer(question("needs_identified"), form(["strongly_disagree"]));
    expect(parsed).toEqual({ ok: true, answer: { value: "strongly_disagree" } });
    expect(codeClosedAnswer(question("needs_identified"), { value: "strongly_disagree" })).toEqual([
      {
        questionId: "needs_identified",
        value: "strongly_disagree",
        polarity: "negative",
        criteria: ["I1"],
        subPoints: ["I1.a", "I1.b"],
      },
    ]);
  });

  it("treats nothing chosen as skipped, since every question is optional", () => {
    expect(parseAnswer(question("needs_identified"), form([]))).toEqual({
      ok: true,
      answer: { skipped: true },
    });
    expect(parseAnswer(question("improve"), form(["   "]))).toEqual({
      ok: true,
      answer: { skipped: true },
    });
  });

  it("refuses values that are not in the definition", () => {
    expect(parseAnswer(question("needs_identified"), form(["yes please"])).ok).toBe(false);
    expect(parseAnswer(question("needs_identified"), form(["agree", "disagree"])).ok).toBe(false);
  });

  it("counts characters, not bytes, against the limit", () => {
    expect(parseAnswer(question("improve"), form(["ب".repeat(5000)])).ok).toBe(true);
    expect(parseAnswer(question("improve"), form(["😀".repeat(5001)]))).toMatchObject({
      ok: false,
      problem: { kind: "tooLong", count: 5001 },
    });
  });

  it("checks stored draft answers against the definition", () => {
    expect(isValidDraftAnswer(question("needs_identified"), { value: "agree" })).toBe(true);
    expect(isValidDraftAnswer(question("needs_identified"), { value: "nope" })).toBe(false);
    expect(isValidDraftAnswer(question("needs_identified"), "agree")).toBe(false);
    expect(isValidDraftAnswer(question("improve"), { text: "" })).toBe(false);
  });
});

describe("own words with control characters", () => {
  it("drops NUL and other control characters, keeps line breaks", () => {
    const parent = getSurvey("parent", "standard");
    const q = parent.questions.find((x) => x.id === "improve")!;
    expect(parseAnswer(q, form(["Shorter\u0000 waits\r\nplease\u0007"]))).toEqual({
      ok: true,
      answer: { text: "Shorter waits\nplease" },
    });
  });

  it("keeps a pasted line break as a line, and counts only spaces or marks as no answer", () => {
    const parent = getSurvey("parent", "standard");
    const q = parent.questions.find((x) => x.id === "improve")!;
    expect(parseAnswer(q, form(["Shorter waits\u000bplease\u2028now"]))).toEqual({
      ok: true,
      answer: { text: "Shorter waits\nplease\nnow" },
    });
    for (const invisible of ["\u200b\u200d", "\u2068\u2069", "\u200f \n\t", "\u0085"])
      expect(parseAnswer(q, form([invisible])), JSON.stringify(invisible)).toEqual({
        ok: true,
        answer: { skipped: true },
      });
    expect(parseAnswer(q, form(["👍"]))).toEqual({ ok: true, answer: { text: "👍" } });
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { codeComment } from "~/coding/comment-codes";
import { suggestSentiment } from "~/coding/suggest";
import { languageCodes } from "~/i18n/languages";
import { criterionCodes } from "~surveys/framework";
import type { CriterionCode } from "~surveys/framework";
import { getSurvey } from "~surveys";
import { codingCorpus } from "./coding-corpus";
import { heldOutEnglish } from "./lexicon-held-out";
import { labelledEnglish } from "./lexicon-labelled";
import type { LabelledComment } from "./lexicon-labelled";

/*
 * The coding lexicon measured (#19): each labelled comment is coded as it would be when sent
 * (its question's criteria and its words, app/coding/comment-codes.ts), then compared with
 * what a careful inspector gives it. Precision and recall per criterion and overall, and
 * sentiment accuracy, are printed; the run fails below the floors, set from the measured
 * figures after the lexicon was raised (before: see the commit that added this test, and the
 * one that added 137 English comments to the labelled set). The lexicon was raised on this
 * same set, so the figures are what it does on comments like these, not a held-out estimate.
 */
const floors = {
  /** Over every language's comments, coded from their words. */
  precision: 0.87,
  recall: 0.91,
  /** English, with each comment's question, as coded when sent. */
  englishPrecision: 0.84,
  englishRecall: 0.87,
  sentiment: 0.79,
  /** Per criterion, over every language's comments. */
  criterionRecall: 0.8,
  criterionPrecision: 0.7,
  /**
   * English comments held out from tuning (lexicon-held-out.ts): set a little below their
   * first measurement (6 December 2026: precision 63.3%, recall 66.0%, sentiment 59.5% of 42,
   * against 85.2% and 87.9% on the set it was tuned on), to catch a change that makes the
   * lexicon worse on words it never saw.
   */
  heldOutPrecision: 0.6,
  heldOutRecall: 0.62,
};

interface Case {
  language: string;
  text: string;
  codes: readonly CriterionCode[];
  suggested: string[];
}

function englishCases(comments: LabelledComment[] = labelledEnglish): Case[] {
  return comments.map((comment) => {
    const question = getSurvey(comment.audience, comment.version).questions.find(
      (q) => q.id === comment.question,
    )!;
    return {
      language: "en",
      text: comment.text,
      codes: comment.codes,
      suggested: codeComment(question, comment.text).map((c) => c.criterion),
    };
  });
}

function otherCases(): Case[] {
  return languageCodes.flatMap((language) => {
    const { coded, neutral } = codingCorpus[language];
    return [...coded, ...neutral.map((text) => ({ text, codes: [] as CriterionCode[] }))].map(
      (comment) => ({
        language,
        text: comment.text,
        codes: comment.codes,
        suggested: codeComment({ criteria: [] }, comment.text).map((c) => c.criterion),
      }),
    );
  });
}

const ratio = (hit: number, of: number) => (of ? hit / of : 1);
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

function measure(cases: Case[]) {
  const rows = criterionCodes.map((criterion) => {
    let truePositive = 0;
    let expected = 0;
    let suggested = 0;
    for (const c of cases) {
      const wanted = c.codes.includes(criterion);
      const given = c.suggested.includes(criterion);
      if (wanted) expected += 1;
      if (given) suggested += 1;
      if (wanted && given) truePositive += 1;
    }
    return { criterion, truePositive, expected, suggested };
  });
  const sum = (key: "truePositive" | "expected" | "suggested") =>
    rows.reduce((n, r) => n + r[key], 0);
  return {
    rows,
    precision: ratio(sum("truePositive"), sum("suggested")),
    recall: ratio(sum("truePositive"), sum("expected")),
  };
}

const printed: string[] = [];

describe("the coding lexicon, measured on labelled comments", () => {
  const english = englishCases();
  const all = [...english, ...otherCases()];

  it("prints precision and recall per criterion and overall, and holds the floors", () => {
    const overall = measure(all);
    const inEnglish = measure(english);
    printed.push(
      "criterion  expected  suggested  precision  recall",
      ...overall.rows.map(
        (r) =>
          `${r.criterion.padEnd(9)}  ${String(r.expected).padStart(8)}  ${String(r.suggested).padStart(9)}  ${percent(ratio(r.truePositive, r.suggested)).padStart(9)}  ${percent(ratio(r.truePositive, r.expected)).padStart(6)}`,
      ),
      `overall (${all.length} comments, ${languageCodes.length} languages): precision ${percent(overall.precision)}, recall ${percent(overall.recall)}`,
      `English, as coded when sent (${english.length} comments with their questions): precision ${percent(inEnglish.precision)}, recall ${percent(inEnglish.recall)}`,
    );
    for (const language of languageCodes) {
      const m = measure(all.filter((c) => c.language === language));
      printed.push(`  ${language}: precision ${percent(m.precision)}, recall ${percent(m.recall)}`);
    }
    expect(overall.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(overall.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(inEnglish.precision).toBeGreaterThanOrEqual(floors.englishPrecision);
    expect(inEnglish.recall).toBeGreaterThanOrEqual(floors.englishRecall);
    for (const r of overall.rows) {
      expect(ratio(r.truePositive, r.expected), `${r.criterion} recall`).toBeGreaterThanOrEqual(
        floors.criterionRecall,
      );
      expect(ratio(r.truePositive, r.suggested), `${r.criterion} precision`).toBeGreaterThanOrEqual(
        floors.criterionPrecision,
      );
    }
  });

  it("prints how it does on held-out comments it was never tuned on", () => {
    const heldOut = measure(englishCases(heldOutEnglish));
    const feeling = heldOutEnglish.filter((c) => suggestSentiment(c.text) === c.sentiment);
    printed.push(
      `held out, English (${heldOutEnglish.length} comments, never tuned on): precision ${percent(heldOut.precision)}, recall ${percent(heldOut.recall)}, sentiment ${percent(feeling.length / heldOutEnglish.length)}`,
    );
    expect(heldOut.precision).toBeGreaterThanOrEqual(floors.heldOutPrecision);
    expect(heldOut.recall).toBeGreaterThanOrEqual(floors.heldOutRecall);
  });

  it("reads the feeling of the labelled comments", () => {
    const wrong = labelledEnglish.filter((c) => suggestSentiment(c.text) !== c.sentiment);
    const accuracy = 1 - wrong.length / labelledEnglish.length;
    printed.push(
      `sentiment accuracy: ${percent(accuracy)} of ${labelledEnglish.length}`,
      ...wrong.map((c) => `  ${c.sentiment} read as ${suggestSentiment(c.text)}: ${c.text}`),
    );
    expect(accuracy).toBeGreaterThanOrEqual(floors.sentiment);
  });

  it("does not code 'What could be better?' from the question alone", () => {
    const question = getSurvey("parent", "standard").questions.find((q) => q.id === "improve")!;
    expect(codeComment(question, "Everything.")).toEqual([]);
    expect(
      codeComment(question, "We got nothing for a year.").map((c) => c.criterion),
    ).not.toContain("L5");
    expect(suggestSentiment("We got nothing for a year.")).toBe("negative");
  });

  afterAll(() => console.log(`Coding lexicon measured:\n${printed.join("\n")}`));
});

import { afterAll, describe, expect, it } from "vitest";
import { suggestCriteria } from "~/coding/suggest";
import { languageCodes } from "~/i18n/languages";
import { codingCorpus } from "./coding-corpus";

/*
 * A comment in any language gets suggestions as good as one in English: for each language,
 * at least `recallBar` of the codes a careful inspector gives this corpus's comments are
 * suggested, and comments about nothing in the framework get none. The figures are printed.
 */
const recallBar = 0.9;
/** Of the codes suggested beyond the question's own, how many the inspector would keep. */
const precisionBar = 0.75;
const figures: string[] = [];

describe("coding suggestions in every language", () => {
  for (const language of languageCodes) {
    const { coded, neutral } = codingCorpus[language];

    it(`${language}: suggests at least ${recallBar * 100}% of the expected codes, and few others`, () => {
      expect(coded.length).toBeGreaterThanOrEqual(15);
      const missed: string[] = [];
      const extra: string[] = [];
      let expected = 0;
      let suggestedCount = 0;
      for (const comment of coded) {
        const suggested = suggestCriteria(comment.text);
        const codes = new Set(suggested.map((s) => s.criterion));
        suggestedCount += codes.size;
        for (const code of comment.codes) {
          expected += 1;
          if (!codes.has(code)) missed.push(`${code}: ${comment.text}`);
        }
        for (const { criterion, matched } of suggested) {
          if (!comment.codes.includes(criterion))
            extra.push(`${criterion} (${matched.join(", ")})`);
        }
      }
      const recall = (expected - missed.length) / expected;
      const precision = (suggestedCount - extra.length) / suggestedCount;
      const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
      figures.push(
        `${language}: recall ${expected - missed.length}/${expected} (${percent(recall)}), precision ${suggestedCount - extra.length}/${suggestedCount} (${percent(precision)}), ${coded.length} comments`,
      );
      expect(recall, `${language} missed:\n${missed.join("\n")}`).toBeGreaterThanOrEqual(recallBar);
      expect(precision, `${language} also suggested:\n${extra.join("\n")}`).toBeGreaterThanOrEqual(
        precisionBar,
      );
    });

    it(`${language}: suggests nothing for comments about nothing in the framework`, () => {
      for (const text of neutral) expect(suggestCriteria(text), text).toEqual([]);
    });
  }

  afterAll(() => {
    if (figures.length) console.log(`Coding recall by language:\n${figures.join("\n")}`);
  });
});

import { describe, expect, it } from "vitest";
import { hasVisibleWords } from "~surveys/typed-text";

/*
 * Words with nothing to see are no answer (surveys/answers.ts skips them), and a comment
 * shown as a choice's label must name its box (axe found an unlabelled checkbox on a
 * criterion page): an older one with nothing to see is labelled in words instead.
 */
describe("visible words", () => {
  it("finds words in any script, and figures or signs alone", () => {
    for (const text of ["Too long a wait", "پہیہ", "অপেক্ষা", "انتظار", "[email]", "10/10", "👍"])
      expect(hasVisibleWords(text), text).toBe(true);
  });

  it("finds none in spaces, joiners and direction marks", () => {
    for (const text of ["", "   ", "\u200b\u200d", "\u2068\u2069", "\u200f \n\t"])
      expect(hasVisibleWords(text), JSON.stringify(text)).toBe(false);
  });
});

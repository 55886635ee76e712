import { describe, expect, it } from "vitest";
import type { CommentWithCodes } from "~/coding/comments.server";
import { quotesByCriterion } from "~/summary/quotes";

const comment = (
  id: string,
  audience: CommentWithCodes["audience"],
  codes: [string, "suggested" | "confirmed" | "removed"][],
): CommentWithCodes => ({
  id,
  audience,
  version: "standard",
  language: "en",
  questionId: "q",
  text: `words ${id}`,
  sentiment: null,
  source: "typed",
  read: false,
  codes: codes.map(([criterion, status]) => ({ criterion, status, reason: null })),
});

describe("quotes under criteria", () => {
  it("never chooses a comment that may be a disclosure, though it counts it (#19)", () => {
    const flagged = { ...comment("x", "parent", [["I1", "confirmed"]]), concern: true };
    const quotes = quotesByCriterion([flagged, comment("y", "parent", [["I1", "suggested"]])], []);
    expect(quotes.parent!.I1!.quotes.map((q) => q.id)).toEqual(["y"]);
    expect(quotes.parent!.I1!.total).toBe(2);
  });

  it("puts confirmed codes first, leaves out removed ones and withheld audiences", () => {
    const quotes = quotesByCriterion(
      [
        comment("a", "parent", [["I1", "suggested"]]),
        comment("b", "parent", [["I1", "suggested"]]),
        comment("c", "parent", [
          ["I1", "removed"],
          ["I2", "suggested"],
        ]),
        comment("d", "parent", [["I1", "confirmed"]]),
        comment("e", "parent", [["I1", "suggested"]]),
        comment("f", "practitioner", [["I1", "confirmed"]]),
      ],
      ["practitioner"],
      3,
    );
    expect(quotes.parent!.I1!.quotes.map((q) => q.id)).toEqual(["d", "a", "b"]);
    expect(quotes.parent!.I1!.total).toBe(4);
    expect(quotes.parent!.I2!.quotes.map((q) => q.id)).toEqual(["c"]);
    expect(quotes.practitioner).toBeUndefined();
  });
});

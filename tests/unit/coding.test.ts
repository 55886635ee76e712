import { describe, expect, it } from "vitest";
import { suggestCriteria, suggestSentiment } from "~/coding/suggest";

describe("comment coding suggestions", () => {
  it("suggests criteria with the phrases that matched", () => {
    const suggestions = suggestCriteria(
      "We waited two years for an autism assessment and he was excluded from school twice.",
    );
    expect(suggestions.find((s) => s.criterion === "I1")?.matched).toEqual(
      expect.arrayContaining(["assess*", "autism assessment"]),
    );
    expect(suggestions.find((s) => s.criterion === "AP")?.matched).toContain("excluded");
    expect(suggestions.find((s) => s.criterion === "I3")?.matched).toContain("waited");
  });

  it("matches whole words only", () => {
    expect(suggestCriteria("The salted chips were nice").some((s) => s.criterion === "I3")).toBe(
      false,
    );
    expect(
      suggestCriteria("SALT came every week").find((s) => s.criterion === "I3")?.matched,
    ).toContain("salt");
  });

  it("suggests nothing for a comment about nothing in the framework", () => {
    expect(suggestCriteria("No comment.")).toEqual([]);
  });

  it("reads sentiment roughly: positive, negative, mixed, neutral", () => {
    expect(suggestSentiment("The SENCO was brilliant and really helpful")).toBe("positive");
    expect(suggestSentiment("It has been a constant battle and nobody listens")).toBe("negative");
    expect(suggestSentiment("School is great but we waited far too long")).toBe("mixed");
    expect(suggestSentiment("He is in year 5")).toBe("neutral");
  });
});

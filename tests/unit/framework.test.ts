import { describe, expect, it } from "vitest";
import { criterionCodes, framework } from "~surveys/framework";

describe("framework", () => {
  it("holds every code once, in order, each with sub-points", () => {
    expect(framework.map((c) => c.code)).toEqual([...criterionCodes]);
    for (const c of framework) {
      expect(c.subPoints.length, c.code).toBeGreaterThanOrEqual(3);
      expect(c.subPoints.every((p, i) => p.id === `${c.code}.${"abcdef"[i]}`)).toBe(true);
    }
  });
});

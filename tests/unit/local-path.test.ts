import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localPath } from "~/platform/local-path";

// Where sign-in and the display options send a person back to: never another site, however
// the address is dressed up, and never a value a redirect header cannot hold.
describe("local paths", () => {
  it("keeps paths on this site, normalised", () => {
    expect(localPath("/inspections/x?y=1#z", "/home")).toBe("/inspections/x?y=1#z");
    expect(localPath("/s/abc/q/one", "/home")).toBe("/s/abc/q/one");
    expect(localPath("/a/../b", "/home")).toBe("/b");
  });

  it("refuses every way out that a browser would follow", () => {
    for (const away of [
      "//evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      " //evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\\/evil.example",
      "https://evil.example",
      "https:evil.example",
      "http:/\\evil.example",
      "javascript:alert(1)",
      "data:text/html,x",
      "evil.example",
      "",
      42,
      null,
    ])
      expect(localPath(away, "/home"), JSON.stringify(away)).toBe("/home");
  });

  it("holds for any string: the fallback, or a path that stays here and fits a header", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      "evil.example",
      "//",
      "https:",
      ":",
      "%2f",
      "@",
      ".",
      "a",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join("")),
        ),
        (value) => {
          const path = localPath(value, "/home");
          if (path === "/home") return;
          expect(new URL(path, "https://app.example").origin).toBe("https://app.example");
          expect(path).toMatch(/^\/(?![/\\])/);
          expect([...path].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)).toBe(
            true,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

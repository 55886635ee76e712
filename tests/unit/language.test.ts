import { describe, expect, it } from "vitest";
import { acceptedLanguage, detectLanguage, languageCookie } from "~/i18n/detect.server";
import { languageDirection } from "~/i18n/languages";

const request = (url: string, headers: Record<string, string> = {}) =>
  new Request(url, { headers });

describe("language detection", () => {
  it("prefers an explicit ?lng= choice over cookie and Accept-Language", () => {
    const r = request("http://x/?lng=ur", { Cookie: "lng=en", "Accept-Language": "en" });
    expect(detectLanguage(r)).toBe("ur");
  });

  it("uses the cookie when there is no explicit choice", () => {
    expect(
      detectLanguage(request("http://x/", { Cookie: "a=b; lng=ur", "Accept-Language": "en" })),
    ).toBe("ur");
  });

  it("ignores languages we do not ship", () => {
    expect(detectLanguage(request("http://x/?lng=xx", { Cookie: "lng=zz" }))).toBe("en");
  });

  it("reads Accept-Language by quality, matching regional variants", () => {
    expect(acceptedLanguage("fr;q=0.9, ur-PK;q=0.8, en;q=0.5")).toBe("ur");
    expect(acceptedLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(acceptedLanguage("de, fr")).toBeUndefined();
    expect(acceptedLanguage("ur;q=0, en;q=0.1")).toBe("en");
    expect(acceptedLanguage(null)).toBeUndefined();
  });

  it("shrugs off a malformed cookie", () => {
    expect(detectLanguage(request("http://x/", { Cookie: "lng=%; sv_draft=%E0%A4%A" }))).toBe("en");
  });

  it("falls back to English", () => {
    expect(detectLanguage(request("http://x/"))).toBe("en");
  });

  it("gives Urdu a right-to-left direction", () => {
    expect(languageDirection("ur")).toBe("rtl");
    expect(languageDirection("en")).toBe("ltr");
  });

  it("makes an HttpOnly, SameSite=Lax cookie, Secure when asked", () => {
    expect(languageCookie("ur", true)).toMatch(/^lng=ur; .*HttpOnly; SameSite=Lax; Secure$/);
    expect(languageCookie("ur", false)).not.toContain("Secure");
  });
});

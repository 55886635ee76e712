import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { createServerI18n, getFixedT } from "~/i18n/i18n.server";
import { pageRegister, registerOf, withRegister } from "~/i18n/register";
import { pageReadAloudText, readAloudPages } from "~/respond/read-aloud.server";
import type { ReadAloudPage } from "~/respond/read-aloud.server";

// How a child's survey pages find their words (app/i18n/register.tsx): i18next's context,
// added to every t() once, a key's `_child` variant first and the key itself otherwise.
describe("register variants", () => {
  const make = async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: "ur",
      fallbackLng: "en",
      defaultNS: "survey",
      resources: {
        en: { survey: { send: "Send", only: "English only" } },
        ur: {
          survey: {
            send: "بھیجیں",
            send_child: "بھیجو",
            plain: "سروے",
            count_one: "{{count}} جواب",
            count_other: "{{count}} جوابات",
            count_child_other: "تمہارے {{count}} جوابات",
          },
        },
      },
    });
    return i18n;
  };

  it("a child's t finds the variant, and falls back to the key and to English", async () => {
    const i18n = await make();
    const child = withRegister(i18n, "child");
    const t = child.getFixedT("ur", "survey");
    expect(t("send")).toBe("بھیجو");
    expect(t("plain")).toBe("سروے");
    expect(t("only")).toBe("English only");
    expect(t("count", { count: 3 })).toBe("تمہارے 3 جوابات");
    expect(child.t("send", "default")).toBe("بھیجو");
    // An explicit context at a call site still wins.
    expect(t("send", { context: "" })).toBe("بھیجیں");
    // Adults read the key; the instance is shared, not copied.
    expect(i18n.getFixedT("ur", "survey")("send")).toBe("بھیجیں");
    expect(withRegister(i18n, undefined)).toBe(i18n);
    expect(withRegister(i18n, "child")).toBe(child);
    await child.changeLanguage("en");
    expect(i18n.language).toBe("en");
    expect(child.language).toBe("en");
  });

  it("a page's register is what its deepest route declares", () => {
    expect(registerOf("child")).toBe("child");
    expect(registerOf("parent")).toBeUndefined();
    const survey = {
      handle: { register: (d: unknown) => registerOf((d as { audience: string }).audience) },
    };
    expect(pageRegister([{ handle: {} }, { ...survey, data: { audience: "child" } }])).toBe(
      "child",
    );
    expect(
      pageRegister([{ handle: {} }, { ...survey, data: { audience: "parent" } }]),
    ).toBeUndefined();
    expect(pageRegister([{}])).toBeUndefined();
  });

  it("pre-made audio is made of the words a child is read (scripts/build-audio.ts makes every page)", async () => {
    for (const language of ["ur", "bn", "ro", "en"] as const) {
      // What the build reads: every entry, with a plain t.
      const plain = (await createServerI18n(language)).getFixedT(language);
      const built = new Set(
        Object.keys(readAloudPages).map((page) => pageReadAloudText(plain, page as ReadAloudPage)),
      );
      // What a child's page asks for at run time, with a child's t.
      const child = await getFixedT(language, "common", "child");
      const adult = await getFixedT(language, "common");
      for (const page of [
        "start-child",
        "check-easy",
        "saved-easy",
        "display",
        "done-child",
      ] as const)
        expect(built, `${language} ${page}`).toContain(pageReadAloudText(child, page));
      for (const page of ["check-easy", "saved-easy", "display"] as const)
        expect(built, `${language} ${page}`).toContain(pageReadAloudText(adult, page));
    }
    const ur = await getFixedT("ur", "common", "child");
    expect(pageReadAloudText(ur, "check-easy")).toContain("تم");
  });
});

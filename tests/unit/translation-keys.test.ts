import { describe, expect, it } from "vitest";
import { rawTranslationKeys } from "../translation-keys";

// The detector every e2e page visit runs: it must see a key however it leaks, and never
// mistake ordinary text (addresses, sentences that end in a namespace's name) for one.
describe("raw translation keys in page text", () => {
  it("finds keys with their namespace, with i18next's dot, or bare", () => {
    expect(rawTranslationKeys("Change your answer to: survey-common.about.age.easy.me")).toEqual([
      "survey-common.about.age.easy.me",
    ]);
    expect(rawTranslationKeys("Check (survey:check.title).")).toEqual(["survey:check.title"]);
    expect(rawTranslationKeys("check.title")).toEqual(["check.title"]);
    // a child's register variant (app/i18n/register.tsx), however it leaks
    expect(rawTranslationKeys("check.intro_child")).toEqual(["check.intro_child"]);
    expect(rawTranslationKeys("Send (survey:check.sendTitle_child)")).toEqual([
      "survey:check.sendTitle_child",
    ]);
    expect(rawTranslationKeys("inspector:notAKey.anywhere")).toEqual([
      "inspector:notAKey.anywhere",
    ]);
  });

  it("leaves words, addresses and sentences alone", () => {
    expect(
      rawTranslationKeys(
        "How old are you? Email demo.inspector@send-voice.test or see www.gov.uk. Ask the survey. Common: inspector: yes. 09.30, 1.5 MB",
      ),
    ).toEqual([]);
  });
});

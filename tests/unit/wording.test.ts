import { describe, expect, it } from "vitest";
import { formatDateTime, formatEnd, languageName } from "~/i18n/format";
import { languageCodes, languages } from "~/i18n/languages";
import { attachment, downloadName, fileSlug } from "~/inspections/downloads";

/* Words and details a reader trips on (issue #25): language names, and times said once. */

describe("language names, not codes", () => {
  it("names each of the six languages in English as people in England say them", () => {
    expect(languageCodes.map((code) => languageName(code, "en"))).toEqual([
      "English",
      "Polish",
      "Romanian",
      "Urdu",
      "Bengali",
      "Arabic",
    ]);
  });

  for (const reader of languageCodes) {
    it(`${reader}: names every language in ${reader}, never by its code`, () => {
      const names = languageCodes.map((code) => languageName(code, reader));
      for (const [i, name] of names.entries()) {
        expect(name, languageCodes[i]).not.toBe(languageCodes[i]);
        expect(name.trim().length).toBeGreaterThan(1);
      }
      expect(new Set(names).size, "two languages with one name").toBe(names.length);
      // A language's name for itself is the one the language switcher shows.
      expect(languageName(reader, reader).toLowerCase()).toBe(
        languages.find((l) => l.code === reader)!.name.toLowerCase(),
      );
    });
  }

  it("names a language outside the six by the platform's name, and keeps an unknown code", () => {
    expect(languageName("pa", "en")).toMatch(/Punjabi/);
    expect(languageName("not a code", "en")).toBe("not a code");
  });
});

describe("a webinar's time says its date once", () => {
  const start = "2026-12-01T18:00:00Z"; // 6pm in London (GMT)
  it("ends on the same day: only the time", () => {
    expect(formatDateTime(start, "en")).toMatch(/1 December 2026/);
    const end = formatEnd(start, "2026-12-01T19:30:00Z", "en");
    expect(end).not.toMatch(/December|2026|Tuesday/);
    expect(end).toMatch(/19:30|7:30/);
  });
  it("same London day in summer time, though a different UTC day", () => {
    // 11pm to 23:30 in London on 30 June is 22:00 to 22:30 UTC; 00:30 on 1 July is 23:30 UTC.
    expect(formatEnd("2026-06-30T22:00:00Z", "2026-06-30T22:30:00Z", "pl")).not.toMatch(/2026/);
    expect(formatEnd("2026-06-30T22:00:00Z", "2026-06-30T23:30:00Z", "en")).toMatch(/1 July 2026/);
  });
  it("in every language, a same-day end has no year in it", () => {
    for (const code of languageCodes)
      expect(formatEnd(start, "2026-12-01T19:30:00Z", code), code).not.toMatch(/2026|٢٠٢٦|২০২৬/);
  });
});

describe("downloads are named by inspection and date", () => {
  it("makes a file name from the area's name and the day it was made in London", () => {
    expect(fileSlug("Bath & North East Somerset")).toBe("bath-north-east-somerset");
    expect(fileSlug("Ţara Bârsei — Școală")).toBe("tara-barsei-scoala");
    expect(fileSlug("دبي")).toBe("inspection");
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(downloadName("Oakshire", "summary", new Date("2026-06-30T23:30:00Z"))).toBe(
      "send-voice-oakshire-summary-2026-07-01.csv",
    );
    expect(attachment("send-voice-oakshire-summary-2026-07-01.csv")).toBe(
      'attachment; filename="send-voice-oakshire-summary-2026-07-01.csv"',
    );
    expect(attachment('a"b\\c.csv')).toBe('attachment; filename="a_b_c.csv"');
  });
});

describe("age bands in the summary's filter", () => {
  it("go from the youngest up, with 'I don't know' and 'did not say' last", async () => {
    const { filterOptions } = await import("~/summary/filters");
    expect(
      filterOptions()
        .filter((o) => o.dimension === "about_age")
        .map((o) => o.value),
    ).toEqual(["0_4", "5_10", "under_11", "11_15", "16_18", "19_25", "dont_know", "not_answered"]);
  });
});

import { describe, expect, it } from "vitest";
import { codeComment, readReason } from "~/coding/comment-codes";
import { lexicons } from "~/coding/lexicon";
import { fold } from "~/coding/match";
import { suggestCriteria, suggestSentiment } from "~/coding/suggest";
import { languageCodes } from "~/i18n/languages";
import { criterionCodes } from "~surveys/framework";

const matched = (text: string, criterion: string) =>
  suggestCriteria(text).find((s) => s.criterion === criterion)?.matched ?? [];

describe("comment coding suggestions", () => {
  it("suggests criteria with the words that matched, as the comment wrote them", () => {
    const text =
      "We waited two years for an Autism Assessment and he was excluded from school twice.";
    expect(matched(text, "I1")).toEqual(["Autism Assessment"]);
    expect(matched(text, "AP")).toContain("excluded");
    // Waiting for an assessment is about identification (I1), not help (I3): #19's labelled set.
    expect(matched(text, "I3")).toEqual([]);
  });

  it("matches whole words only", () => {
    expect(suggestCriteria("The salted chips were nice").some((s) => s.criterion === "I3")).toBe(
      false,
    );
    expect(matched("SALT came every week", "I3")).toEqual(["SALT"]);
  });

  it("keeps a phrase within one clause", () => {
    expect(matched("Syn nie chodzi do szkoły.", "AP")).toEqual(["nie chodzi do szkoły"]);
    expect(matched("Nie chodzi, do szkoły poszedł wczoraj.", "AP")).toEqual([]);
    expect(matched("He has 1:1 support", "I3")).toEqual(["1:1", "support"]);
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

describe("the lexicon in every language", () => {
  it("has one lexicon for each language offered, each covering every criterion and sentiment", () => {
    expect(lexicons.map((l) => l.language).sort()).toEqual([...languageCodes].sort());
    for (const lexicon of lexicons) {
      for (const code of criterionCodes) {
        expect(lexicon.criteria[code].length, `${lexicon.language} ${code}`).toBeGreaterThan(5);
      }
      expect(lexicon.sentiment.positive.length, lexicon.language).toBeGreaterThan(10);
      expect(lexicon.sentiment.negative.length, lexicon.language).toBeGreaterThan(10);
    }
  });

  it("holds no phrase with a comma or semicolon, which a stored reason uses between parts", () => {
    const phrases = lexicons.flatMap((l) => [
      ...Object.values(l.criteria).flat(),
      ...l.sentiment.positive,
      ...l.sentiment.negative,
    ]);
    expect(phrases.filter((p) => /[,;]/.test(p))).toEqual([]);
  });

  it("Arabic: a phrase matches with the conjunctions, prepositions and article attached", () => {
    // "the school" phrases are written bare ("مدرسة"); these are the forms a writer types.
    expect(matched("ابني لا يذهب إلى المدرسة منذ شهرين", "AP")).toEqual(["لا يذهب إلى المدرسة"]);
    expect(matched("نحتاج إلى التشخيص وللتقييم", "I1")).toEqual(["التشخيص", "وللتقييم"]);
    expect(matched("وبالدعم تحسن كثيرًا", "I3")).toEqual(["وبالدعم"]);
    // Endings: "our plan", "his friends".
    expect(matched("لم يشرحوا لنا خطتنا", "I2")).toEqual(["خطتنا"]);
    expect(matched("أصدقاؤه قليلون", "I5")).toEqual(["أصدقاؤه"]);
    expect(matched("ليس له أصدقاء", "I5")).toEqual(["أصدقاء"]);
  });

  it("Arabic and Urdu: diacritics, tatweel and either keyboard's letters do not matter", () => {
    expect(fold("ي")).toBe(fold("ی"));
    expect(fold("ك")).toBe(fold("ک"));
    expect(fold("ه")).toBe(fold("ہ"));
    // Urdu "assessment" typed with Arabic kaf and yeh, and "diagnosis" with harakat and tatweel.
    expect(matched("اسيسمنٹ ابھی تک نہیں ہوا", "I1")).toEqual(["اسيسمنٹ"]);
    expect(matched("تشـخِيص", "I1")).toEqual(["تشـخِيص"]);
    expect(matched("ہمیں كونسل سے کوئی جواب نہیں ملا", "L1")).toEqual(["كونسل"]);
  });

  it("Bengali: a phrase matches with case and plural endings attached", () => {
    expect(
      matched("স্কুলের শিক্ষকরা ডাক্তারকে কিছু জানায়নি, রেফারেলের জন্য অপেক্ষা", "I1"),
    ).toEqual(["রেফারেলের"]);
    expect(matched("বন্ধুদের সাথে খেলতে পারে না", "I5")).toEqual(["বন্ধুদের", "খেলতে"]);
    expect(matched("কাউন্সিলকে জানিয়েছি", "L1")).toEqual(["কাউন্সিলকে"]);
  });

  it("Polish and Romanian: inflected forms, with or without diacritics", () => {
    expect(matched("Czekamy na diagnozę od roku", "I1")).toEqual(["diagnozę"]);
    expect(matched("Czekamy na diagnoze od roku", "I3")).toEqual(["Czekamy", "od roku"]);
    expect(matched("Nu merge la scoala de trei luni", "AP")).toEqual(["Nu merge la scoala"]);
    expect(matched("Nu merge la şcoală", "AP")).toEqual(["Nu merge la şcoală"]);
  });

  it("matches every language in one comment: parents mix languages and scripts", () => {
    const suggestions = suggestCriteria(
      "میرے بیٹے کا EHCP ابھی تک نہیں بنا، ہم annual review کا انتظار کر رہے ہیں",
    );
    expect(suggestions.find((s) => s.criterion === "I2")?.matched).toEqual([
      "EHCP",
      "annual review",
    ]);
    expect(suggestions.find((s) => s.criterion === "I3")?.matched).toEqual(["انتظار"]);
  });
});

describe("sentiment in every language", () => {
  const cases: [string, string, string][] = [
    ["pl", "Nauczycielka jest wspaniała i bardzo pomocna.", "positive"],
    ["pl", "Ciągle walczymy o wszystko, to beznadziejne.", "negative"],
    ["ro", "Doamna educatoare este minunată, îi mulțumim.", "positive"],
    ["ro", "E o luptă continuă și nimeni nu ne ascultă.", "negative"],
    ["ur", "اسکول کا عملہ بہت مہربان اور مددگار ہے۔", "positive"],
    ["ur", "ہمیں ہر چیز کے لیے لڑنا پڑتا ہے، بہت مایوسی ہوئی۔", "negative"],
    ["ur", "ٹیچر بہت اچھی ہے لیکن تھراپی کے لیے بہت دیر ہو رہی ہے۔", "mixed"],
    ["bn", "স্কুলের শিক্ষকরা খুব দয়ালু, ধন্যবাদ।", "positive"],
    ["bn", "সবকিছুর জন্য লড়াই করতে হয়, আমি খুব হতাশ।", "negative"],
    ["ar", "المعلمة رائعة ومتعاونة جدًا، شكرًا لكم.", "positive"],
    ["ar", "نعاني منذ سنوات ولا أحد يسمعنا، الوضع سيئ جدًا.", "negative"],
    ["ar", "المدرسة ممتازة لكن الانتظار للتقييم طويل.", "mixed"],
  ];
  it.each(cases)("%s: %s reads as %s", (_language, text, sentiment) => {
    expect(suggestSentiment(text)).toBe(sentiment);
  });
});

describe("a code's reason, stored and read back", () => {
  it("stores the comment's own words and reads them back", () => {
    const [asked, ap] = codeComment({ criteria: ["I3"] }, "ابني لا يذهب إلى المدرسة وننتظر الدعم");
    expect(asked).toEqual({
      criterion: "I3",
      reason: "asked in a question about it; words: وننتظر, الدعم",
    });
    expect(readReason(asked!.reason)).toEqual({
      asked: true,
      words: ["وننتظر", "الدعم"],
      addedByInspector: false,
      other: [],
    });
    expect(readReason(ap!.reason).words).toEqual(["لا يذهب إلى المدرسة"]);
  });

  it("still reads rows stored before (lexicon phrases) and by inspectors", () => {
    expect(readReason("asked in a question about it; words: assess*, autism assessment")).toEqual({
      asked: true,
      words: ["assess*", "autism assessment"],
      addedByInspector: false,
      other: [],
    });
    expect(readReason("added by an inspector").addedByInspector).toBe(true);
    expect(readReason(null)).toEqual({
      asked: false,
      words: [],
      addedByInspector: false,
      other: [],
    });
  });
});

import { describe, expect, it } from "vitest";
import { resources } from "../../locales";
import { questionOptions, surveyDefinitions } from "../../surveys";
import type { LanguageCode } from "~/i18n/languages";

/*
 * One register per audience (issue #15). Children and young people are addressed informally
 * and the same way throughout; parents, carers and practitioners formally. Each language says
 * what marks each register (pronouns and possessives, and a few verb forms that only one
 * register uses), and each audience's strings are checked for the other register's marks.
 * Arabic has no formal "you", but its "you" is masculine or feminine: a child is never
 * addressed in the masculine alone, on the children's pages or on the pages every audience
 * reads — a verb is written with both forms ("تحصل/تحصلين"), or the sentence says it
 * without addressing anyone ("يمكنك اختيار…", "إرسال إجاباتك").
 */

type Tree = { [key: string]: string | Tree };
type Audience = "child" | "adult" | "shared";
const bundles = resources as unknown as Record<LanguageCode, Record<string, Tree>>;

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    key === "_meta"
      ? []
      : typeof value === "object"
        ? flatten(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, value] as [string, string]],
  );
}

/** The audiences whose survey questions use each `namespace:key` (texts, help and answers). */
const questionAudiences = new Map<string, Set<string>>();
for (const definition of surveyDefinitions)
  for (const question of definition.questions)
    for (const key of [
      question.text,
      question.help ?? "",
      ...questionOptions(question).map((o) => o.text),
    ]) {
      if (!key) continue;
      const id = key.includes(":") ? key : `${definition.namespace}:${key}`;
      questionAudiences.set(id, (questionAudiences.get(id) ?? new Set()).add(definition.audience));
    }

/**
 * Whose words a key is. A survey question's words belong to the audiences it is asked of. In survey-common, `.me` asks a child about themselves and `.child` asks
 * a parent about their child; in survey, `start.*.child` opens the children's survey.
 */
export function audienceOf(namespace: string, key: string): Audience {
  const askedOf = questionAudiences.get(`${namespace}:${key}`);
  if (askedOf) {
    if (!askedOf.has("child")) return "adult";
    if (askedOf.size === 1) return "child";
  }
  const parts = key.split(".");
  if (namespace === "survey-child") return "child";
  if (["survey-parent", "survey-practitioner", "webinars"].includes(namespace)) return "adult";
  if (namespace === "survey-common") {
    if (parts.includes("me")) return "child";
    if (parts.includes("child")) return "adult";
  }
  if (namespace === "survey") {
    if (parts.includes("child")) return "child";
    if (parts.includes("parent") || parts.includes("practitioner")) return "adult";
  }
  return "shared";
}

/** A word on its own: not part of a longer word in the same script. */
const word = (alternatives: string[], letters = "\\p{L}\\p{M}", flags = "u") =>
  new RegExp(`(?<![${letters}])(?:${alternatives.join("|")})(?![${letters}])`, flags);

interface Markers {
  informal: RegExp;
  formal: RegExp;
}

export const markers: Partial<Record<LanguageCode, Markers>> = {
  pl: {
    informal: word(
      [
        "[Tt]y",
        "[Cc]iebie",
        "cię",
        "[Tt]obie",
        "[Tt]wó[jr]",
        "[Tt]wo(?:ja|je|jego|jej|im|ich|imi|ją)",
        "\\p{L}+łe[śs]",
        "\\p{L}+łaś",
        "masz",
        "możesz",
        "chcesz",
        "wiesz",
        "jesteś",
        "dostajesz",
        "czujesz",
        "potrzebujesz",
        "musisz",
        "uczysz",
        "chodzisz",
        "opuszczasz",
        "znasz",
        "rozumiesz",
        "lubisz",
        "mówisz",
        "opowiedz",
      ],
      "\\p{L}\\p{M}",
      "iu",
    ),
    formal: word(["Pan", "Pani", "Pana", "Panu", "Panią", "Państwo", "Państwa", "Państwu"]),
  },
  ro: {
    informal: word([
      "[Tt]u",
      "[Tt]e",
      "[țţ]i",
      "[îÎ][țţ]i",
      "tău",
      "ta",
      "tale",
      "tăi",
      "ești",
      "poți",
      "vrei",
      "știi",
      "Spune",
    ]),
    // and the second person plural of a verb ("aveți", "puteți", "ați răspuns"); "înveți" and
    // "trimiți" are the familiar singular
    formal: word([
      "[Dd]umneavoastră",
      "[Dd]vs",
      "[Vv]ă",
      "[Vv]",
      "(?!înveți|trimiți)\\p{L}+(?:ați|eți|iți)",
      "[Aa]ți",
    ]),
  },
  bn: {
    // pronouns, and the imperatives of each register ("বলো" / "বলুন")
    informal: word([
      ...["তুমি", "তোমার", "তোমাকে", "তোমায়", "তোমরা", "তোমাদের", "তুই", "তোর", "তোকে"],
      ...["করো", "বলো", "দেখো", "লেখো", "লিখো", "নাও", "দাও", "চাপো", "জানাও"],
    ]),
    formal: word([
      ...["আপনি", "আপনার", "আপনাকে", "আপনারা", "আপনাদের"],
      ...["করুন", "বলুন", "দেখুন", "লিখুন", "নিন", "চাপুন", "জানান"],
    ]),
  },
  ur: {
    // pronouns, and the imperatives of each register ("بتاؤ" / "بتائیں")
    informal: word([
      ...["تم", "تمہار[اےی]", "تمہیں", "تمھار[اےی]", "تمھیں", "تجھے", "تیر[اےی]"],
      ...["کرو", "بتاؤ", "چنو", "لکھو", "دیکھو", "دباؤ", "آزماؤ", "جاؤ"],
    ]),
    formal: word([
      "آپ",
      ...["کیجیے", "کیجئے", "بتائیں", "چنیں", "لکھیں", "دیکھیں", "دبائیں", "آزمائیں", "جائیں"],
    ]),
  },
};

/**
 * Arabic verbs and imperatives addressed to one person, masculine, each with its feminine; a
 * child's string that uses one gives the feminine beside it, "X/Y".
 */
export const arabicMasculine: Record<string, string> = {
  تحصل: "تحصلين",
  تحتاج: "تحتاجين",
  تحتاجها: "تحتاجينها",
  تعرف: "تعرفين",
  تشعر: "تشعرين",
  تذهب: "تذهبين",
  تتعلم: "تتعلمين",
  تتعلّم: "تتعلّمين",
  تعيش: "تعيشين",
  تحبها: "تحبينها",
  تغيب: "تغيبين",
  تفهم: "تفهمين",
  تجد: "تجدين",
  تريده: "تريدينه",
  تجيده: "تجيدينه",
  تستمتع: "تستمتعين",
  تضطر: "تضطري",
  تكن: "تكوني",
  اختر: "اختاري",
  أخبِرنا: "أخبِرينا",
  أخبرنا: "أخبرينا",
  تريد: "تريدين",
  تخبر: "تخبري",
  تخبرنا: "تخبرينا",
  تكتب: "تكتبي",
  تصل: "تصلين",
  تنتهي: "تنتهين",
  تغلق: "تغلقين",
  تجيب: "تجيبين",
  راجع: "راجعي",
  أرسل: "أرسلي",
  تابع: "تابعي",
  ابدأ: "ابدئي",
  سجّل: "سجّلي",
  جرّب: "جرّبي",
  اكتب: "اكتبي",
  اضغط: "اضغطي",
  تحقق: "تحققي",
  اذهب: "اذهبي",
  التقط: "التقطي",
  أدخل: "أدخلي",
  زُر: "زوري",
  اطّلع: "اطّلعي",
  قابِل: "قابِلي",
  قل: "قولي",
  استمع: "استمعي",
  ارجع: "ارجعي",
  عُد: "عودي",
  غيِّر: "غيِّري",
  احفظ: "احفظي",
  حاول: "حاولي",
  انتظر: "انتظري",
  اطلب: "اطلبي",
  تطلب: "تطلبي",
};

export function registerProblems(
  language: LanguageCode,
  id: string,
  audience: Audience,
  text: string,
): string[] {
  if (language === "ar") {
    // Children read the shared pages too (start, check, saved, recording, display).
    if (audience === "adult") return [];
    const masculineOnly = Object.entries(arabicMasculine)
      .filter(([masculine]) => word([masculine], "\\p{L}\\p{M}/").test(text))
      .map(([masculine, feminine]) => `${masculine} (add "/${feminine}")`);
    return masculineOnly.length
      ? [`${id}: addresses a child in the masculine only: ${masculineOnly.join(", ")}: "${text}"`]
      : [];
  }
  const marks = markers[language];
  if (!marks) return [];
  const informal = marks.informal.exec(text)?.[0];
  const formal = marks.formal.exec(text)?.[0];
  if (audience === "child" && formal)
    return [`${id}: a child is addressed formally ("${formal}"): "${text}"`];
  if (audience === "adult" && informal)
    return [`${id}: a parent or practitioner is addressed informally ("${informal}"): "${text}"`];
  if (audience === "shared" && informal && formal)
    return [`${id}: mixes registers ("${informal}", "${formal}"): "${text}"`];
  return [];
}

/** What children, families and practitioners read; inspectors' pages are not surveys. */
const checkedNamespaces = Object.keys(bundles.en).filter((namespace) => namespace !== "inspector");

describe("register", () => {
  for (const language of ["pl", "ro", "ur", "bn", "ar"] as const) {
    it(`${language}: children informally, parents and practitioners formally`, () => {
      const problems = checkedNamespaces.flatMap((namespace) =>
        flatten(bundles[language][namespace]!).flatMap(([key, text]) =>
          registerProblems(
            language,
            `${language}/${namespace}:${key}`,
            audienceOf(namespace, key),
            text,
          ),
        ),
      );
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    });
  }

  it("the markers catch a string in the wrong register", () => {
    const count = (language: LanguageCode, audience: Audience, text: string) =>
      registerProblems(language, "x", audience, text).length;
    expect(count("pl", "child", "Czy dostajesz pomoc, której potrzebujesz?")).toBe(0);
    expect(count("pl", "child", "Czy Pan lub Pani dostaje pomoc?")).toBe(1);
    expect(count("pl", "adult", "Czy twoje dziecko dostaje pomoc?")).toBe(1);
    expect(count("pl", "adult", "Czy Państwa dziecko dostaje pomoc?")).toBe(0);
    expect(count("ro", "child", "Primești ajutorul de care ai nevoie.")).toBe(0);
    expect(count("ro", "child", "Planul dumneavoastră vă ajută.")).toBe(1);
    expect(count("ro", "adult", "Copilul tău primește ajutor.")).toBe(1);
    expect(count("ro", "child", "Cum ați răspuns la acest chestionar?")).toBe(1);
    expect(count("bn", "child", "তুমি কি সাহায্য পাও?")).toBe(0);
    expect(count("bn", "child", "আপনি কি সাহায্য পান?")).toBe(1);
    expect(count("bn", "adult", "তোমার সন্তান কি সাহায্য পায়?")).toBe(1);
    expect(count("ur", "child", "کیا تمہیں مدد ملتی ہے؟")).toBe(0);
    expect(count("ur", "child", "کیا آپ کو مدد ملتی ہے؟")).toBe(1);
    expect(count("ur", "adult", "کیا تمہارے بچے کو مدد ملتی ہے؟")).toBe(1);
    expect(count("pl", "shared", "Sprawdź, czy Pan może.")).toBe(0);
    expect(count("pl", "shared", "Wiesz, że Pan może?")).toBe(1);
    expect(count("ar", "child", "تحصل على المساعدة التي تحتاج إليها.")).toBe(1);
    expect(count("ar", "child", "تحصل/تحصلين على المساعدة التي تحتاج/تحتاجين إليها.")).toBe(0);
    expect(count("ar", "adult", "تحصل على المساعدة.")).toBe(0);
    expect(count("ar", "shared", "اختر ملفًا صوتيًا.")).toBe(1);
    expect(count("ar", "shared", "يمكنك اختيار ملف صوتي.")).toBe(0);
  });

  it("knows whose words each key is", () => {
    expect(audienceOf("survey-child", "easy.right_help.text")).toBe("child");
    expect(audienceOf("survey-common", "about.age.easy.me")).toBe("child");
    expect(audienceOf("survey-common", "about.age.easy.child")).toBe("adult");
    expect(audienceOf("survey", "start.what.child")).toBe("child");
    expect(audienceOf("survey", "start.what.parent")).toBe("adult");
    expect(audienceOf("survey", "question.continue")).toBe("shared");
    expect(audienceOf("webinars", "list.title")).toBe("adult");
    expect(audienceOf("survey-common", "about.sector.standard")).toBe("adult");
  });
});

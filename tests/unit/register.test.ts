import { describe, expect, it } from "vitest";
import { bundles, flatten } from "../locale-tree";
import type { Tree } from "../locale-tree";
import { questionOptions, surveyDefinitions } from "~surveys";
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
 *
 * Words every audience reads are checked as each reads them: a child sees a key's `_child`
 * variant where the language has one (app/i18n/register.tsx), an adult the key itself.
 */

/**
 * "outside": pages where no survey is known yet (home, the site's own error pages), so no
 * audience either; they are in the adult register. The survey-code and resume-code pages know
 * no audience either but a child uses them (a children's poster, a saved code), so their words
 * are "shared" and, having no variants, address no one.
 */
type Audience = "child" | "adult" | "shared" | "outside";

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
  const onePage = onlyFor[`${namespace}:${key}`];
  if (onePage) return onePage;
  if (outsideASurvey.some((prefix) => `${namespace}:${key}`.startsWith(prefix))) return "outside";
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

/**
 * Words on a shared page that one audience alone reads: the done page and a closed link's page
 * are easy read for children and standard for adults (routes/s.$token.done.tsx, s.$token.tsx),
 * and only parents are offered webinars.
 */
const onlyFor: Record<string, "child" | "adult"> = {
  "survey:done.titleEasy": "child",
  "survey:done.sentEasy": "child",
  "survey:done.nextEasy": "child",
  "survey:closed.titleEasy": "child",
  "survey:closed.bodyEasy": "child",
  "survey:done.title": "adult",
  "survey:done.nspcc": "adult",
  "survey:done.nextBody": "adult",
  "survey:done.again": "adult",
  "survey:done.webinarsTitle": "adult",
  "survey:done.webinarsBody": "adult",
  "survey:done.webinarsLink": "adult",
  "survey:closed.title": "adult",
  "survey:closed.body": "adult",
};

/** Keys of the pages reached before a survey link, whose audience no page knows. */
const outsideASurvey = [
  "common:home.",
  "common:badRequest.",
  "common:error.title",
  "common:error.body",
  "common:error.home",
  "common:error.saved",
];

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
    // "trimiți" are the familiar singular, "megaocteți" a plural noun
    formal: word([
      "[Dd]umneavoastră",
      "[Dd]vs",
      "[Vv]ă",
      "[Vv]",
      "(?!înveți|trimiți|megaocteți)\\p{L}+(?:ați|eți|iți)",
      "[Aa]ți",
    ]),
  },
  bn: {
    // pronouns, and the imperatives of each register ("বলো" / "বলুন")
    informal: word([
      ...["তুমি", "তোমার", "তোমাকে", "তোমায়", "তোমরা", "তোমাদের", "তুই", "তোর", "তোকে"],
      ...["করো", "বলো", "দেখো", "লেখো", "লিখো", "নাও", "দাও", "চাপো", "জানাও"],
      ...["যাও", "রাখো", "থামাও", "পাঠাও", "বদলাও", "এসো", "শোনো", "ফেলো"],
    ]),
    formal: word([
      ...["আপনি", "আপনার", "আপনাকে", "আপনারা", "আপনাদের"],
      ...["করুন", "বলুন", "দেখুন", "লিখুন", "নিন", "চাপুন", "জানান"],
      // ("দিন" is also "day")
      ...["যান", "রাখুন", "থামান", "পাঠান", "বদলান", "আসুন", "শুনুন", "ফেলুন"],
    ]),
  },
  ur: {
    // pronouns, and the imperatives of each register ("بتاؤ" / "بتائیں")
    informal: word([
      ...["تم", "تمہار[اےی]", "تمہیں", "تمھار[اےی]", "تمھیں", "تجھے", "تیر[اےی]"],
      ...["کرو", "بتاؤ", "چنو", "لکھو", "دیکھو", "دباؤ", "آزماؤ", "جاؤ"],
      // ("دو" is also "two")
      ...["رکھو", "روکو", "بھیجو", "لو", "سنو", "آؤ", "مانگو", "بدلو", "چھوڑو"],
    ]),
    formal: word([
      "آپ",
      // not the future ("مٹا دیے جائیں گے": they will be deleted)
      ...[
        ...["کیجیے", "کیجئے", "بتائیں", "چنیں", "لکھیں", "دیکھیں", "دبائیں", "آزمائیں", "جائیں"],
        ...["کریں", "رکھیں", "روکیں", "بھیجیں", "دیں", "لیں", "سنیں", "آئیں", "مانگیں", "بدلیں"],
        "چھوڑیں",
      ].map((imperative) => `${imperative}(?!\\s*گ[ےی])`),
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

/** Who reads a string: a child, or a parent, carer or practitioner. */
type Reader = "child" | "adult";

export function registerProblems(
  language: LanguageCode,
  id: string,
  audience: Reader,
  text: string,
): string[] {
  if (language === "ar") {
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
  return [];
}

const variantSuffix = "_child";

/**
 * Every string of one namespace as each reader sees it: a child reads a key's `_child` variant
 * where there is one, else the key; an adult reads the key. A variant of a key no child reads
 * is a mistake.
 */
export function readings(
  namespace: string,
  tree: Tree,
): { id: string; reader: Reader; text: string }[] {
  const strings = new Map(flatten(tree));
  return [...strings].flatMap(([key, text]) => {
    if (key.endsWith(variantSuffix)) {
      const base = key.slice(0, -variantSuffix.length);
      const whose = audienceOf(namespace, base);
      return strings.has(base) && (whose === "child" || whose === "shared")
        ? []
        : [
            {
              id: `${namespace}:${key}`,
              reader: "child" as const,
              text: "(a variant no child reads)",
            },
          ];
    }
    const audience = audienceOf(namespace, key);
    const variant = strings.get(`${key}${variantSuffix}`);
    return [
      ...(audience === "child" || audience === "shared"
        ? [
            {
              id: `${namespace}:${variant ? `${key}${variantSuffix}` : key}`,
              reader: "child" as const,
              text: variant ?? text,
            },
          ]
        : []),
      ...(audience !== "child"
        ? [{ id: `${namespace}:${key}`, reader: "adult" as const, text }]
        : []),
    ];
  });
}

function namespaceProblems(language: LanguageCode, namespace: string, tree: Tree): string[] {
  return readings(namespace, tree).flatMap(({ id, reader, text }) =>
    text === "(a variant no child reads)"
      ? [`${language}/${id}: a child's variant of a key no child reads`]
      : registerProblems(
          language,
          `${language}/${id} (as ${reader === "child" ? "a child" : "an adult"} reads it)`,
          reader,
          text,
        ),
  );
}

/** What children, families and practitioners read; inspectors' pages are not surveys. */
const checkedNamespaces = Object.keys(bundles.en).filter((namespace) => namespace !== "inspector");

describe("register", () => {
  for (const language of ["pl", "ro", "ur", "bn", "ar"] as const) {
    it(`${language}: children informally, parents and practitioners formally, on every page each reads`, () => {
      const problems = checkedNamespaces.flatMap((namespace) =>
        namespaceProblems(language, namespace, bundles[language][namespace]!),
      );
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    });
  }

  it("the markers catch a string in the wrong register", () => {
    const count = (language: LanguageCode, audience: Reader, text: string) =>
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
    expect(count("ur", "child", "تمہارے جوابات مٹا دیے جائیں گے۔")).toBe(0);
    expect(count("ur", "child", "واپس جائیں۔")).toBe(1);
    expect(count("pl", "adult", "Sprawdź, czy Pan może.")).toBe(0);
    expect(count("pl", "adult", "Wiesz, że Pan może?")).toBe(1);
    expect(count("ro", "adult", "Fișierul are peste 10 megaocteți.")).toBe(0);
    expect(count("ar", "child", "تحصل على المساعدة التي تحتاج إليها.")).toBe(1);
    expect(count("ar", "child", "تحصل/تحصلين على المساعدة التي تحتاج/تحتاجين إليها.")).toBe(0);
    expect(count("ar", "adult", "تحصل على المساعدة.")).toBe(0);
    expect(count("ar", "child", "اختر ملفًا صوتيًا.")).toBe(1);
    expect(count("ar", "child", "يمكنك اختيار ملف صوتي.")).toBe(0);
  });

  it("reads words every audience sees as a child and as an adult sees them", () => {
    const problems = (tree: Tree) => namespaceProblems("ur", "survey", tree);
    // The check page's button: formal for adults, so a child needs their own words.
    const formalOnly = { check: { send: "اپنے جوابات بھیجیں، آپ کا شکریہ" } };
    expect(problems(formalOnly)).toHaveLength(1);
    expect(problems(formalOnly)[0]).toContain("as a child reads it");
    const withVariant = {
      check: { send: formalOnly.check.send, send_child: "اپنے جوابات بھیجو، تمہارا شکریہ" },
    };
    expect(problems(withVariant)).toEqual([]);
    // A child's words under the adults' key fail the adults' reading.
    expect(problems({ check: { send: withVariant.check.send_child } })[0]).toContain(
      "as an adult reads it",
    );
    // A variant where no child reads the key.
    expect(problems({ start: { what: { parent: "x", parent_child: "y" } } })).toHaveLength(1);
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
    expect(audienceOf("survey", "check.send")).toBe("shared");
    expect(audienceOf("survey", "resume.title")).toBe("shared");
    expect(audienceOf("common", "error.body")).toBe("outside");
    expect(audienceOf("common", "home.title")).toBe("outside");
    expect(audienceOf("survey", "done.sentEasy")).toBe("child");
    expect(audienceOf("survey", "done.webinarsBody")).toBe("adult");
  });
});

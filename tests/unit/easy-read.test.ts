import { existsSync } from "node:fs";
import { bundles, flatten } from "../locale-tree";
import type { Tree } from "../locale-tree";
import { describe, expect, it } from "vitest";
import { questionOptions, surveyDefinitions } from "~surveys";
import { getFixedT } from "~/i18n/i18n.server";
import { firstStrongIsolate, popDirectionalIsolate } from "~/i18n/isolate";
import { languageCodes, languageDirection } from "~/i18n/languages";
import type { LanguageCode } from "~/i18n/languages";

/*
 * Easy read as a tested property in every language (issues #6 and #15): every easy-read
 * string keeps to short sentences, one idea a statement and no unexplained abbreviations, and
 * every easy-read question and answer has a picture. A translation leaves no English behind
 * (a name, or a UK term glossed in brackets, aside), and on a right-to-left page every value
 * that can hold a name or an address is isolated from the words around it. Each problem is
 * reported with its language and locale key.
 */

const translations = languageCodes.filter((code) => code !== "en");

const maxWordsInSentence = 15;

/** Abbreviations people may not know, each with the words that spell it out. */
const abbreviations: Record<string, string> = {
  SEND: "special educational needs and disabilities",
  SEN: "special educational needs",
  EHC: "education, health and care",
  EHCP: "education, health and care plan",
  AP: "alternative provision",
  CAMHS: "child and adolescent mental health services",
  SENCO: "special educational needs co-ordinator",
  SENCo: "special educational needs co-ordinator",
  NHS: "National Health Service",
  GP: "doctor",
  LA: "local authority",
  ADHD: "attention deficit hyperactivity disorder",
  ASD: "autism",
  CQC: "Care Quality Commission",
  Ofsted: "Office for Standards in Education",
  SALT: "speech and language therapy",
  OT: "occupational therapist",
  PRU: "pupil referral unit",
  SENDIASS: "information, advice and support service",
  DfE: "Department for Education",
  MB: "megabyte", // and "megabytes"
};

/** The journey's words that easy-read pages show (start, questions, check, saved, done, display). */
const easyReadPageKeys: Record<string, string[]> = {
  survey: [
    "start.title.child",
    "start.what.child",
    "start.who.child",
    "start.anonymous.child",
    "start.timeEasy",
    "start.closes",
    "start.continueDraft",
    "start.versionLegend",
    "start.versionEasy",
    "start.versionEasyHint",
    "start.versionStandard",
    "start.versionStandardHint",
    "start.consentLegend",
    "start.consentHint",
    "start.consentYes",
    "start.consentNo",
    "start.consentRequired",
    "start.versionRequired",
    "start.button",
    "start.resumeLink",
    "noThanks.title",
    "noThanks.body",
    "noThanks.again",
    "question.progress",
    "question.aboutYou",
    "question.aboutYouHint",
    "question.back",
    "question.continue",
    "question.skipEasy",
    "question.save",
    "question.ownWordsHintEasy",
    "question.invalidOption",
    "question.tooLong",
    "question.tooLongNow",
    "check.titleEasy",
    "check.easy.intro",
    "check.easy.sendTitle",
    "check.easy.sendBody",
    "check.skipped",
    "check.notAnswered",
    "check.change",
    "check.changeQuestion",
    "check.send",
    "done.titleEasy",
    "done.sentEasy",
    "done.next",
    "done.nextEasy",
    "done.talkTitle",
    "done.childline",
    "done.support",
    "done.supportLink",
    "done.talkBody",
    // Where to get help now, first on the page after own words that may be a disclosure.
    "done.nspcc",
    "helpNow.intro",
    "helpNow.emergency",
    "helpNow.carryOn",
    "saved.title",
    "saved.code",
    "saved.easy.howTo",
    "saved.easy.anyDevice",
    "saved.easy.until",
    "saved.easy.writeDown",
    "saved.easy.continue",
    "closed.titleEasy",
    "closed.bodyEasy",
    // Read this to me, and answering out loud.
    "check.recorded",
    "spoken.heading",
    "spoken.saved",
    "spoken.skipDeletes",
    "spoken.listenSaved",
    "spoken.delete",
    "spoken.file",
    "spoken.fileAgain",
    "spoken.hint",
    "spoken.tooBig",
    "spoken.megabytes",
    "spoken.notAudio",
    "spoken.start",
    "spoken.stop",
    "spoken.again",
    "spoken.recordingNow",
    "spoken.stopped",
    "spoken.listenBack",
    "spoken.listenNew",
    "spoken.sendHint",
    "spoken.noMicrophone",
  ],
  // The display options page is reached from every survey page, easy read included.
  common: [
    "readAloud.label",
    "readAloud.stop",
    "readAloud.failed",
    "display.link",
    "display.title",
    "display.intro",
    "display.legend",
    "display.largerText",
    "display.largerTextHint",
    "display.highContrast",
    "display.highContrastHint",
    "display.moreSpacing",
    "display.moreSpacingHint",
    "display.save",
    "display.back",
  ],
};

/** What a string is on the page decides which rules apply to it. */
interface EasyText {
  /** `language/namespace:key`, as the report names it. */
  id: string;
  language: LanguageCode;
  text: string;
  role: "question" | "answer" | "statement";
  /** The question's help text: it may spell out an abbreviation the question uses. */
  help?: string;
}

function lookUp(language: LanguageCode, namespace: string, key: string): string | undefined {
  const value = key
    .split(".")
    .reduce<
      string | Tree | undefined
    >((node, part) => (typeof node === "object" ? node[part] : undefined), bundles[language][namespace]);
  return typeof value === "string" ? value : undefined;
}

const easyDefinitions = surveyDefinitions.filter((d) => d.version === "easy");

/** Every easy-read string of one language, each once, with the role it plays. */
function easyReadTexts(language: LanguageCode): { texts: EasyText[]; missing: string[] } {
  const byId = new Map<string, EasyText>();
  const missing: string[] = [];
  const add = (namespace: string, key: string, role: EasyText["role"], help?: string): void => {
    // A plural key (`start.timeEasy`) is each of its forms in this language's plural rules.
    if (lookUp(language, namespace, key) === undefined) {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      if (forms.every((form) => lookUp(language, namespace, `${key}_${form}`) !== undefined)) {
        for (const form of forms) add(namespace, `${key}_${form}`, role, help);
        return;
      }
    }
    const id = `${language}/${namespace}:${key}`;
    const text = lookUp(language, namespace, key);
    if (text === undefined) missing.push(id);
    // A key used as a question or an answer keeps that stricter role.
    else if (!byId.has(id) || byId.get(id)!.role === "statement")
      byId.set(id, { id, language, text, role, help });
    // A child's wording of the same key (app/i18n/register.tsx) keeps the same rules.
    const variant = lookUp(language, namespace, `${key}_child`);
    if (variant !== undefined && (!byId.has(`${id}_child`) || role !== "statement"))
      byId.set(`${id}_child`, { id: `${id}_child`, language, text: variant, role, help });
  };
  /** Definition keys are in the survey's own namespace unless they name another (`ns:key`). */
  const locate = (namespace: string, key: string): [string, string] =>
    key.includes(":") ? (key.split(":") as [string, string]) : [namespace, key];

  for (const definition of easyDefinitions) {
    const own = (key: string) => locate(definition.namespace, key);
    for (const question of definition.questions) {
      const help = question.help ? lookUp(language, ...own(question.help)) : undefined;
      add(...own(question.text), "question", help);
      if (question.help) add(...own(question.help), "statement");
      for (const option of questionOptions(question)) add(...own(option.text), "answer", help);
    }
    // The same keys in every language: which strings are easy read is English's to say.
    for (const [key] of flatten((bundles.en[definition.namespace]!.easy ?? {}) as Tree, "easy."))
      add(definition.namespace, key, "statement");
  }
  for (const [namespace, keys] of Object.entries(easyReadPageKeys))
    for (const key of keys) add(namespace, key, "statement");
  return { texts: [...byId.values()], missing };
}

/** A sentence ends at . ! ? and at the Bengali dari (।), the Urdu full stop (۔) and ؟. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?।۔؟])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
const wordsOf = (sentence: string) =>
  sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** Where a term sits in brackets, or is followed by a bracket that explains it. */
const glossedAt = (text: string, index: number, length: number) => {
  const before = text.slice(0, index);
  const insideBrackets = before.lastIndexOf("(") > before.lastIndexOf(")");
  const explainedAfter = /^(?:[\s-]+[A-Za-z][A-Za-z'’-]*){0,2}\s*\(/.test(
    text.slice(index + length),
  );
  return insideBrackets || explainedAfter;
};

/** The rules for words; one line a problem, starting with the key. */
export function textProblems(item: EasyText): string[] {
  const problems: string[] = [];
  const sentences = sentencesOf(item.text);
  for (const sentence of sentences) {
    const count = wordsOf(sentence).length;
    if (count > maxWordsInSentence)
      problems.push(
        `${item.id}: ${count} words in one sentence (at most ${maxWordsInSentence}): "${sentence}"`,
      );
  }
  // One idea a question or an answer, so that its one picture says it.
  if (item.role !== "statement" && sentences.length > 1)
    problems.push(`${item.id}: a ${item.role} must be one sentence: "${item.text}"`);
  if (/[;؛]| and also /i.test(item.text))
    problems.push(`${item.id}: two ideas joined by ";" or "and also": "${item.text}"`);
  for (const [abbreviation, spelledOut] of Object.entries(abbreviations)) {
    const found = new RegExp(`\\b${abbreviation}\\b`).exec(item.text);
    if (!found) continue;
    // English spells it out; a translation explains it in its own words, in brackets beside
    // the abbreviation, in the text or in the question's help.
    const explained =
      item.language === "en"
        ? [item.text, item.help ?? ""].some((text) =>
            text.toLowerCase().includes(spelledOut.toLowerCase()),
          )
        : [item.text, item.help ?? ""].some((text) => {
            const at = new RegExp(`\\b${abbreviation}\\b`).exec(text);
            return at !== null && glossedAt(text, at.index, abbreviation.length);
          });
    if (!explained)
      problems.push(
        item.language === "en"
          ? `${item.id}: "${abbreviation}" is not spelled out (say "${spelledOut}"): "${item.text}"`
          : `${item.id}: "${abbreviation}" is not explained in brackets beside it: "${item.text}"`,
      );
  }
  return problems;
}

/*
 * English left in a translation. Urdu, Bengali and Arabic have no Latin script of their own, so
 * every Latin word is suspect; Polish and Romanian share many words with English ("plan",
 * "local", "care"), so there a word is suspect when the English strings use it and it is not
 * one of the language's own words listed below. Allowed anywhere: abbreviations in capitals
 * (the easy-read rule above asks for them to be explained), the names below, and UK terms
 * that a translation keeps in brackets after saying them in its own words ("(reduced
 * timetable)") or explains in brackets after them ("Local Offer (…)").
 */
const names = new Set(["Ofsted", "Childline", "OpenMoji", "Voice", "Anyshire", "Ctrl", "Mac"]);

/** Polish and Romanian words spelled like English words the English strings use. */
const ownWords: Partial<Record<LanguageCode, string[]>> = {
  // "college" is a Polish loanword (college, college'u) for the UK further education college;
  // "pliki cookie" is Polish's own term for cookies; "folder" and "spam" are Polish words too;
  // "form" is the genitive plural of "forma" ("form wsparcia": forms of support).
  pl: [
    "a",
    "form",
    "college",
    "cookie",
    "folder",
    "spam",
    "by",
    "do",
    "go",
    "i",
    "on",
    "one",
    "plan",
    "problem",
    "same",
    "sport",
    "status",
    "to",
    "we",
    "forum",
    "link",
    "online",
    "webinar",
    // Polish's and Romanian's own word for it (#20: "when the internet is back").
    "internet",
  ],
  ro: [
    "a",
    "internet",
    "adult",
    "autism",
    "alternative",
    "am",
    "an",
    "are",
    "audit",
    "calendar",
    "camera",
    "care",
    "contact",
    "date",
    "document",
    "format",
    "include",
    "inspector",
    "legal",
    "link",
    "local",
    "minute",
    "online",
    "plan",
    "public",
    "real",
    "site",
    "social",
    "specialist",
    "sport",
    "standard",
    "sub",
    "text",
    "total",
    "unit",
    "web",
    "webinar",
    "contrast",
    // "Confirm locul": "I confirm my place" (a confirma); "spam" is Romanian's own word too.
    "confirm",
    "spam",
    // "merge": "goes" (a merge); inspectors' English "merge" two themes is another word.
    "merge",
  ],
};

const englishWords = new Set(
  Object.values(bundles.en).flatMap((tree) =>
    flatten(tree, "").flatMap(([, text]) =>
      // Whole words as a translation's are matched: "co-production" is one word, not "co".
      (text.replace(/\{\{[^}]*\}\}/g, " ").match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? []).map((w) =>
        w.toLowerCase(),
      ),
    ),
  ),
);

/** Inspectors work in English; the rule covers what children, families and practitioners read. */
const publicNamespaces = Object.keys(bundles.en).filter((namespace) => namespace !== "inspector");

export function englishLeft(language: LanguageCode, id: string, text: string): string[] {
  const latinScript = language === "pl" || language === "ro";
  const own = new Set(ownWords[language] ?? []);
  // Placeholders, web and email addresses are not words.
  const words = text
    .replace(/\{\{[^}]*\}\}/g, (m) => " ".repeat(m.length))
    .replace(/\S+@\S+|https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:uk|com|org)\S*/g, (m) =>
      " ".repeat(m.length),
    );
  const left: string[] = [];
  for (const match of words.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const word = match[0];
    if (!/^[A-Za-z][A-Za-z'’-]*$/.test(word)) continue;
    if (/^[A-Z0-9-]{2,}$/.test(word) || names.has(word)) continue;
    if (latinScript && (own.has(word.toLowerCase()) || !englishWords.has(word.toLowerCase())))
      continue;
    if (glossedAt(text, match.index, word.length)) continue;
    left.push(word);
  }
  return left.length
    ? [`${id}: English left in the translation (${left.join(", ")}): "${text}"`]
    : [];
}

function pictureProblems(): string[] {
  const problems: string[] = [];
  const check = (where: string, picture: string | undefined) => {
    if (!picture) problems.push(`${where}: no picture`);
    else if (!existsSync(`surveys/pictures/${picture}.svg`))
      problems.push(`${where}: picture "${picture}" has no surveys/pictures/${picture}.svg`);
  };
  for (const definition of easyDefinitions) {
    const name = `${definition.audience}/easy`;
    for (const question of definition.questions) {
      check(`${name} ${question.id} (${question.text})`, question.picture);
      for (const option of questionOptions(question))
        check(`${name} ${question.id}/${option.value} (${option.text})`, option.picture);
    }
  }
  return problems;
}

/*
 * The test's own list of placeholders that only ever hold numbers, dates or times, kept apart
 * from the app's: taking a name-holding placeholder out of the isolation then fails here.
 */
const numbersAndDates = new Set([
  ...["capacity", "closes", "count", "date", "ends", "length", "limit", "max", "mb", "min"],
  ...["minutes", "n", "number", "opens", "places", "position", "seconds", "taken", "threshold"],
  ...["time", "total", "week2", "week3", "when"],
]);
const emailLinks = new Set(["joinUrl", "link"]);

/** A value that stands for any name: Latin letters and a full stop, the hardest case in RTL. */
const sampleName = (placeholder: string) => `Oakwood ${placeholder} St. Mary's`;

/**
 * Values in `rendered` not wrapped in FSI … PDI or <bdi> … </bdi>. Values of numeric
 * placeholders are not checked; a web link in an email must end its sentence instead.
 */
export function isolationProblems(
  id: string,
  rendered: string,
  values: Record<string, string | number>,
  template: string,
): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "string") continue;
    if (emailLinks.has(name)) {
      if (!new RegExp(`\\{\\{\\s*-?\\s*${name}\\s*\\}\\}[\\s.۔]*$`).test(template))
        problems.push(`${id}: the link {{${name}}} must end the sentence on a right-to-left page`);
      continue;
    }
    if (numbersAndDates.has(name) || !rendered.includes(value)) continue;
    const isolated =
      rendered.includes(`${firstStrongIsolate}${value}${popDirectionalIsolate}`) ||
      rendered.includes(`<bdi>${value}</bdi>`);
    if (!isolated)
      problems.push(`${id}: {{${name}}} is not isolated (<bdi> or U+2068…U+2069): "${rendered}"`);
  }
  return problems;
}

describe("easy read", () => {
  for (const language of languageCodes) {
    const { texts, missing } = easyReadTexts(language);

    it(`${language}: finds every easy-read string it is meant to check`, () => {
      expect(missing, `keys not in ${language}:\n${missing.join("\n")}`).toEqual([]);
      // Three audiences' questions, answers and the journey's pages: well over a hundred.
      expect(texts.length).toBeGreaterThan(150);
    });

    it(`${language}: keeps sentences short, one idea a statement, abbreviations explained`, () => {
      const problems = texts.flatMap(textProblems);
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    });
  }

  it("has a picture, whose file exists, for every question and every answer", () => {
    const problems = pictureProblems();
    expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
  });

  it("the rules catch what they are meant to", () => {
    const rules = (
      text: string,
      role: EasyText["role"] = "statement",
      help?: string,
      language: LanguageCode = "en",
    ) => textProblems({ id: "x", language, text, role, help }).length;
    expect(
      rules(
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.",
      ),
    ).toBe(0);
    expect(
      rules(
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.",
      ),
    ).toBe(1);
    expect(rules("You get help. Do you like it?", "question")).toBe(1);
    expect(rules("You get help. You like it.")).toBe(0);
    expect(rules("You get help; you like it.")).toBe(1);
    expect(rules("Do you have an EHC plan?", "question")).toBe(1);
    expect(rules("Do you have an EHC plan (education, health and care plan)?", "question")).toBe(0);
    expect(
      rules(
        "Do you have an EHC plan?",
        "question",
        "An EHC plan is an education, health and care plan.",
      ),
    ).toBe(0);
    expect(rules("Do you have a plan?", "question")).toBe(0);
    // Bengali: sixteen words in one sentence ending with the dari; two sentences as one answer.
    const bengali16 = "আমি তুমি সে আমরা তোমরা তারা এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ।";
    expect(rules(bengali16, "statement", undefined, "bn")).toBe(1);
    expect(rules("আমি স্কুলে যাই। আমি খেলি।", "answer", undefined, "bn")).toBe(1);
    expect(rules("من برم. تو بیا۔", "answer", undefined, "ur")).toBe(1);
    expect(rules("هل لديك خطة؟ نعم.", "question", undefined, "ar")).toBe(1);
    expect(rules("أنا أتعلم؛ أنا ألعب.", "statement", undefined, "ar")).toBe(1);
    // A translation explains an abbreviation in brackets, in its text or in the help.
    expect(rules("Czy masz plan EHC?", "question", undefined, "pl")).toBe(1);
    expect(
      rules("Czy masz plan EHC (plan edukacji, zdrowia i opieki)?", "question", undefined, "pl"),
    ).toBe(0);
    expect(rules("Czy masz plan EHC?", "question", "Plan EHC (plan edukacji) mówi…", "pl")).toBe(0);
  });

  it("finds English left in a translation", () => {
    const left = (language: LanguageCode, text: string) => englishLeft(language, "x", text).length;
    expect(left("ro", "Primești ajutorul de care ai nevoie.")).toBe(0);
    expect(left("ro", "Primești ajutorul de care ai nevoie la school.")).toBe(1);
    expect(left("ro", "Un program redus (reduced timetable) la școală.")).toBe(0);
    expect(left("pl", "Strona Local Offer (lokalna oferta usług) i plan EHC.")).toBe(0);
    expect(left("pl", "Czy masz the plan?")).toBe(1);
    expect(left("ur", "آپ کا EHC پلان {{area}} میں۔")).toBe(0);
    expect(left("ur", "آپ کا plan کیا ہے؟")).toBe(1);
    expect(left("bn", "তোমার college কেমন?")).toBe(1);
    expect(left("ar", "زر ofsted.gov.uk أو Childline.")).toBe(0);
  });

  for (const language of translations) {
    it(`${language}: leaves no English in what children, families and practitioners read`, () => {
      const problems = publicNamespaces.flatMap((namespace) =>
        flatten(bundles[language][namespace]!, "").flatMap(([key, text]) =>
          englishLeft(language, `${language}/${namespace}:${key}`, text),
        ),
      );
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    });
  }
});

describe("bidirectional text", () => {
  for (const language of languageCodes.filter((code) => languageDirection(code) === "rtl")) {
    it(`${language}: every value that can hold a name or an address is isolated`, async () => {
      const problems: string[] = [];
      for (const namespace of Object.keys(bundles.en)) {
        const t = await getFixedT(language, namespace);
        for (const [key, template] of flatten(bundles[language][namespace]!, "")) {
          const placeholders = [...template.matchAll(/\{\{\s*-?\s*(\w+)/g)].map((m) => m[1]!);
          if (placeholders.length === 0) continue;
          const values: Record<string, string | number> = Object.fromEntries(
            placeholders.map((name) => [name, numbersAndDates.has(name) ? 3 : sampleName(name)]),
          );
          // A plural form is chosen by `count`; render the form this key is.
          const plural = /_(zero|one|two|few|many|other)$/.exec(key);
          const count = { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 100 }[
            plural?.[1] ?? "other"
          ]!;
          const rendered = plural
            ? t(key.slice(0, plural.index), { ...values, count })
            : t(key, values);
          problems.push(
            ...isolationProblems(
              `${language}/${namespace}:${key}`,
              String(rendered),
              values,
              template,
            ),
          );
        }
      }
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    });
  }

  it("names a value left unisolated", () => {
    const values = { area: "Oakwood", count: 3 };
    expect(isolationProblems("x", "في Oakwood", values, "في {{area}}")).toHaveLength(1);
    expect(isolationProblems("x", "في \u2068Oakwood\u2069", values, "في {{area}}")).toEqual([]);
    expect(isolationProblems("x", "في <bdi>Oakwood</bdi>", values, "في {{area}}")).toEqual([]);
    expect(
      isolationProblems("x", "لنک: https://x", { link: "https://x" }, "لنک: {{link}}"),
    ).toEqual([]);
    expect(
      isolationProblems("x", "https://x لنک", { link: "https://x" }, "{{link}} لنک"),
    ).toHaveLength(1);
  });
});

import { readdirSync, readFileSync, statSync } from "node:fs";
import { bundles, flatten } from "../locale-tree";
import type { Tree } from "../locale-tree";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createServerI18n } from "~/i18n/i18n.server";
import { numericPlaceholders } from "~/i18n/isolate";
import { languageCodes } from "~/i18n/languages";
import type { LanguageCode } from "~/i18n/languages";

/*
 * A sentence that counts something takes its words from the language's plural rules (issue
 * #25: "1 need a BSL interpreter", "Read all 1 comments"). Every string with a number in it is
 * an i18next plural key (`_one`, `_few`, `_many`, `_other` …, chosen by `count`) with every form
 * Intl.PluralRules says the language has: English and Urdu and Bengali two, Romanian three,
 * Polish four, Arabic six. A few numbers count nothing ("Question 3 of 10") and are listed
 * below with the reason.
 */

/** Placeholders that hold a number of things: a sentence with one needs plural forms. */
const counting = new Set([
  "capacity",
  "count",
  "length",
  "max",
  "mb",
  "min",
  "minutes",
  "n",
  "number",
  "places",
  "position",
  "seconds",
  "taken",
  "threshold",
  "total",
]);
/** Placeholders that hold a date, a time or a duration the page has already written out. */
const datesAndTimes = new Set([
  "closes",
  "date",
  "ends",
  "limit",
  "opens",
  "time",
  "week2",
  "week3",
  "when",
]);

/** Strings whose number counts nothing, so no word beside it changes with it. */
const notCounting: Record<string, string> = {
  "survey:question.progress": "a position and a total: 'Question 3 of 10'",
  "inspector:webinars.placesOf": "two bare numbers: '3 of 20'",
  "webinars:booking.waiting": "a place in a queue: 'number 3 on the waiting list'",
  "webinars:email.waiting.body": "a place in a queue: 'You are number 3'",
  "webinars:email.already.bodyWaiting": "a place in a queue: 'on the waiting list, number 3'",
  "inspector:webinars.detail.statuses.waiting": "a place in a queue: 'Waiting (3)'",
  "inspector:recordings.play": "a position and a total: 'Recording 2 of 5: …'",
  "inspector:queue.position": "a position and a total: 'Comment 3 of 12'",
  "inspector:queue.acceptAll": "a bare number in brackets: 'Accept all suggested codes (3)'",
  "inspector:comments.range": "positions and a total: 'Comments 101 to 200 of 1,234'",
};

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*-?\s*(\w+)/g)].map((m) => m[1]!).filter((name) => name !== "count");

const english = flatten as (tree: Tree) => [string, string][];
const englishStrings = Object.entries(bundles.en).flatMap(([namespace, tree]) =>
  english(tree).map(([key, text]) => ({ namespace, key, text })),
);
/** Every plural key English has, as `namespace:base`. */
const pluralBases = [
  ...new Set(
    englishStrings
      .filter(({ key }) => pluralSuffix.test(key))
      .map(({ namespace, key }) => `${namespace}:${key.replace(pluralSuffix, "")}`),
  ),
].sort();

describe("plurals", () => {
  it("knows every placeholder that holds a number, and which of them count things", () => {
    const classified = new Set([...counting, ...datesAndTimes]);
    expect([...numericPlaceholders].filter((name) => !classified.has(name))).toEqual([]);
    // A new numeric placeholder must be added to the isolation list and to one set here.
    expect([...classified].filter((name) => !numericPlaceholders.has(name))).toEqual([]);
  });

  it("every English string that counts something is a plural key", () => {
    const lacking = englishStrings
      .filter(({ key }) => !pluralSuffix.test(key))
      .filter(({ text }) => [...text.matchAll(/\{\{\s*(\w+)/g)].some((m) => counting.has(m[1]!)))
      .map(({ namespace, key }) => `${namespace}:${key.replace(/_child$/, "")}`)
      .filter((id) => !(id in notCounting));
    expect(lacking, "strings that take a number but have no plural forms").toEqual([]);
  });

  it("every listed exception is still a string with a number in it", () => {
    const ids = new Set(englishStrings.map(({ namespace, key }) => `${namespace}:${key}`));
    expect(Object.keys(notCounting).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const language of languageCodes) {
    it(`${language}: every plural key has the forms its plural rules use, and i18next picks them`, async () => {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const rules = new Intl.PluralRules(language);
      const strings = new Map<string, string>(
        Object.entries(bundles[language]).flatMap(([namespace, tree]) =>
          flatten(tree).map(([key, text]) => [`${namespace}:${key}`, text] as const),
        ),
      );
      const i18n = await createServerI18n(language);
      const problems: string[] = [];
      for (const id of pluralBases) {
        const variants = [id, `${id}_child`].filter((base) =>
          forms.some((form) => strings.has(`${base}_${form}`)),
        );
        if (!variants.includes(id)) problems.push(`${id}: no plural forms`);
        for (const base of variants)
          for (const form of forms)
            if (!strings.has(`${base}_${form}`)) problems.push(`${base}: no "${form}" form`);
        const [namespace, key] = id.split(":") as [string, string];
        const t = i18n.getFixedT(language, namespace);
        const sample = Object.fromEntries(
          [
            ...new Set(forms.flatMap((form) => placeholders(strings.get(`${id}_${form}`) ?? ""))),
          ].map((name) => [name, "X"]),
        );
        for (const n of [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1000]) {
          const form = rules.select(n);
          const template = strings.get(`${id}_${form}`);
          // (A name-like value is isolated on right-to-left pages: app/i18n/isolate.ts.)
          const rendered = t(key, { ...sample, count: n }).replace(/[\u2068\u2069]/g, "");
          const expected = template
            ?.replace(/\{\{\s*count\s*\}\}/g, String(n))
            .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(sample[name] ?? ""));
          if (rendered !== expected)
            problems.push(`${id} with ${n}: "${rendered}", not its "${form}" form "${expected}"`);
        }
      }
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    });
  }

  it("reads right in each language (spot checks)", async () => {
    const say = async (language: LanguageCode, id: string, count: number) => {
      const [namespace, key] = id.split(":") as [string, string];
      return (await createServerI18n(language)).getFixedT(language, namespace)(key, { count });
    };
    const bsl = "inspector:webinars.detail.bsl";
    expect(await say("en", bsl, 1)).toBe("1 person needs a BSL interpreter");
    expect(await say("en", bsl, 2)).toBe("2 people need a BSL interpreter");
    expect(await say("pl", bsl, 1)).toBe("1 osoba potrzebuje tłumacza BSL");
    expect(await say("pl", bsl, 3)).toBe("3 osoby potrzebują tłumacza BSL");
    expect(await say("pl", bsl, 5)).toBe("5 osób potrzebuje tłumacza BSL");
    expect(await say("pl", bsl, 22)).toBe("22 osoby potrzebują tłumacza BSL");
    expect(await say("ro", bsl, 1)).toMatch(/^1 persoană are nevoie/);
    expect(await say("ro", bsl, 19)).toMatch(/^19 persoane au nevoie/);
    expect(await say("ro", bsl, 20)).toMatch(/^20 de persoane au nevoie/);
    expect(await say("ur", bsl, 1)).toMatch(/^1 فرد کو/);
    expect(await say("ur", bsl, 4)).toMatch(/^4 افراد کو/);
    expect(await say("en", "inspector:comments.count", 1)).toBe("1 comment");
    expect(await say("en", "survey:start.time", 1)).toBe("It takes about 1 minute.");
    expect(await say("ar", "survey:start.time", 2)).toBe("يستغرق الاستبيان نحو دقيقتين.");
    expect(await say("ar", "survey:start.time", 3)).toBe("يستغرق الاستبيان نحو 3 دقائق.");
    expect(await say("ar", "survey:start.time", 11)).toBe("يستغرق الاستبيان نحو 11 دقيقة.");
    expect(await say("pl", "survey:spoken.endingSoon", 15)).toMatch(/^Zostało 15 sekund\./);
    expect(await say("pl", "survey:spoken.megabytes", 10)).toBe("10 megabajtów (MB)");
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("plural keys in the code", () => {
  it("every call of a plural key passes the count", () => {
    const bases = new Set(pluralBases.map((id) => id.split(":")[1]!));
    const problems: string[] = [];
    for (const file of sourceFiles("app")) {
      const code = readFileSync(file, "utf8");
      for (const call of code.matchAll(
        /\bt\(\s*["'`](?:[\w-]+:)?([\w.]+)["'`]\s*(,\s*\{[^}]*\})?/g,
      )) {
        const key = call[1]!;
        if (!bases.has(key)) continue;
        if (!/\bcount\b/.test(call[2] ?? "")) problems.push(`${file}: t("${key}") without a count`);
      }
    }
    expect(problems).toEqual([]);
  });
});

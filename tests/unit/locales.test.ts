import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "~locales";
import { languageCodes } from "~/i18n/languages";
import { questionOptions, surveyDefinitions } from "~surveys";
import {
  englishTexts,
  readSources,
  recordReview,
  registerVariant,
  sourceHash,
  sourceTexts,
  staleTranslations,
  variantBase,
} from "~scripts/translation-sources";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    key === "_meta"
      ? []
      : typeof value === "object"
        ? flatten(value, `${prefix}${key}.`)
        : [`${prefix}${key}`],
  );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const english = resources.en as unknown as Record<string, Tree>;

describe("locales", () => {
  it("ships every language the switcher offers, and only those", () => {
    expect(Object.keys(resources).sort()).toEqual([...languageCodes].sort());
    const folders = readdirSync("locales").filter((name) =>
      statSync(path.join("locales", name)).isDirectory(),
    );
    expect(folders.sort()).toEqual([...languageCodes].sort());
  });

  for (const code of languageCodes) {
    it(`${code} has exactly the English keys (plurals in its own forms, register variants where it needs them), none empty`, () => {
      const bundle = resources[code] as unknown as Record<string, Tree>;
      expect(Object.keys(bundle).sort()).toEqual(Object.keys(english).sort());
      // A plural key has exactly the forms the language's plural rules use (Polish: one, few,
      // many, other; Arabic: all six), where English has `_one` and `_other`.
      const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const expected = (key: string) => {
        const base = /^(.*)_(one|other)$/.exec(key)?.[1];
        return base === undefined
          ? [key]
          : key.endsWith("_one")
            ? forms.map((f) => `${base}_${f}`)
            : [];
      };
      for (const namespace of Object.keys(english)) {
        const keys = flatten(bundle[namespace]!);
        // A child's wording (`check.intro_child`, app/i18n/register.tsx) is there only where
        // the language needs one, so it is never missing; it is a variant of a key it has.
        const variants = keys.filter((key) => registerVariant.test(key));
        expect(
          variants.filter((key) => !keys.includes(variantBase(key))),
          `${code}/${namespace}: variants of no key`,
        ).toEqual([]);
        expect(
          keys.filter((key) => !registerVariant.test(key)).sort(),
          `${code}/${namespace}`,
        ).toEqual(flatten(english[namespace]!).flatMap(expected).sort());
        for (const key of keys) {
          const value = key
            .split(".")
            .reduce<
              string | Tree | undefined
            >((node, part) => (typeof node === "object" ? node[part] : undefined), bundle[namespace]);
          expect(
            typeof value === "string" && value.trim().length > 0,
            `${code}/${namespace}:${key} is empty`,
          ).toBe(true);
        }
      }
    });
  }

  for (const code of languageCodes.filter((c) => c !== "en")) {
    it(`${code} keeps every {{placeholder}} of the English text`, () => {
      const bundle = resources[code] as unknown as Record<string, Tree>;
      const names = (text: unknown) =>
        new Set([...String(text).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!));
      const lookup = (tree: Tree, key: string) =>
        key
          .split(".")
          .reduce<
            string | Tree | undefined
          >((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
      const missing: string[] = [];
      for (const namespace of Object.keys(english)) {
        const translatedKeys = flatten(bundle[namespace]!);
        for (const key of flatten(english[namespace]!)) {
          const wanted = names(lookup(english[namespace]!, key));
          const plural = /^(.*)_(one|other)$/.exec(key)?.[1];
          const forms = [
            ...(plural === undefined
              ? [key]
              : translatedKeys.filter((k) => k.startsWith(`${plural}_`))),
            // and the key's register variant, where the language has one
            ...translatedKeys.filter((k) => k !== key && variantBase(k) === key),
          ];
          for (const form of forms) {
            const found = names(lookup(bundle[namespace]!, form));
            // A plural form may say its number in words ("one place"), so the count may go.
            const lacking = [...wanted].filter(
              (name) =>
                !found.has(name) &&
                !(plural !== undefined && (name === "count" || name === "places")),
            );
            if (lacking.length) missing.push(`${namespace}:${form} lacks ${lacking.join(", ")}`);
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it("uses every English key somewhere: in the code or in a survey definition", () => {
    const code = [...sourceFiles("app"), ...sourceFiles("surveys")]
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const literals = new Set(
      [...code.matchAll(/["'`]([\w-]+:)?([\w.-]+)["'`]/g)].map((m) => m[2]!),
    );
    // Keys built in template strings: `start.what.${audience}` uses every start.what.* key.
    const prefixes = [
      ...[...code.matchAll(/`(?:[\w-]+:)?([\w.]+\.)\$\{/g)].map((m) => m[1]!),
      // Form errors: fieldErrors(error, "create.errors", t) uses every create.errors.* key.
      ...[...code.matchAll(/fieldErrors\([^,]+,\s*"([\w.]+)"/g)].map((m) => `${m[1]!}.`),
      // … and so does checkFields(schema, values, { prefix: "create.errors", t }).
      ...[...code.matchAll(/checkFields\([^;]*?prefix:\s*"([\w.]+)"/g)].map((m) => `${m[1]!}.`),
    ];
    const definitionKeys = new Set(
      surveyDefinitions
        .flatMap((d) => [
          d.title,
          d.title.replace(/title$/, "intro"),
          ...d.questions.flatMap((q) => [
            q.text,
            q.help ?? "",
            ...questionOptions(q).map((o) => o.text),
          ]),
        ])
        .map((key) => key.split(":").at(-1)!),
    );
    // i18next plurals: `count_one` and `count_other` are used through `count`.
    const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
    // A register variant (`check.intro_child`) is used wherever its key is.
    const used = (key: string) =>
      [key, withoutPlural(key), variantBase(key)].some((form) => usedExactly(form));
    const usedExactly = (key: string) =>
      literals.has(key) ||
      definitionKeys.has(key) ||
      prefixes.some((prefix) => key.startsWith(prefix));
    const unused = Object.entries(english).flatMap(([namespace, tree]) =>
      flatten(tree)
        .filter((key) => !used(key))
        .map((key) => `${namespace}:${key}`),
    );
    expect(unused).toEqual([]);
  });
});

/*
 * Each translation records the hash of the English it was made from (locales/<lang>/.sources.json).
 * When the English changes, or a key is added, the translation is out of date until a reviewer
 * checks it and runs `npm run translations:reviewed -- <lang> [key…]` (README, "Translations").
 */
describe("translations made from today's English", () => {
  const englishNow = englishTexts(resources.en);

  for (const code of languageCodes.filter((c) => c !== "en")) {
    it(`${code}: no translation is out of date`, () => {
      const { changed, unrecorded, orphaned } = staleTranslations(
        sourceTexts(englishNow, resources[code]),
        readSources(code),
      );
      const lines = [
        ...changed.map((id) => `${id}: the English changed since it was translated`),
        ...unrecorded.map((id) => `${id}: new key, its translation never reviewed`),
        ...orphaned.map((id) => `${id}: recorded, but no longer in English`),
      ];
      expect(
        lines,
        `\n${code}: out of date (review, then npm run translations:reviewed -- ${code} <key…>):\n${lines.join("\n")}\n`,
      ).toEqual([]);
    });
  }

  it("notices changed English, a new key and a dropped key; a review clears them", () => {
    const before = new Map([
      ["survey:a", "You get help."],
      ["survey:b", "Go on."],
      ["survey:gone", "Old words."],
    ]);
    const recorded = recordReview(before, {}, []).sources;
    expect(staleTranslations(before, recorded)).toEqual({
      changed: [],
      unrecorded: [],
      orphaned: [],
    });
    const after = new Map([
      ["survey:a", "You get the help you need."],
      ["survey:b", "Go on."],
      ["survey:new", "New words."],
    ]);
    expect(staleTranslations(after, recorded)).toEqual({
      changed: ["survey:a"],
      unrecorded: ["survey:new"],
      orphaned: ["survey:gone"],
    });
    // Reviewing one key records it and drops what English lost; the rest stay listed.
    const one = recordReview(after, recorded, ["survey:a"]);
    expect(one.sources).toEqual({
      "survey:a": sourceHash("You get the help you need."),
      "survey:b": recorded["survey:b"],
    });
    expect(staleTranslations(after, one.sources).unrecorded).toEqual(["survey:new"]);
    expect(recordReview(after, recorded, ["survey:"]).reviewed).toHaveLength(3);
    expect(recordReview(after, recorded, ["survey:nope"]).unknown).toEqual(["survey:nope"]);
  });
});

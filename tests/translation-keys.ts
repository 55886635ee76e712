import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Text that looks like a translation key rather than words: a page that shows one has lost
// a string (a wrong namespace, a missing key). Built from the English files, which hold
// every key, so a key is recognised with its namespace ("survey-common:about.age"), with a
// dot for the colon (how i18next prints a key it cannot find), or bare ("about.age.easy").

const localesDir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "locales");

function keyPaths(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === "object"
      ? keyPaths(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const namespaces = readdirSync(path.join(localesDir, "en"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""));

/** A key without i18next's plural suffix and a register variant's `_child` (app/i18n/register.tsx). */
const withoutSuffixes = (key: string) =>
  key.replace(/_(zero|one|two|few|many|other)$/, "").replace(/_child$/, "");

const known = new Set<string>();
for (const namespace of namespaces) {
  const tree = JSON.parse(readFileSync(path.join(localesDir, "en", `${namespace}.json`), "utf8"));
  for (const key of keyPaths(tree)) {
    // i18next's plural and context suffixes are not in the key a page asks for.
    const base = withoutSuffixes(key);
    // A one-word key ("notFound") could be an ordinary word; keys with a dot cannot.
    if (base.includes(".")) known.add(base);
    known.add(`${namespace}:${base}`);
    known.add(`${namespace}.${base}`);
  }
}

// Any "<namespace>:" or "<namespace>." run into a word, known key or not (a typo'd key).
const namespaced = new RegExp(
  `(?:^|[^\\w-])((?:${namespaces.map((n) => n.replace(/-/g, "\\-")).join("|")})[:.][A-Za-z_][\\w.-]*)`,
  "g",
);

/** The translation keys that appear in a page's text, each once. */
export function rawTranslationKeys(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(namespaced)) found.add(match[1]!.replace(/[.]+$/, ""));
  for (const token of text.split(/[^\w.:-]+/)) {
    const word = token.replace(/[.:]+$/, "");
    // "check.intro_child" is a key too: a variant shown as its own key.
    if (known.has(word) || known.has(withoutSuffixes(word))) found.add(word);
  }
  return [...found];
}

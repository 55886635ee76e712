/*
 * Which English text each translation was made from. Every language but English keeps
 * `locales/<lang>/.sources.json`: one line a key, `"namespace:key": "<hash of the English>"`,
 * sorted, so a review shows in a diff as the lines it touched. A key whose English no longer
 * hashes to what is recorded, or that has no record at all (a new key), is out of date until
 * a reviewer runs `npm run translations:reviewed -- <lang> [key…]`.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };
export type Sources = Record<string, string>;

const localesFolder = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "locales");

/** The first 10 hex digits of SHA-256: short enough to read in a diff, long enough not to collide. */
export function sourceHash(english: string): string {
  return createHash("sha256").update(english, "utf8").digest("hex").slice(0, 10);
}

/** Every English text as `namespace:key` → text (`_meta` is a note, not text). */
export function englishTexts(english: Record<string, unknown>): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (namespace: string, tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (key === "_meta") continue;
      if (typeof value === "object") walk(namespace, value, `${prefix}${key}.`);
      else texts.set(`${namespace}:${prefix}${key}`, value);
    }
  };
  for (const [namespace, tree] of Object.entries(english)) walk(namespace, tree as Tree, "");
  return texts;
}

/**
 * A register variant's key (app/i18n/register.tsx): `check.intro_child` is the child's wording
 * of `check.intro`, in the languages that address a child differently. English has none.
 */
export const registerVariant = /_child(?=$|_(?:zero|one|two|few|many|other)$)/;

/** The key a register variant is a variant of (`check.intro_child` → `check.intro`), or itself. */
export const variantBase = (key: string) => key.replace(registerVariant, "");

/**
 * What one language's strings were made from: every English text, and for each register
 * variant it has (`survey:check.intro_child`), the English of its base key. A variant is
 * recorded and goes out of date like any other string.
 */
export function sourceTexts(
  english: Map<string, string>,
  translation: Record<string, unknown>,
): Map<string, string> {
  const texts = new Map(english);
  for (const id of englishTexts(translation).keys()) {
    const base = english.get(variantBase(id));
    if (registerVariant.test(id) && base !== undefined) texts.set(id, base);
  }
  return texts;
}

export interface Staleness {
  /** The English changed since the translation was reviewed. */
  changed: string[];
  /** No English source recorded: a key added since the last review. */
  unrecorded: string[];
  /** A record for a key English no longer has (cleared by the next review). */
  orphaned: string[];
}

export function staleTranslations(english: Map<string, string>, sources: Sources): Staleness {
  const changed: string[] = [];
  const unrecorded: string[] = [];
  for (const [id, text] of english) {
    const recorded = sources[id];
    if (recorded === undefined) unrecorded.push(id);
    else if (recorded !== sourceHash(text)) changed.push(id);
  }
  const orphaned = Object.keys(sources).filter((id) => !english.has(id));
  return { changed, unrecorded, orphaned };
}

/**
 * The record after a review: the named keys (all keys when none are named; a name ending in
 * `:` or `.` stands for every key it begins) take the current English's hash, and records for
 * keys English no longer has are dropped. Unknown names are returned, not recorded.
 */
export function recordReview(
  english: Map<string, string>,
  sources: Sources,
  names: string[],
): { sources: Sources; reviewed: string[]; unknown: string[] } {
  const matches = (id: string, name: string) =>
    /[:.]$/.test(name) ? id.startsWith(name) : id === name;
  const unknown = names.filter((name) => ![...english.keys()].some((id) => matches(id, name)));
  const reviewed = [...english.keys()].filter(
    (id) => names.length === 0 || names.some((name) => matches(id, name)),
  );
  const next: Sources = {};
  for (const [id, text] of english) {
    if (reviewed.includes(id)) next[id] = sourceHash(text);
    else if (sources[id] !== undefined) next[id] = sources[id];
  }
  return { sources: sortedSources(next), reviewed, unknown };
}

function sortedSources(sources: Sources): Sources {
  return Object.fromEntries(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const sourcesFile = (language: string) =>
  path.join(localesFolder, language, ".sources.json");

export function readSources(language: string): Sources {
  const file = sourcesFile(language);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Sources) : {};
}

export function writeSources(language: string, sources: Sources): void {
  writeFileSync(sourcesFile(language), `${JSON.stringify(sortedSources(sources), null, 2)}\n`);
}

/*
 * Translation review from the command line (see the README, "Translations"):
 *
 *   npm run translations:stale [-- <lang>…]            which translations are out of date
 *   npm run translations:reviewed -- <lang> [key…]     record that they match today's English
 *
 * A key is `namespace:key` (e.g. `survey-child:easy.title`); `namespace:` or a prefix ending in
 * `.` names every key it begins. With no key, every key of the language is recorded.
 */
import { resources } from "~locales";
import {
  englishTexts,
  readSources,
  recordReview,
  sourceTexts,
  sourcesFile,
  staleTranslations,
  writeSources,
} from "./translation-sources";

const translated = Object.keys(resources).filter((code) => code !== "en");
const english = englishTexts(resources.en);
/** Each language's strings' English: every English text, and its register variants' (`_child`). */
const sourcesOf = (language: string) =>
  sourceTexts(english, resources[language as keyof typeof resources]);
const [command, ...rest] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (command === "stale") {
  const languages = rest.length ? rest : translated;
  let count = 0;
  for (const language of languages) {
    if (!translated.includes(language)) fail(`No translation "${language}" (${translated})`);
    const { changed, unrecorded, orphaned } = staleTranslations(
      sourcesOf(language),
      readSources(language),
    );
    for (const id of changed) console.log(`${language} ${id}: the English changed`);
    for (const id of unrecorded) console.log(`${language} ${id}: new, never reviewed`);
    for (const id of orphaned) console.log(`${language} ${id}: no longer in English`);
    count += changed.length + unrecorded.length + orphaned.length;
  }
  console.log(count ? `${count} to review` : "Every translation matches today's English.");
} else if (command === "reviewed") {
  const [language, ...names] = rest;
  if (!language || !translated.includes(language))
    fail(`Usage: npm run translations:reviewed -- <${translated.join("|")}> [namespace:key…]`);
  const before = readSources(language);
  const { sources, reviewed, unknown } = recordReview(sourcesOf(language), before, names);
  if (unknown.length) fail(`Not English keys: ${unknown.join(", ")}`);
  writeSources(language, sources);
  const changed = reviewed.filter((id) => before[id] !== sources[id]);
  console.log(
    `${language}: ${changed.length} of ${reviewed.length} named keys newly recorded in ${sourcesFile(language)}`,
  );
} else {
  fail("Usage: translations.ts stale [lang…] | reviewed <lang> [key…]");
}

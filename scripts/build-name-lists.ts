/**
 * Writes `app/privacy/redaction/names/name-lists.json`: given names and family names that the
 * name rules trust without other context, taken from @faker-js/faker's locale data (MIT
 * licence), so the lists are a well-kept public source, not words chosen to pass our tests.
 *
 *   npx tsx scripts/build-name-lists.ts
 *
 * Latin script: faker's en, en_IN, en_NG, en_GH, pl and ro. Arabic script (Arabic and
 * Urdu): faker's ar, fa and ur. Faker has no Bengali-script names; `bengali-names.ts` beside
 * the JSON says where those come from. A test checks that the file is what this script writes
 * today.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { allLocales } from "@faker-js/faker";

type Lists = Record<string, readonly string[] | undefined>;
type Person = { first_name?: Lists; last_name?: Lists; middle_name?: Lists };

const LATIN_LOCALES = ["en", "en_IN", "en_NG", "en_GH", "pl", "ro"] as const;
const ARABIC_SCRIPT_LOCALES = ["ar", "fa", "ur"] as const;

function person(locale: string): Person {
  const definitions = (allLocales as Record<string, { person?: Person }>)[locale];
  return definitions?.person ?? {};
}

function flatten(lists: Lists | undefined): string[] {
  return Object.values(lists ?? {}).flatMap((list) => [...(list ?? [])]);
}

/** One word each, as the rules compare them: "Mary Ann" gives "Mary" and "Ann". */
function entries(locales: readonly string[], part: keyof Person): string[] {
  const all = locales.flatMap((locale) => flatten(person(locale)[part]));
  const single = all.flatMap((name) => name.split(/[\s-]+/)).map((name) => name.normalize("NFC"));
  return [...new Set(single.filter((name) => /^[\p{L}\p{M}'’]{2,}$/u.test(name)))].sort();
}

export function buildNameLists() {
  return {
    source: "@faker-js/faker 10.6.0 locale data (MIT licence); see build-name-lists.ts",
    latin: {
      given: entries(LATIN_LOCALES, "first_name"),
      family: entries(LATIN_LOCALES, "last_name"),
    },
    arabicScript: {
      given: entries(ARABIC_SCRIPT_LOCALES, "first_name"),
      family: entries(ARABIC_SCRIPT_LOCALES, "last_name"),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(
    new URL("../app/privacy/redaction/names/name-lists.json", import.meta.url),
  );
  writeFileSync(target, JSON.stringify(buildNameLists(), null, 1) + "\n");
  console.log(`Wrote ${target}`);
}

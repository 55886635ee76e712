import { describe, expect, it } from "vitest";
import { redactFreeText } from "~/privacy/redact.server";
import { namesThatAreWords } from "~/privacy/redaction/names/bengali-names";
import { buildNameLists } from "~scripts/build-name-lists";
import { foldWord } from "~/privacy/redaction/names/knowledge";
import nameLists from "~/privacy/redaction/names/name-lists.json";
import { corpus as ar } from "./redaction-corpus/ar";
import { corpus as bn } from "./redaction-corpus/bn";
import { corpus as en } from "./redaction-corpus/en";
import { corpus as pl } from "./redaction-corpus/pl";
import { corpus as ro } from "./redaction-corpus/ro";
import type { CorpusComment, IdentifierKind } from "./redaction-corpus/types";
import { corpus as ur } from "./redaction-corpus/ur";
import { corpus as arHeld } from "./redaction-corpus/held-out/ar";
import { corpus as bnHeld } from "./redaction-corpus/held-out/bn";
import { corpus as enHeld } from "./redaction-corpus/held-out/en";
import { corpus as plHeld } from "./redaction-corpus/held-out/pl";
import { corpus as roHeld } from "./redaction-corpus/held-out/ro";
import { corpus as urHeld } from "./redaction-corpus/held-out/ur";

/*
 * Redaction in every language (issue #15), measured on two corpora written for the issue by
 * people who did not read the rules (tests/unit/redaction-corpus/):
 *
 * - the corpus (30+ comments a language), which the rules were improved against, held to the
 *   bars: every email, phone, postcode, link, NHS number and date; 95% of names; every word
 *   that must survive;
 * - a held-out corpus (held-out/, 20 a language), written later by someone who had seen
 *   neither the rules nor the first corpus, for an honest figure of how the rules do on
 *   comments they were not tuned on: the same bars for contacts and kept words, and 80% of
 *   names (what it shows is in the README).
 *
 * For each language the test prints recall by kind and how many words that must survive did.
 */

const corpora: Record<string, CorpusComment[]> = { en, pl, ro, ur, ar, bn };
const heldOut: Record<string, CorpusComment[]> = {
  en: enHeld,
  pl: plHeld,
  ro: roHeld,
  ur: urHeld,
  ar: arHeld,
  bn: bnHeld,
};

/** Kinds that must all be caught, and the share of the rest that must be. */
const MUST_CATCH_ALL: IdentifierKind[] = [
  "email",
  "phone",
  "postcode",
  "url",
  "nhs-number",
  "date",
];
const BARS: Partial<Record<IdentifierKind, number>> = {
  name: 0.95,
  reference: 0.9,
  address: 0.9,
  setting: 0.9,
  age: 0.9,
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Is `value` still in `text` as a whole word (or, for non-words, at all)? */
function survives(text: string, value: string): boolean {
  const body = escape(value);
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, "u").test(text);
}

interface Tally {
  caught: number;
  total: number;
  missed: string[];
}

function measure(comments: CorpusComment[]) {
  const byKind = new Map<IdentifierKind, Tally>();
  const kept: Tally = { caught: 0, total: 0, missed: [] };
  for (const comment of comments) {
    const { text } = redactFreeText(comment.text);
    for (const { kind, value } of comment.identifiers) {
      const tally = byKind.get(kind) ?? { caught: 0, total: 0, missed: [] };
      tally.total++;
      if (survives(text, value)) tally.missed.push(`${value} in: ${text}`);
      else tally.caught++;
      byKind.set(kind, tally);
    }
    for (const word of comment.keep) {
      kept.total++;
      if (text.includes(word)) kept.caught++;
      else kept.missed.push(`${word} in: ${text}`);
    }
  }
  return { byKind, kept };
}

const percent = (t: Tally) => (t.total === 0 ? "–" : `${((100 * t.caught) / t.total).toFixed(1)}%`);

describe("redaction in every language: the corpus", () => {
  it("has at least 30 comments in each language, a quarter or so with nothing to redact", () => {
    for (const [language, comments] of Object.entries(corpora)) {
      expect(comments.length, language).toBeGreaterThanOrEqual(30);
      expect(heldOut[language]?.length, `${language} held out`).toBeGreaterThanOrEqual(20);
      const clean = comments.filter((c) => c.identifiers.length === 0).length;
      expect(clean, language).toBeGreaterThanOrEqual(5);
      for (const c of comments) {
        for (const { value } of c.identifiers) expect(c.text, language).toContain(value);
        for (const word of c.keep) expect(c.text, language).toContain(word);
      }
    }
  });

  for (const [set, languages, nameBar] of [
    ["corpus", corpora, 0.95],
    ["held-out", heldOut, 0.8],
  ] as const) {
    for (const [language, comments] of Object.entries(languages)) {
      it(`${set}, ${language}: catches what it must and keeps what it must`, () => {
        const { byKind, kept } = measure(comments);
        const cells = [...byKind.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([kind, t]) => `${kind} ${t.caught}/${t.total} (${percent(t)})`);
        console.log(
          `${set} ${language}: ${cells.join(", ")}; kept ${kept.caught}/${kept.total} (${percent(kept)})`,
        );
        for (const kind of MUST_CATCH_ALL) {
          const t = byKind.get(kind);
          if (t) expect(t.missed, `${language} ${kind} missed`).toEqual([]);
        }
        for (const [kind, bar] of Object.entries({ ...BARS, name: nameBar })) {
          const t = byKind.get(kind as IdentifierKind);
          if (!t) continue;
          expect(
            t.caught / t.total,
            `${language} ${kind}: missed ${t.missed.join(" | ")}`,
          ).toBeGreaterThanOrEqual(bar);
        }
        expect(kept.missed, `${language}: words that must survive`).toEqual([]);
      });
    }
  }

  it("redacting stored text again changes nothing, in every language (drafts are)", () => {
    for (const comments of [...Object.values(corpora), ...Object.values(heldOut)]) {
      for (const { text } of comments) {
        const once = redactFreeText(text).text;
        expect(redactFreeText(once).text).toBe(once);
      }
    }
  });

  it("has names and contacts in every language", () => {
    for (const [language, comments] of Object.entries(corpora)) {
      const kinds = new Set(comments.flatMap((c) => c.identifiers.map((i) => i.kind)));
      for (const kind of ["name", "phone", "email", "date", "nhs-number"] as const) {
        expect(kinds.has(kind), `${language} has ${kind}`).toBe(true);
      }
    }
  });
});

describe("redaction in every language: where the name lists come from", () => {
  it("lists no name the corpora use among the hand-written names that are also words", () => {
    const used = new Set(
      [...Object.values(corpora), ...Object.values(heldOut)]
        .flat()
        .flatMap((c) =>
          c.identifiers.filter((i) => i.kind === "name").map((i) => foldWord(i.value)),
        ),
    );
    const listed = namesThatAreWords.trim().split(/\s+/);
    expect(listed.filter((name) => used.has(foldWord(name)))).toEqual([]);
  });

  it("name-lists.json is what build-name-lists.ts writes from faker today", () => {
    expect(nameLists).toEqual(buildNameLists());
  });
});

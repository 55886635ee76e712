/*
 * Response rates (#18): each audience's responses, as the summary shows them (already
 * suppressed), against the local area's own numbers. Children and young people and parents
 * and carers are set against the children and young people with an EHC plan or SEN support
 * (one parent or carer answers for a child); practitioners against those invited. A hidden
 * count gives no rate: the rate would give the count away.
 */
import { audiences } from "~surveys/lists";
import type { Audience } from "~surveys/lists";
import type { ShownCell } from "./suppression";

export interface AreaNumbers {
  ehcPlans: number | null;
  senSupport: number | null;
  practitionersInvited: number | null;
}

export interface ResponseRate {
  audience: Audience;
  responses: ShownCell;
  /** The local area's number the audience is set against, or null where not entered. */
  base: number | null;
  /** What the base is: "children" (EHC plan or SEN support) or "practitioners" (invited). */
  baseKind: "children" | "practitioners";
  /** Responses as a percentage of the base, one decimal; null where either is unknown or hidden. */
  percent: number | null;
}

/** The children and young people the local area knows of, or null if it gave neither number. */
export function childrenKnown(numbers: AreaNumbers): number | null {
  if (numbers.ehcPlans === null && numbers.senSupport === null) return null;
  return (numbers.ehcPlans ?? 0) + (numbers.senSupport ?? 0);
}

export function responseRates(
  responses: Record<Audience, ShownCell>,
  numbers: AreaNumbers,
): ResponseRate[] {
  return audiences.map((audience) => {
    const baseKind = audience === "practitioner" ? "practitioners" : "children";
    const base =
      baseKind === "practitioners" ? numbers.practitionersInvited : childrenKnown(numbers);
    const shown = responses[audience];
    const percent = base && !shown.suppressed ? Math.round((shown.count / base) * 1000) / 10 : null;
    return { audience, responses: shown, base, baseKind, percent };
  });
}

/** Any translate function: the pages' `t` and the server's `getFixedT` both fit. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One audience's responses in words, against the local area's number where it gave one:
 * "Children and young people: 41 responses from about 2,300 children and young people with an
 * EHC plan or SEN support (1.8%)". A hidden count says so, and gives no rate.
 */
export function rateSentence(
  rate: ResponseRate,
  threshold: number,
  language: string,
  t: Translate,
): string {
  const who = t(`voices.who.${rate.audience}`);
  const responses = rate.responses.suppressed
    ? rate.responses.reason === "few"
      ? t("figures.fewPeople", { count: threshold })
      : t("figures.withheld")
    : t("areaNumbers.responses", { count: rate.responses.count });
  if (rate.base === null) return t("areaNumbers.rates.noBase", { who, responses });
  const base = t(`areaNumbers.base.${rate.baseKind}`, { count: rate.base });
  if (rate.percent === null) return t("areaNumbers.rates.hidden", { who, responses, base });
  const percent = new Intl.NumberFormat(language, {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(rate.percent / 100);
  return t("areaNumbers.rates.shown", { who, responses, base, rate: percent });
}

type Breakdowns = {
  by: string;
  rows: { value: string; counts: Record<Audience, ShownCell> }[];
}[];

/** One shown figure in words: the count, or why it is hidden. */
function figureWords(cell: ShownCell, threshold: number, t: Translate): string {
  if (!cell.suppressed) return String(cell.count);
  return cell.reason === "few"
    ? t("figures.fewPeople", { count: threshold })
    : t("figures.withheld");
}

/** Each version's responses from one audience, as the summary shows them: "Easy read: 30". */
export function versionFigures(
  breakdowns: Breakdowns,
  audience: Audience,
  threshold: number,
  t: Translate,
): string {
  const versions = breakdowns.find((b) => b.by === "version")?.rows ?? [];
  return versions
    .map(
      (row) =>
        `${t(`summary.values.${row.value}`)}: ${figureWords(row.counts[audience], threshold, t)}`,
    )
    .join(", ");
}

/**
 * How many of one audience's responses were paper forms keyed in after the surveys closed
 * (#20), as the summary's channel breakdown shows it; undefined while there are none.
 */
export function lateFigure(
  breakdowns: Breakdowns,
  audience: Audience,
  threshold: number,
  t: Translate,
): string | undefined {
  const late = breakdowns
    .find((b) => b.by === "channel")
    ?.rows.find((r) => r.value === "paper_late");
  if (!late) return undefined;
  const cell = late.counts[audience];
  if (!cell.suppressed && cell.count === 0) return undefined;
  return figureWords(cell, threshold, t);
}

/**
 * An audience's response rate with its versions and late paper forms, as the overview and the
 * evidence pack both say it.
 */
export function rateWithBreakdowns(
  rate: ResponseRate,
  breakdowns: Breakdowns,
  threshold: number,
  language: string,
  t: Translate,
): string {
  const words = [rateSentence(rate, threshold, language, t)];
  const versions = versionFigures(breakdowns, rate.audience, threshold, t);
  if (versions) words.push(t("areaNumbers.versions", { versions }));
  const late = lateFigure(breakdowns, rate.audience, threshold, t);
  if (late) words.push(t("areaNumbers.late", { late }));
  return words.join(" ");
}

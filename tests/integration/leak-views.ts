/*
 * Every view an inspector has of an inspection's figures, as the attacker of the leak tests
 * sees them (#25): each figure as the sum of quantities it counts, and the sums anyone knows
 * those quantities obey. tests/integration/summary-leaks.test.ts hands them to the attacker
 * (./attacker.ts) and checks no hidden figure can be worked out and every label is true.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { answers, responses } from "~db/schema";
import { areaCountsByToken, makeAreaCountsLink } from "~/inspections/area-counts.server";
import { audiences } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import { inspectionsWithFigures } from "~/inspections/inspections.server";
import { polarityColumns } from "~/summary/columns";
import { atomCode } from "~/summary/counts";
import { filterDimensions, filterOptions, notAnswered } from "~/summary/filters";
import type { SummaryFilter } from "~/summary/filters";
import { inspectionSummary } from "~/summary/summary.server";
import type { ShownCell } from "~/summary/suppression";
import { answerScale, questionOptions, surveyDefinitions } from "~surveys";
import { Attacker } from "./attacker";

/** A figure as a view shows it: the quantities it is the sum of, and what it shows. */
export interface Fact {
  terms: string[];
  cell: ShownCell;
  where: string;
}

/** What the attacker can see about the inspection's responses, from every view. */
export async function everythingShown(
  db: Database,
  inspectionId: string,
  inspectorId: string,
  threshold: number,
): Promise<{ facts: Fact[]; relations: string[][][] }> {
  const facts: Fact[] = [];
  const audience = (a: Audience) => `responses:${a}`;
  const part = (a: Audience, by: string, value: string) => `responses:${a}:${by}=${value}`;
  // Relations anyone knows: each split of an audience adds up to the audience.
  const splits = new Map<string, Set<string>>();
  const noteSplit = (a: Audience, by: string, value: string) => {
    const key = `${a}|${by}`;
    splits.set(key, (splits.get(key) ?? new Set()).add(value));
  };

  const everyone = await inspectionSummary(db, inspectionId, threshold);
  for (const a of audiences)
    facts.push({ terms: [audience(a)], cell: everyone.responses[a], where: "summary" });
  facts.push({
    terms: audiences.map(audience),
    cell: everyone.totalResponses,
    where: "overview total",
  });
  for (const breakdown of everyone.breakdowns)
    for (const row of breakdown.rows)
      for (const a of audiences) {
        noteSplit(a, breakdown.by, row.value);
        facts.push({
          terms: [part(a, breakdown.by, row.value)],
          cell: row.counts[a],
          where: `breakdown ${breakdown.by}=${row.value}`,
        });
      }

  // Every group a filter has, including people who gave no answer (a URL can ask for it).
  const views: SummaryFilter[] = [
    ...filterOptions(),
    ...filterDimensions
      .filter((d) => d !== "version")
      .map((dimension) => ({ dimension, value: notAnswered })),
  ];
  for (const option of views) {
    const view = await inspectionSummary(db, inspectionId, threshold, option);
    const by = option.dimension;
    for (const a of audiences) {
      noteSplit(a, by, option.value);
      facts.push({
        terms: [part(a, by, option.value)],
        cell: view.responses[a],
        where: `filter ${by}=${option.value}`,
      });
    }
    facts.push({
      terms: audiences.map((a) => part(a, by, option.value)),
      cell: view.totalResponses,
      where: `filter ${by}=${option.value} total`,
    });
  }

  const list = await inspectionsWithFigures(db, inspectorId, threshold);
  const ours = list.find((row) => row.id === inspectionId)!;
  facts.push({ terms: audiences.map(audience), cell: ours.responses, where: "inspections list" });

  const area = (await areaCountsByToken(
    db,
    await makeAreaCountsLink(db, inspectorId, inspectionId),
    threshold,
  ))!;
  for (const a of audiences) {
    facts.push({ terms: [audience(a)], cell: area.totals[a], where: "area total" });
    for (const day of area.days) {
      noteSplit(a, "day", day.day);
      facts.push({
        terms: [part(a, "day", day.day)],
        cell: day.counts[a],
        where: `area ${day.day}`,
      });
    }
  }

  const relations: string[][][] = [];
  for (const [key, values] of splits) {
    const [a, by] = key.split("|") as [Audience, string];
    // A filter over an "about" answer also has people who gave none: its groups are all listed.
    if (filterDimensions.includes(by as never) || ["language", "channel", "day"].includes(by))
      relations.push([[...values].map((v) => part(a, by, v)), [audience(a)]]);
  }
  return { facts, relations };
}

/**
 * One stored answer under one criterion, with what the figures split it by: the truth a
 * hidden figure's label is checked against.
 */
export interface StoredAnswer {
  responseId: string;
  audience: Audience;
  version: string;
  about: Record<string, string>;
  criteria: string[];
  subPoints: string[];
  polarity: string;
  /** The scale it was given on, or "choice" for a question's own options. */
  scale: string;
  value: string;
}

/** A figure about answers: its quantities, what it shows, and which answers it counts. */
export interface AnswerFact extends Fact {
  counts: (answer: StoredAnswer) => boolean;
}

/**
 * The smallest pieces the answer figures are sums of, for one audience: answers under one
 * criterion to questions with the same sub-points, on one scale, with one answer (a question's
 * own options by polarity). Anyone can list them from the survey definitions.
 */
interface Piece {
  name: string;
  criterion: string;
  subPoints: string[];
  scale: string;
  value: string;
  polarity: string;
}

function piecesOf(audience: Audience): Piece[] {
  const pieces = new Map<string, Piece>();
  for (const definition of surveyDefinitions.filter((d) => d.audience === audience))
    for (const question of definition.questions) {
      if (question.section === "about" || question.kind === "text") continue;
      const scale = question.kind === "scale" ? question.scale : "choice";
      for (const criterion of question.criteria) {
        const atom = atomCode(criterion, question.subPoints);
        for (const option of questionOptions(question)) {
          if (!(polarityColumns as readonly string[]).includes(option.polarity)) continue;
          const value = scale === "choice" ? option.polarity : option.value;
          const name = `${audience}|${atom}|${scale}|${value}`;
          pieces.set(name, {
            name,
            criterion,
            subPoints: atom.split("|")[1]!.split(",").filter(Boolean),
            scale,
            value,
            polarity: option.polarity,
          });
        }
      }
    }
  return [...pieces.values()];
}

/** Every stored answer of the inspection, once per criterion it counts under. */
export async function storedAnswers(db: Database, inspectionId: string): Promise<StoredAnswer[]> {
  const rows = await db
    .select({
      responseId: answers.responseId,
      audience: responses.audience,
      version: responses.version,
      about: responses.about,
      questionId: answers.questionId,
      value: answers.value,
      polarity: answers.polarity,
      criteria: answers.criteria,
      subPoints: answers.subPoints,
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .where(eq(answers.inspectionId, inspectionId));
  return rows.map((row) => {
    const scale = answerScale(row.audience, row.version, row.questionId) ?? "choice";
    return {
      ...row,
      audience: row.audience as Audience,
      about: (row.about ?? {}) as Record<string, string>,
      scale,
      value: scale === "choice" ? row.polarity : row.value,
    };
  });
}

/**
 * What the attacker can see about the inspection's answers, from every view: each criterion
 * row (every polarity and the total) for everyone and for every filter group, each sub-point
 * row, and each scale's own counts. The relations: a split's groups add up to everyone's
 * figure, and everyone's figures are sums of the pieces above.
 */
export async function everyAnswerFigure(
  db: Database,
  inspectionId: string,
  threshold: number,
): Promise<{ facts: AnswerFact[]; relations: string[][][] }> {
  const facts: AnswerFact[] = [];
  const relations: string[][][] = [];
  const inGroup = (answer: StoredAnswer, by: string, value: string) =>
    (by === "version" ? answer.version : (answer.about[by] ?? notAnswered)) === value;
  const under = (answer: StoredAnswer, a: Audience, criterion: string) =>
    answer.audience === a && answer.criteria.includes(criterion);
  const group = (a: Audience, criterion: string, polarity: string, by: string, value: string) =>
    `${a}|${criterion}|${polarity}|${by}=${value}`;

  const pieces = Object.fromEntries(audiences.map((a) => [a, piecesOf(a)])) as Record<
    Audience,
    Piece[]
  >;
  const names = (a: Audience, keep: (piece: Piece) => boolean) =>
    pieces[a].filter(keep).map((p) => p.name);

  const everyone = await inspectionSummary(db, inspectionId, threshold);
  for (const a of audiences) {
    for (const { criterion, row } of everyone.byAudience[a]) {
      polarityColumns.forEach((polarity, i) =>
        facts.push({
          terms: names(a, (p) => p.criterion === criterion && p.polarity === polarity),
          cell: row.cells[i]!,
          where: `summary ${a} ${criterion} ${polarity}`,
          counts: (answer) => under(answer, a, criterion) && answer.polarity === polarity,
        }),
      );
      facts.push({
        terms: names(a, (p) => p.criterion === criterion),
        cell: row.total,
        where: `summary ${a} ${criterion} total`,
        // A row's people are everyone who answered under it, however.
        counts: (answer) => under(answer, a, criterion),
      });
    }
    for (const [criterion, { rows }] of Object.entries(everyone.subPoints[a] ?? {}))
      for (const { subPoint, row } of rows) {
        const within = (p: Piece) => p.criterion === criterion && p.subPoints.includes(subPoint);
        const answered = (answer: StoredAnswer) =>
          under(answer, a, criterion) && answer.subPoints.includes(subPoint);
        polarityColumns.forEach((polarity, i) =>
          facts.push({
            terms: names(a, (p) => within(p) && p.polarity === polarity),
            cell: row.cells[i]!,
            where: `sub-point ${a} ${subPoint} ${polarity}`,
            counts: (answer) => answered(answer) && answer.polarity === polarity,
          }),
        );
        facts.push({
          terms: names(a, within),
          cell: row.total,
          where: `sub-point ${a} ${subPoint} total`,
          // A sub-point's people are those whose answers under it have a polarity.
          counts: (answer) => answered(answer) && answer.polarity !== "none",
        });
      }
    for (const [criterion, { scales }] of Object.entries(everyone.scales[a] ?? {}))
      for (const { scale, cells } of scales)
        for (const { value, count } of cells)
          facts.push({
            terms: names(
              a,
              (p) => p.criterion === criterion && p.scale === scale && p.value === value,
            ),
            cell: { suppressed: false, count, percent: 0 },
            where: `scale ${a} ${criterion} ${scale} ${value}`,
            counts: (answer) =>
              under(answer, a, criterion) && answer.scale === scale && answer.value === value,
          });
  }

  const views: SummaryFilter[] = [
    ...filterOptions(),
    ...filterDimensions
      .filter((d) => d !== "version")
      .map((dimension) => ({ dimension, value: notAnswered })),
  ];
  for (const option of views) {
    const view = await inspectionSummary(db, inspectionId, threshold, option);
    const { dimension: by, value } = option;
    for (const a of audiences)
      for (const { criterion, row } of view.byAudience[a]) {
        const inThisGroup = (answer: StoredAnswer) =>
          under(answer, a, criterion) && inGroup(answer, by, value);
        polarityColumns.forEach((polarity, i) =>
          facts.push({
            terms: [group(a, criterion, polarity, by, value)],
            cell: row.cells[i]!,
            where: `filter ${by}=${value} ${a} ${criterion} ${polarity}`,
            counts: (answer) => inThisGroup(answer) && answer.polarity === polarity,
          }),
        );
        facts.push({
          terms: polarityColumns.map((polarity) => group(a, criterion, polarity, by, value)),
          cell: row.total,
          where: `filter ${by}=${value} ${a} ${criterion} total`,
          counts: inThisGroup,
        });
      }
  }
  // Each split's groups add up to everyone's figure, which is the sum of its pieces.
  for (const a of audiences)
    for (const criterion of new Set(pieces[a].map((p) => p.criterion)))
      for (const polarity of polarityColumns)
        for (const by of filterDimensions)
          relations.push([
            views
              .filter((v) => v.dimension === by)
              .map((v) => group(a, criterion, polarity, by, v.value)),
            names(a, (p) => p.criterion === criterion && p.polarity === polarity),
          ]);
  return { facts, relations };
}

/** Hidden answer figures whose label is false: "few" about enough people, or "withheld" about few. */
export function falseLabels(facts: AnswerFact[], stored: StoredAnswer[], threshold: number) {
  const lies: string[] = [];
  for (const fact of facts) {
    if (!fact.cell.suppressed) continue;
    const people = new Set(stored.filter(fact.counts).map((a) => a.responseId)).size;
    const truthful = fact.cell.reason === "few" ? people < threshold : people >= threshold;
    if (!truthful) lies.push(`${fact.where}: ${fact.cell.reason} about ${people} people`);
  }
  return lies;
}

/** A figure's quantities as one name, to tell the same figure in two views. */
const figureKey = (terms: string[]) => [...terms].sort().join(" + ");

/**
 * The hidden figures an attacker can work out from the facts and relations (a figure hidden in
 * one view but shown in another is not a leak: it was shown).
 */
export function recoverable(facts: Fact[], relations: string[][][]): string[] {
  const attacker = new Attacker();
  for (const fact of facts) if (!fact.cell.suppressed) attacker.saw(fact.terms, fact.cell.count);
  for (const [parts, whole] of relations) attacker.knowsThat(parts!, whole!);
  const shown = new Set(facts.filter((f) => !f.cell.suppressed).map((f) => figureKey(f.terms)));
  return [
    ...new Set(
      facts
        .filter((f) => f.cell.suppressed && !shown.has(figureKey(f.terms)))
        .filter((f) => attacker.workOut(f.terms) !== undefined)
        .map((f) => f.where),
    ),
  ];
}

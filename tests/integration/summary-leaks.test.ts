import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.server";
import { useDatabase } from "../../db/client.server";
import { eq } from "drizzle-orm";
import { inspectionTeam, responses, users } from "../../db/schema";
import { areaCountsByToken, makeAreaCountsLink } from "~/inspections/area-counts.server";
import { audiences } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import { listSurveyLinks } from "~/inspections/inspections.server";
import { inspectionsWithFigures } from "~/inspections/list.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { filterDimensions, filterOptions, notAnswered } from "~/summary/filters";
import type { SummaryFilter } from "~/summary/filters";
import { inspectionSummary } from "~/summary/summary.server";
import type { ShownCell } from "~/summary/suppression";
import { findSurveyByToken } from "~/surveys/survey-links.server";
import { getSurvey } from "../../surveys";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";

/*
 * Figures that never lie or leak (#25), tested as the attacker would: every figure about an
 * inspection's responses that an inspector can see — the overview's and summary's counts and
 * total, every breakdown, every filtered view, the inspections list, the local area's live
 * counts — taken together, with the sums anyone can know they obey (each split of an
 * audience adds up to it, the audiences add up to the total). No hidden figure may be worked
 * out from them, and every hidden figure's label must be true of it.
 *
 * The case is the one the issue found: threshold 5, five parents, two practitioners.
 */

const threshold = 5;
let handle: DatabaseHandle;
let inspectionId: string;
let inspectorId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Leakshire" });
  const [user] = await handle.db
    .insert(users)
    .values({
      email: "attacker@inspect.test",
      name: "Attacker",
      passwordHash: "x",
      role: "inspector",
    })
    .returning({ id: users.id });
  inspectorId = user!.id;
  await handle.db
    .insert(inspectionTeam)
    .values({ inspectionId, userId: inspectorId, role: "lead" });
  const links = await listSurveyLinks(handle.db, inspectionId);
  const respond = async (audience: Audience, plan: string, times: number) => {
    const definition = getSurvey(audience, "standard");
    const link = links.find((l) => l.audience === audience)!;
    const survey = (await findSurveyByToken(handle.db, link.token))!;
    const question = definition.questions.find((q) => q.kind !== "text" && q.section !== "about")!;
    const option = "options" in question ? question.options[0]!.value : "agree";
    for (let i = 0; i < times; i += 1) {
      const draft = await startDraft(handle.db, {
        surveyLinkId: survey.linkId,
        version: "standard",
        language: "en",
      });
      await saveDraftAnswer(handle.db, draft.id, question.id, { value: option });
      if (definition.questions.some((q) => q.id === "about_ehc_plan"))
        await saveDraftAnswer(handle.db, draft.id, "about_ehc_plan", { value: plan });
      await submitResponse(handle.db, {
        inspectionId,
        audience,
        definition,
        draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
        language: "en",
      });
    }
  };
  await respond("parent", "yes", 3);
  await respond("parent", "no", 2);
  await respond("practitioner", "yes", 2);
});
afterAll(() => handle.close());

/** A figure as a view shows it: the quantities it is the sum of, and what it shows. */
interface Fact {
  terms: string[];
  cell: ShownCell;
  where: string;
}

/** What the attacker can see about the inspection's responses, from every view. */
async function everythingShown(): Promise<{ facts: Fact[]; relations: string[][][] }> {
  const facts: Fact[] = [];
  const audience = (a: Audience) => `responses:${a}`;
  const part = (a: Audience, by: string, value: string) => `responses:${a}:${by}=${value}`;
  // Relations anyone knows: each split of an audience adds up to the audience.
  const splits = new Map<string, Set<string>>();
  const noteSplit = (a: Audience, by: string, value: string) => {
    const key = `${a}|${by}`;
    splits.set(key, (splits.get(key) ?? new Set()).add(value));
  };

  const everyone = await inspectionSummary(handle.db, inspectionId, threshold);
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
    const view = await inspectionSummary(handle.db, inspectionId, threshold, option);
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

  const list = await inspectionsWithFigures(handle.db, inspectorId, threshold);
  const ours = list.find((row) => row.id === inspectionId)!;
  facts.push({ terms: audiences.map(audience), cell: ours.responses, where: "inspections list" });

  const area = (await areaCountsByToken(
    handle.db,
    await makeAreaCountsLink(handle.db, inspectorId, inspectionId),
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
 * The quantities the equations pin down to one value. Each equation says a sum of quantities
 * equals a number (a shown figure) or another sum (a relation); a quantity is pinned down when
 * its unit vector lies in the row space (reduced row echelon form, exact enough for sums of
 * ones).
 */
function determined(equations: { terms: Map<string, number>; value: number }[]): Set<string> {
  const names = [...new Set(equations.flatMap((e) => [...e.terms.keys()]))];
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = equations.map((e) => {
    const row = new Array<number>(names.length + 1).fill(0);
    for (const [name, coefficient] of e.terms) row[index.get(name)!]! += coefficient;
    row[names.length] = e.value;
    return row;
  });
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < names.length && r < rows.length; c += 1) {
    const p = rows.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pivot = rows[r]![c]!;
    rows[r] = rows[r]!.map((x) => x / pivot);
    for (let i = 0; i < rows.length; i += 1)
      if (i !== r && Math.abs(rows[i]![c]!) > 1e-9) {
        const f = rows[i]![c]!;
        rows[i] = rows[i]!.map((x, j) => x - f * rows[r]![j]!);
      }
    pivots[r] = c;
    r += 1;
  }
  const pinned = new Set<string>();
  for (let i = 0; i < r; i += 1) {
    const others = rows[i]!.slice(0, names.length).filter(
      (x, j) => j !== pivots[i] && Math.abs(x) > 1e-9,
    );
    if (others.length === 0) pinned.add(names[pivots[i]!]!);
  }
  return pinned;
}

/** The hidden quantities an attacker can work out from the facts and relations. */
export function recoverable(facts: Fact[], relations: string[][][]): string[] {
  const equations: { terms: Map<string, number>; value: number }[] = [];
  for (const fact of facts)
    if (!fact.cell.suppressed)
      equations.push({ terms: new Map(fact.terms.map((t) => [t, 1])), value: fact.cell.count });
  for (const [parts, whole] of relations) {
    const terms = new Map<string, number>();
    for (const t of parts!) terms.set(t, (terms.get(t) ?? 0) + 1);
    for (const t of whole!) terms.set(t, (terms.get(t) ?? 0) - 1);
    equations.push({ terms, value: 0 });
  }
  const pinned = determined(equations);
  const shownSomewhere = new Set(
    facts.filter((f) => !f.cell.suppressed && f.terms.length === 1).map((f) => f.terms[0]!),
  );
  return [
    ...new Set(
      facts
        .filter((f) => f.cell.suppressed && f.terms.length === 1)
        .map((f) => f.terms[0]!)
        .filter((t) => pinned.has(t) && !shownSomewhere.has(t)),
    ),
  ];
}

describe(`figures that never lie or leak, on ${databaseKind}`, () => {
  it("lets no hidden figure be worked out from everything an inspector can see", async () => {
    const { facts, relations } = await everythingShown();
    // The practitioners' 2 are hidden wherever they appear…
    expect(
      facts.find((f) => f.where === "summary" && f.terms[0] === "responses:practitioner")!.cell,
    ).toEqual({ suppressed: true, reason: "few" });
    // …and nothing shown anywhere, added or taken away, gives them (or any hidden figure) away.
    expect(recoverable(facts, relations)).toEqual([]);
  });

  it("finds the leak the issue found, given the figures today's main showed", () => {
    // "Parents: 5 responses" beside "Language: en 7", across audiences, as the summary showed
    // it before breakdowns were kept per audience: the attacker above must see through it.
    const shown = (count: number): ShownCell => ({ suppressed: false, count, percent: 100 });
    const facts: Fact[] = [
      { terms: ["responses:parent"], cell: shown(5), where: "summary" },
      {
        terms: ["responses:practitioner"],
        cell: { suppressed: true, reason: "few" },
        where: "summary",
      },
      { terms: ["responses:child"], cell: shown(0), where: "summary" },
      {
        terms: ["responses:child", "responses:parent", "responses:practitioner"],
        cell: shown(7),
        where: "breakdown language=en, all audiences",
      },
    ];
    expect(recoverable(facts, [])).toEqual(["responses:practitioner"]);
  });

  it("labels every hidden figure truthfully: 'few' only about fewer people, else 'withheld'", async () => {
    const { facts } = await everythingShown();
    const truth = await handle.db
      .select({
        audience: responses.audience,
        version: responses.version,
        about: responses.about,
        language: responses.language,
        channel: responses.channel,
        day: responses.submittedOn,
      })
      .from(responses)
      .where(eq(responses.inspectionId, inspectionId));
    const value = (term: string) => {
      const [, a, split] = term.split(":") as [string, Audience, string | undefined];
      return truth.filter((r) => {
        if (r.audience !== a) return false;
        if (!split) return true;
        const [by, v] = split.split("=") as [string, string];
        const own =
          by === "version"
            ? r.version
            : by === "language"
              ? r.language
              : by === "channel"
                ? r.channel
                : by === "day"
                  ? String(r.day)
                  : ((r.about as Record<string, string>)[by] ?? notAnswered);
        return own === v;
      }).length;
    };
    const lies: string[] = [];
    for (const fact of facts) {
      if (!fact.cell.suppressed) continue;
      const people = fact.terms.reduce((n, t) => n + value(t), 0);
      const truthful = fact.cell.reason === "few" ? people < threshold : people >= threshold;
      if (!truthful) lies.push(`${fact.where}: ${fact.cell.reason} about ${people} people`);
    }
    expect(lies).toEqual([]);
  });
});

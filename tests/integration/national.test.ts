import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database, DatabaseHandle } from "~db/client.server";
import { answers, auditLog, inspections, responses, users } from "~db/schema";
import { foldPendingCounts } from "~/summary/counts.server";
import { notAnswered } from "~/summary/filters";
import { filteredNationalTables, nationalTables, publishedFrom } from "~/summary/national";
import type { InspectionFigures, NationalPart } from "~/summary/national";
import { nationalPicture } from "~/summary/national.server";
import { isCriterionCode } from "~surveys/framework";
import { isAudience } from "~/inspections/audiences";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";
import { recovered } from "./national-attack";
import { seededRandom, submitRandomResponses } from "~/demo/random-responses.server";

/*
 * The national picture (#18) read from a real database: its figures are those worked out
 * from the stored answers (the oracle below), a year counts only what was sent before it was
 * first shown, and a year with any inspection's data deleted is withdrawn. That no view or
 * pair of views gives one inspection away is the attacker's (./national-attack.ts), here on
 * stored answers and in tests/unit/national.test.ts on random figures.
 */

let handle: DatabaseHandle;
const years: Record<string, number> = {};
const plan = ["child", "parent", "parent", "practitioner", "practitioner"] as const;

async function inspectionIn(year: number, people: number, seed: number) {
  const id = await createOpenInspection(handle.db, { localAreaName: `Area ${year}-${seed}` });
  const next = seededRandom(seed);
  for (let i = 0; i < people; i += 1) await submitRandomResponses(handle.db, id, [...plan], next);
  await handle.db
    .update(responses)
    .set({ submittedOn: `${year}-03-05` })
    .where(eq(responses.inspectionId, id));
  await handle.db
    .update(inspections)
    .set({
      notifiedOn: `${year}-03-02`,
      surveysOpenAt: new Date(`${year}-03-02T09:00:00Z`),
      surveysCloseAt: new Date(`${year}-03-10T09:00:00Z`),
    })
    .where(eq(inspections.id, id));
  years[id] = year;
  return id;
}

/**
 * Each inspection's figures straight from its answers sent before its year was shown; with
 * `dimension` (an "about you" question), each group's, by the answer its response gave.
 */
async function oracleFigures(
  db: Database,
  ids: string[],
  dimension?: "about_ehc_plan",
): Promise<InspectionFigures[]> {
  const criterion = sql<string>`c.criterion`;
  const before = (id: string) => publishedFrom(years[id]!);
  const rows = await db
    .select({
      inspectionId: responses.inspectionId,
      audience: responses.audience,
      criterion,
      polarity: answers.polarity,
      submittedOn: responses.submittedOn,
      responseId: answers.responseId,
      about: responses.about,
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .innerJoin(sql`unnest(${answers.criteria}) as c(criterion)`, sql`true`)
    .where(inArray(responses.inspectionId, ids));
  const figures = new Map<string, InspectionFigures & { sets: Record<string, Set<string>> }>();
  for (const row of rows) {
    if (String(row.submittedOn) >= before(row.inspectionId)) continue;
    if (!isCriterionCode(row.criterion) || !isAudience(row.audience)) continue;
    const about = (typeof row.about === "string" ? JSON.parse(row.about) : row.about) as Record<
      string,
      string
    >;
    const group = dimension && (about[dimension] ?? notAnswered);
    const key = `${row.inspectionId}|${row.audience}|${row.criterion}|${group}`;
    const figure = figures.get(key) ?? {
      inspectionId: row.inspectionId,
      year: years[row.inspectionId]!,
      criterion: row.criterion,
      audience: row.audience,
      people: 0,
      parts: {
        positive: { count: 0, people: 0 },
        negative: { count: 0, people: 0 },
        rest: { count: 0, people: 0 },
      },
      sets: {},
      ...(dimension && group ? { filter: { dimension, value: group } } : {}),
    };
    figures.set(key, figure);
    (figure.sets.any ??= new Set()).add(row.responseId);
    if (row.polarity === "none") continue;
    (figure.sets[row.polarity] ??= new Set()).add(row.responseId);
    const part: NationalPart =
      row.polarity === "positive" || row.polarity === "negative" ? row.polarity : "rest";
    figure.parts[part].count += 1;
  }
  return [...figures.values()].map(({ sets, ...figure }) => {
    const size = (polarity: string) => sets[polarity]?.size ?? 0;
    figure.people = size("any");
    figure.parts.positive.people = size("positive");
    figure.parts.negative.people = size("negative");
    figure.parts.rest.people = Math.max(size("neutral"), size("dont_know"));
    return figure;
  });
}

const threshold = 5;
const fewest = 3;

beforeAll(async () => {
  handle = await createTestDatabase();
  // 2024: four inspections, enough to show; 2023: two, never enough; 2022: three, one deleted.
  for (const [year, count] of [
    [2024, 4],
    [2023, 2],
    [2022, 3],
  ] as const)
    for (let i = 0; i < count; i += 1) await inspectionIn(year, 4, year * 10 + i);
  // Some counted, some not yet: the picture counts both.
  await foldPendingCounts(handle.db, 40);
}, 120_000);
afterAll(() => handle.close());

describe(`the national picture on ${databaseKind} (#18)`, () => {
  it("shows each published year's figures as worked out from the stored answers", async () => {
    const picture = await nationalPicture(handle.db, { today: "2025-03-01", threshold, fewest });
    expect(picture.years).toEqual({ published: [2022, 2023, 2024], waiting: [], withdrawn: [] });
    const ids = Object.keys(years);
    const oracle = nationalTables(
      await oracleFigures(handle.db, ids),
      [2022, 2023, 2024],
      threshold,
      fewest,
    );
    expect(picture.tables).toEqual(oracle);
    // 2024 shows something, 2023 (two inspections) nothing.
    const cells = (year: number) =>
      picture.tables.find((t) => t.year === year)!.rows.flatMap((r) => Object.values(r.cells));
    expect(cells(2024).some((c) => c.shown)).toBe(true);
    expect(cells(2023).filter((c) => c.shown)).toEqual([]);
    expect(cells(2023).some((c) => !c.shown && c.reason === "fewInspections")).toBe(true);
  });

  it("gives the attacker no inspection's figure, nor a hidden year's, from every view on several days", async () => {
    const days = ["2023-02-01", "2024-02-01", "2025-02-01", "2025-06-01"];
    const views = [];
    for (const today of days)
      views.push((await nationalPicture(handle.db, { today, threshold, fewest })).tables);
    const figures = await oracleFigures(handle.db, Object.keys(years));
    expect(recovered(figures, views)).toEqual([]);
    // It has something to work with: the shown cells of 2024.
    expect(
      views.at(-1)!.some((t) => t.rows.some((r) => Object.values(r.cells).some((c) => c.shown))),
    ).toBe(true);
  });

  it("narrowed to a group, shows it as worked out from the stored answers, and the attacker gets nothing from every group and everyone, on several days", async () => {
    const ids = Object.keys(years);
    const published = [2022, 2023, 2024];
    const everyone = await oracleFigures(handle.db, ids);
    const groups = await oracleFigures(handle.db, ids, "about_ehc_plan");
    const values = [...new Set(groups.map((g) => g.filter!.value))];
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) {
      const filter = { dimension: "about_ehc_plan" as const, value };
      const picture = await nationalPicture(handle.db, {
        today: "2025-03-01",
        threshold,
        fewest,
        filter,
      });
      expect(picture.tables, value).toEqual(
        filteredNationalTables(everyone, groups, filter, published, threshold, fewest),
      );
    }
    const views = [];
    for (const today of ["2024-02-01", "2025-02-01", "2025-06-01"]) {
      views.push((await nationalPicture(handle.db, { today, threshold, fewest })).tables);
      for (const value of values)
        views.push(
          (
            await nationalPicture(handle.db, {
              today,
              threshold,
              fewest,
              filter: { dimension: "about_ehc_plan", value },
            })
          ).tables,
        );
    }
    expect(recovered([...everyone, ...groups], views)).toEqual([]);
    // Some group shows something, so the attacker had figures to work with.
    expect(
      views.some((tables) =>
        tables.some(
          (t) => t.filter && t.rows.some((r) => Object.values(r.cells).some((c) => c.shown)),
        ),
      ),
    ).toBe(true);
  });

  it("keeps a published year's figures when a late form is keyed in, counted or not", async () => {
    const before = await nationalPicture(handle.db, { today: "2025-03-01", threshold, fewest });
    const late = Object.keys(years).find((id) => years[id] === 2024)!;
    await handle.db
      .update(inspections)
      .set({ surveysCloseAt: new Date(Date.now() + 86_400_000) })
      .where(eq(inspections.id, late));
    await submitRandomResponses(handle.db, late, [...plan, ...plan], seededRandom(7));
    const waiting = await nationalPicture(handle.db, { today: "2025-03-01", threshold, fewest });
    expect(waiting.tables).toEqual(before.tables);
    while ((await foldPendingCounts(handle.db)) > 0);
    const counted = await nationalPicture(handle.db, { today: "2025-03-01", threshold, fewest });
    expect(counted.tables).toEqual(before.tables);
  });

  it("audits an admin's view", async () => {
    const [admin] = await handle.db
      .insert(users)
      .values({ email: "admin@national.test", name: "Admin", passwordHash: "x", role: "admin" })
      .returning({ id: users.id });
    await nationalPicture(handle.db, { today: "2025-03-01", viewedBy: admin!.id });
    const entries = await handle.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.userId, admin!.id), eq(auditLog.action, "national_viewed")));
    expect(entries).toEqual([{ detail: { years: [2022, 2023, 2024] } }]);
  });

  it("waits for 1 February, and withdraws a year for good once any of its data is deleted", async () => {
    const january = await nationalPicture(handle.db, { today: "2025-01-31", threshold, fewest });
    expect(january.years.waiting).toEqual([2024]);
    const deleted = Object.keys(years).find((id) => years[id] === 2022)!;
    await handle.db
      .update(inspections)
      .set({ dataDeletedAt: new Date() })
      .where(and(eq(inspections.id, deleted)));
    const after = await nationalPicture(handle.db, { today: "2025-03-01", threshold, fewest });
    expect(after.years).toEqual({ published: [2023, 2024], waiting: [], withdrawn: [2022] });
    expect(after.tables.map((t) => t.year)).toEqual(["all", 2024, 2023]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { eq } from "drizzle-orm";
import { inspectionTeam, responses, users } from "~db/schema";
import type { Audience } from "~/inspections/audiences";
import { notAnswered } from "~/summary/filters";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import type { ShownCell } from "~/summary/suppression";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { getSurvey, questionOptions } from "~surveys";
import type { SurveyVersion } from "~surveys";
import type { CriterionCode } from "~surveys/framework";
import {
  everyAnswerFigure,
  everythingShown,
  falseLabels,
  recoverable,
  storedAnswers,
} from "./leak-views";
import type { Fact, StoredAnswer } from "./leak-views";
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

describe(`figures that never lie or leak, on ${databaseKind}`, () => {
  it("lets no hidden figure be worked out from everything an inspector can see", async () => {
    const { facts, relations } = await everythingShown(
      handle.db,
      inspectionId,
      inspectorId,
      threshold,
    );
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
    expect(recoverable(facts, [])).toEqual(["summary"]);
  });

  it("labels every hidden figure truthfully: 'few' only about fewer people, else 'withheld'", async () => {
    const { facts } = await everythingShown(handle.db, inspectionId, inspectorId, threshold);
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

/*
 * Every answer figure, taken together (#25): the criterion rows of the summary and of every
 * filter group, the sub-points and each scale's own counts, for an inspection whose answers
 * are spread the way real ones are — most people choosing the same few answers, a few choosing
 * others, some skipping, groups of every size on each side of the threshold.
 */
describe(`answer figures that never lie or leak, on ${databaseKind}`, () => {
  let crosstown: string;
  let stored: StoredAnswer[];

  /** A repeatable stream of numbers in [0, 1) (mulberry32), so a failure can be replayed. */
  function numbers(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let x = Math.imul(state ^ (state >>> 15), 1 | state);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** The criterion asked most on both easy read's faces and standard's five points. */
  function mostAskedOnBothScales(audience: Audience) {
    const asked = (version: SurveyVersion) =>
      getSurvey(audience, version).questions.flatMap((q) =>
        q.kind === "scale" && q.subPoints.length ? q.criteria : [],
      );
    const easy = new Set(asked("easy"));
    const tally = new Map<CriterionCode, number>();
    for (const c of asked("standard")) if (easy.has(c)) tally.set(c, (tally.get(c) ?? 0) + 1);
    return [...tally].sort((a, b) => b[1] - a[1])[0]![0];
  }

  beforeAll(async () => {
    crosstown = await createOpenInspection(handle.db, { localAreaName: "Crosstown" });
    await handle.db
      .insert(inspectionTeam)
      .values({ inspectionId: crosstown, userId: inspectorId, role: "lead" });
    const links = await listSurveyLinks(handle.db, crosstown);
    const next = numbers(2025);
    // Mostly the first answers, now and then a later one: small cells beside large ones.
    const pick = <T>(items: readonly T[]) => items[Math.floor(items.length * next() ** 2.5)]!;
    // One criterion's questions are answered alike by everyone (the first answer, or the
    // second by some, in groups of at least the threshold), so its sub-points and each
    // scale's own counts can be shown: the figures the attacker must be given.
    const settled = mostAskedOnBothScales("parent");
    const plan: [Audience, SurveyVersion, number][] = [
      ["parent", "standard", 11],
      ["parent", "easy", 7],
      ["practitioner", "standard", 9],
      ["child", "easy", 6],
      ["child", "standard", 3],
    ];
    for (const [audience, version, times] of plan) {
      const definition = getSurvey(audience, version);
      const survey = (await findSurveyByToken(
        handle.db,
        links.find((l) => l.audience === audience)!.token,
      ))!;
      for (let i = 0; i < times; i += 1) {
        const draft = await startDraft(handle.db, {
          surveyLinkId: survey.linkId,
          version,
          language: "en",
        });
        for (const question of definition.questions) {
          if (question.kind === "text") continue;
          const options = questionOptions(question).map((o) => o.value);
          if (audience === "parent" && question.criteria.includes(settled)) {
            const value = options[version === "standard" && i >= 6 ? 1 : 0]!;
            await saveDraftAnswer(handle.db, draft.id, question.id, { value });
            continue;
          }
          if (next() < 0.12) continue;
          const answer =
            question.kind === "multiple"
              ? { values: [...new Set([pick(options), pick(options)])] }
              : { value: pick(options) };
          await saveDraftAnswer(handle.db, draft.id, question.id, answer);
        }
        await submitResponse(handle.db, {
          inspectionId: crosstown,
          audience,
          definition,
          draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
          language: "en",
        });
      }
    }
    stored = await storedAnswers(handle.db, crosstown);
  }, 60_000);

  it("shows enough to be worth attacking: figures in filter groups, sub-points and scales", async () => {
    const { facts } = await everyAnswerFigure(handle.db, crosstown, threshold);
    const shown = (prefix: string) =>
      facts.filter((f) => f.where.startsWith(prefix) && !f.cell.suppressed).length;
    const hidden = facts.filter((f) => f.cell.suppressed);
    expect(shown("filter ")).toBeGreaterThan(0);
    expect(shown("sub-point ")).toBeGreaterThan(0);
    expect(shown("scale ")).toBeGreaterThan(0);
    expect(hidden.some((f) => f.cell.suppressed && f.cell.reason === "few")).toBe(true);
    expect(hidden.some((f) => f.cell.suppressed && f.cell.reason === "withheld")).toBe(true);
  });

  it("lets no hidden answer figure be worked out from every view together", async () => {
    const { facts, relations } = await everyAnswerFigure(handle.db, crosstown, threshold);
    expect(recoverable(facts, relations)).toEqual([]);
  });

  it("lets no hidden response figure be worked out either", async () => {
    const { facts, relations } = await everythingShown(
      handle.db,
      crosstown,
      inspectorId,
      threshold,
    );
    expect(recoverable(facts, relations)).toEqual([]);
  });

  it("labels every hidden answer figure truthfully", async () => {
    const { facts } = await everyAnswerFigure(handle.db, crosstown, threshold);
    expect(falseLabels(facts, stored, threshold)).toEqual([]);
  });

  it("would see through a filter group hidden without its partners", () => {
    // Everyone's 7 negative answers beside one group's 5: the other group's 2 follow, unless
    // it is withheld with them (as suppressPartition does).
    const shown = (count: number): ShownCell => ({ suppressed: false, count, percent: 0 });
    const facts = [
      { terms: ["a", "b"], cell: shown(7), where: "everyone" },
      { terms: ["g:yes"], cell: shown(5), where: "yes" },
      { terms: ["g:no"], cell: { suppressed: true, reason: "few" } as const, where: "no" },
    ];
    expect(
      recoverable(facts, [
        [
          ["g:yes", "g:no"],
          ["a", "b"],
        ],
      ]),
    ).toEqual(["no"]);
  });
});

import { randomInt } from "node:crypto";
import { and, eq, or, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { rowsOf } from "~db/client.server";
import type { Database, DbOrTx, Transaction } from "~db/client.server";
import { answers, pendingCounts, responses, summaryCounts } from "~db/schema";
import { answerScale } from "~surveys";
import { countKey, incrementsForResponse, parseCountKey } from "./counts";
import type { CountKey, CountRow, CountedResponse } from "./counts";

export const shards = 16;

/** The advisory lock key for folding and recounting counters (6180288; any fixed number). */
const countsLockKey = 0x5e4d_c0;

/**
 * Adds increments to the counters, inside the caller's transaction. Rows go in key
 * order, so two transactions lock shared counters in the same order and cannot deadlock.
 * They travel as one JSON parameter: a response adds a few hundred counters, and building
 * a statement with ten parameters a counter took a third of a submit's server time.
 */
export async function addCounts(
  db: DbOrTx,
  inspectionId: string,
  rows: CountRow[],
  shard = randomInt(shards),
) {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (countKey(a) < countKey(b) ? -1 : 1));
  const counters = sorted.map((row) => ({
    kind: row.kind,
    audience: row.audience,
    dimension: row.dimension,
    dimValue: row.dimValue,
    code: row.code,
    polarity: row.polarity,
    answers: row.answers,
    people: row.people,
  }));
  await db.execute(sql`
    insert into ${summaryCounts} (inspection_id, kind, audience, dimension, dim_value, code,
      polarity, shard, answers, people)
    select ${inspectionId}::uuid, c->>'kind', c->>'audience', c->>'dimension', c->>'dimValue',
      c->>'code', c->>'polarity', ${shard}::smallint, (c->>'answers')::int, (c->>'people')::int
    from jsonb_array_elements(${JSON.stringify(counters)}::jsonb) with ordinality as r(c, position)
    order by position
    on conflict (inspection_id, kind, audience, dimension, dim_value, code, polarity, shard)
    do update set answers = ${summaryCounts.answers} + excluded.answers,
      people = ${summaryCounts.people} + excluded.people`);
}

/** What names one counter, whichever of the 16 shards holds it; and its sums over them. */
const counterKey = {
  kind: summaryCounts.kind,
  audience: summaryCounts.audience,
  dimension: summaryCounts.dimension,
  dimValue: summaryCounts.dimValue,
  code: summaryCounts.code,
  polarity: summaryCounts.polarity,
};
const summedCounts = {
  answers: sql<number>`sum(${summaryCounts.answers})::int`,
  people: sql<number>`sum(${summaryCounts.people})::int`,
};

/**
 * The counters for a summary (everyone, plus one filter's groups), shards added up, plus
 * the responses not counted in them yet. Both are read from one snapshot, so each response
 * is counted once whichever side of a fold the summary lands on, and none is left out, even
 * one no process has folded (left by a process that stopped, or stored before counters).
 */
export async function readCounts(
  db: Database,
  inspectionId: string,
  dimension?: string,
): Promise<CountRow[]> {
  const wanted = (row: CountRow) =>
    row.dimension === "" || row.kind === "breakdown" || row.dimension === dimension;
  return db.transaction(
    async (tx) => {
      const folded = (await tx
        .select({ ...counterKey, ...summedCounts })
        .from(summaryCounts)
        .where(
          and(
            eq(summaryCounts.inspectionId, inspectionId),
            or(
              eq(summaryCounts.dimension, ""),
              eq(summaryCounts.kind, "breakdown"),
              dimension ? eq(summaryCounts.dimension, dimension) : sql`false`,
            ),
          ),
        )
        .groupBy(...Object.values(counterKey))) as CountRow[];
      const waiting = await countedResponses(
        tx,
        sql`r.inspection_id = ${inspectionId} and not r.counted`,
      );
      if (waiting.length === 0) return folded;
      const totals = addUp(waiting);
      for (const row of folded) addTo(totals, row);
      return [...totals.values()].filter(wanted);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * The unfiltered criterion counters (rows and cells) of some inspections, and with `dimension`
 * those of every group of that filter, counting only the responses sent before `before` (a
 * day): the counters, less the responses sent since that they already hold, plus those sent
 * before it that they do not hold yet. From one snapshot,
 * like `readCounts`. The national picture (#18) counts a year this way, so its figures stay
 * the same when a late paper form is keyed in afterwards.
 */
export async function criterionCountsBefore(
  db: Database,
  inspectionIds: string[],
  before: string,
  /** A filter dimension: its groups' counters too, every group of it. */
  dimension?: string,
): Promise<(CountRow & { inspectionId: string })[]> {
  if (inspectionIds.length === 0) return [];
  const wanted = (row: CountKey) =>
    (row.dimension === "" || row.dimension === dimension) &&
    (row.kind === "row" || row.kind === "cell");
  return db.transaction(
    async (tx) => {
      const folded = await tx
        .select({ inspectionId: summaryCounts.inspectionId, ...counterKey, ...summedCounts })
        .from(summaryCounts)
        .where(
          and(
            sql`${summaryCounts.inspectionId} = any(${uuids(inspectionIds)})`,
            dimension
              ? or(eq(summaryCounts.dimension, ""), eq(summaryCounts.dimension, dimension))
              : eq(summaryCounts.dimension, ""),
            or(eq(summaryCounts.kind, "row"), eq(summaryCounts.kind, "cell")),
          ),
        )
        .groupBy(summaryCounts.inspectionId, ...Object.values(counterKey));
      const totals = new Map(
        folded.map((row) => [`${row.inspectionId}|${countKey(row as CountKey)}`, { ...row }]),
      );
      // Counted but sent on or after the day: take away; not counted, sent before it: add.
      const adjust = await countedResponses(
        tx,
        sql`r.inspection_id = any(${uuids(inspectionIds)})
          and r.counted = (r.submitted_on >= ${before}::date)`,
      );
      for (const response of adjust) {
        const sign = response.submittedOn >= before ? -1 : 1;
        for (const [key, answers] of incrementsForResponse(response)) {
          const parsed = parseCountKey(key);
          if (!wanted(parsed)) continue;
          const id = `${response.inspectionId}|${key}`;
          const total = totals.get(id) ?? {
            inspectionId: response.inspectionId,
            ...parsed,
            answers: 0,
            people: 0,
          };
          total.answers += sign * answers;
          total.people += sign;
          totals.set(id, total);
        }
      }
      return [...totals.values()] as (CountRow & { inspectionId: string })[];
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Adds a counter row into totals keyed by countKey. */
function addTo(totals: Map<string, CountRow>, row: CountRow) {
  const key = countKey(row);
  const total = totals.get(key);
  if (total) {
    total.answers += row.answers;
    total.people += row.people;
  } else totals.set(key, { ...row });
}

/** Every increment of some responses, added up, by countKey. */
function addUp(counted: CountedResponse[]): Map<string, CountRow> {
  const tallies = new Map<string, { answers: number; people: number }>();
  for (const response of counted)
    for (const [key, answers] of incrementsForResponse(response)) {
      const tally = tallies.get(key);
      if (tally) {
        tally.answers += answers;
        tally.people += 1;
      } else tallies.set(key, { answers, people: 1 });
    }
  return new Map([...tallies].map(([key, tally]) => [key, { ...parseCountKey(key), ...tally }]));
}

type StoredCounted = CountedResponse & { id: string; inspectionId: string };

/**
 * The version a response is counted under in filters and breakdowns, from its answers' own
 * versions (#20): the one they were all given in, "mixed" when the person changed version
 * part way and answered in both, or the version it was sent in when it has no closed answers.
 * Each response is in exactly one group, so the groups still add up to everyone.
 */
export function responseVersion(sentIn: string, answerVersions: Iterable<string>): string {
  const given = new Set(answerVersions);
  if (given.size > 1) return "mixed";
  return given.values().next().value ?? sentIn;
}

/** Stored responses matching a condition on `r` (responses), as the counters see them. */
async function countedResponses(db: DbOrTx, where: SQL): Promise<StoredCounted[]> {
  // Each response's answers come as one string, `polarity criteria sub-points question value
  // version` an answer, `;` between answers, `,` within lists (codes hold none of these): a
  // third of the database's time that building JSON took, and quicker to read back.
  const rows = rowsOf<{
    id: string;
    inspection_id: string;
    audience: string;
    version: string;
    language: string;
    channel: string;
    late: boolean;
    submitted_on: string;
    about: Record<string, string>;
    answers: string;
  }>(
    await db.execute(sql`
    select r.id, r.inspection_id, r.audience, r.version, r.language, r.channel, r.late,
      to_char(r.submitted_on, 'YYYY-MM-DD') as submitted_on, r.about,
      coalesce((select string_agg(a.polarity || ' ' || array_to_string(a.criteria, ',')
        || ' ' || array_to_string(a.sub_points, ',') || ' ' || a.question_id || ' ' || a.value
        || ' ' || a.version, ';')
        from ${answers} a where a.response_id = r.id), '') as answers
    from ${responses} r where ${where}`),
  );
  const list = (codes: string | undefined) => (codes ? codes.split(",") : []);
  return rows.map((row) => {
    const given = row.answers
      ? row.answers.split(";").map((answer) => {
          const [polarity, criteria, subPoints, questionId, value, version] = answer.split(" ");
          return {
            polarity: polarity!,
            criteria: list(criteria),
            subPoints: list(subPoints),
            // The scale it was given on follows the version it was given in, not the response's.
            scale: answerScale(row.audience, version!, questionId!) ?? "choice",
            value: value!,
            version: version!,
          };
        })
      : [];
    return {
      id: row.id,
      inspectionId: row.inspection_id,
      audience: row.audience,
      version: responseVersion(
        row.version,
        given.map((answer) => answer.version),
      ),
      language: row.language,
      channel: row.channel,
      late: row.late === true,
      submittedOn: row.submitted_on,
      about: parseJson(row.about),
      answers: given.map(({ version: _version, ...answer }) => answer),
    };
  });
}

/** Ids as one uuid[] parameter. */
const uuids = (ids: string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

/** jsonb comes back parsed from both drivers, except where a driver hands back text. */
const parseJson = <T>(value: T | string): T =>
  typeof value === "string" ? (JSON.parse(value) as T) : value;

/**
 * Folds and recounts take this lock first, in their own transactions, so a recount never
 * interleaves with a fold in another process (each would count the other's responses).
 * Folds run once a second a process, so waiting for each other costs nothing that matters.
 * Migration 0011 takes it too, by number: the two must stay the same.
 */
const countsLock = sql`select pg_advisory_xact_lock(${countsLockKey}::bigint)`;

/** Takes the counts lock for the caller's transaction (retention deletes counters under it). */
export async function holdCountsLock(tx: Transaction): Promise<void> {
  await tx.execute(countsLock);
}

/*
 * Each response says whether its increments are in the counters (`responses.counted`), and
 * is marked in the transaction that adds them, only if it was not marked already: so a
 * response is folded exactly once, whichever process folds it and whatever stopped another
 * half-way. Submits still add a row to pending_counts, and folds delete those rows, for
 * processes of the previous version during a rolling deploy: they read and fold that table,
 * and a trigger (migration 0011) marks what their folds counted.
 */

/**
 * Folds up to `limit` responses not counted yet into the counters, in one transaction that
 * also marks them counted, so a crash leaves either both or neither. The counts lock keeps
 * other processes' folds and recounts out meanwhile. Returns how many it folded.
 */
export async function foldPendingCounts(db: Database, limit = 500): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(countsLock);
    const taken = rowsOf<{ id: string }>(
      await tx.execute(sql`
        update ${responses} set counted = true
        where id in (select id from ${responses} where not counted limit ${limit})
          and not counted
        returning id`),
    );
    if (taken.length === 0) return 0;
    const ids = taken.map((row) => row.id);
    await tx.execute(
      sql`delete from ${pendingCounts} where ${pendingCounts.responseId} = any(${uuids(ids)})`,
    );
    await addResponsesCounts(tx, ids);
    return taken.length;
  });
}

/**
 * Adds the increments of these stored responses to the counters, inside the caller's
 * transaction (which must hold the counts lock and say they are counted now).
 */
export async function addResponsesCounts(db: DbOrTx, responseIds: string[]) {
  const counted = await countedResponses(db, sql`r.id = any(${uuids(responseIds)})`);
  const byInspection = new Map<string, StoredCounted[]>();
  for (const response of counted) {
    const list = byInspection.get(response.inspectionId);
    if (list) list.push(response);
    else byInspection.set(response.inspectionId, [response]);
  }
  // In a fixed order, so two folds touching the same inspections take their locks alike.
  for (const [inspectionId, list] of [...byInspection].sort(([a], [b]) => (a < b ? -1 : 1)))
    await addCounts(db, inspectionId, [...addUp(list).values()]);
}

/**
 * Recounts an inspection from its stored responses (for counters kept in an older form).
 * Replaces whatever counters it had, in one transaction holding the counts lock: it marks
 * every response stored so far counted and counts exactly those; one stored while it runs
 * is not marked, and is folded later.
 */
export async function rebuildCounts(db: Database, inspectionId: string) {
  await db.transaction(async (tx) => {
    await tx.execute(countsLock);
    const inner = tx;
    await tx.delete(summaryCounts).where(eq(summaryCounts.inspectionId, inspectionId));
    await tx.execute(sql`
      update ${responses} set counted = true where inspection_id = ${inspectionId} and not counted`);
    const counted = await countedResponses(
      inner,
      sql`r.inspection_id = ${inspectionId} and r.counted`,
    );
    await addCounts(inner, inspectionId, [...addUp(counted).values()], 0);
    await tx.execute(sql`
      delete from ${pendingCounts} p using ${responses} r
      where p.response_id = r.id and r.inspection_id = ${inspectionId} and r.counted`);
  });
}

/**
 * At start-up: inspections whose counters are in an older form — counted before scale
 * counters existed (rows but no scales), or before breakdowns were kept per audience — are
 * recounted; then every response not counted yet is folded, each once, whatever any
 * inspection's counters hold. Returns how many inspections were recounted and responses folded.
 */
export async function rebuildMissingCounts(
  db: Database,
): Promise<{ recounted: number; folded: number }> {
  const ids = rowsOf<{ id: string }>(
    await db.execute(sql`
      select distinct c.inspection_id as id from ${summaryCounts} c
      where (c.kind = 'row' and not exists (select 1 from ${summaryCounts} s
              where s.inspection_id = c.inspection_id and s.kind = 'scale'))
        or (c.kind = 'breakdown' and c.audience = '')`),
  ).map((r) => r.id);
  for (const id of ids) await rebuildCounts(db, id);
  const batch = 2_000;
  let folded = 0;
  for (;;) {
    const taken = await foldPendingCounts(db, batch);
    folded += taken;
    if (taken < batch) return { recounted: ids.length, folded };
  }
}

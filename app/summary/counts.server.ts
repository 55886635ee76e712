import { randomInt } from "node:crypto";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client.server";
import { answers, responses, summaryCounts } from "../../db/schema";
import { countKey, countsForResponse } from "./counts";
import type { CountRow, CountedResponse } from "./counts";

export const shards = 16;

/**
 * Adds one or more responses' increments, inside the caller's transaction. Rows go in key
 * order, so two transactions lock shared counters in the same order and cannot deadlock.
 * They travel as one JSON parameter: a response adds a few hundred counters, and building
 * a statement with ten parameters a counter took a third of a submit's server time.
 */
export async function addCounts(
  db: Database,
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

/** The counters for a summary (everyone, plus one filter's groups), shards added up. */
export async function readCounts(
  db: Database,
  inspectionId: string,
  dimension?: string,
): Promise<CountRow[]> {
  return db
    .select({
      kind: summaryCounts.kind,
      audience: summaryCounts.audience,
      dimension: summaryCounts.dimension,
      dimValue: summaryCounts.dimValue,
      code: summaryCounts.code,
      polarity: summaryCounts.polarity,
      answers: sql<number>`sum(${summaryCounts.answers})::int`,
      people: sql<number>`sum(${summaryCounts.people})::int`,
    })
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
    .groupBy(
      summaryCounts.kind,
      summaryCounts.audience,
      summaryCounts.dimension,
      summaryCounts.dimValue,
      summaryCounts.code,
      summaryCounts.polarity,
    ) as Promise<CountRow[]>;
}

/**
 * Recounts an inspection from its stored responses (for responses stored before counters
 * existed). Replaces whatever counters it had, in one transaction.
 */
export async function rebuildCounts(db: Database, inspectionId: string) {
  await db.transaction(async (tx) => {
    await tx.delete(summaryCounts).where(eq(summaryCounts.inspectionId, inspectionId));
    const stored = await tx
      .select()
      .from(responses)
      .where(eq(responses.inspectionId, inspectionId));
    const totals = new Map<string, CountRow>();
    for (let i = 0; i < stored.length; i += 1000) {
      const batch = stored.slice(i, i + 1000);
      const rows = await tx
        .select({
          responseId: answers.responseId,
          polarity: answers.polarity,
          criteria: answers.criteria,
          subPoints: answers.subPoints,
        })
        .from(answers)
        .where(
          inArray(
            answers.responseId,
            batch.map((r) => r.id),
          ),
        );
      const byResponse = new Map<string, typeof rows>();
      for (const row of rows) {
        const list = byResponse.get(row.responseId);
        if (list) list.push(row);
        else byResponse.set(row.responseId, [row]);
      }
      for (const response of batch) {
        const counted: CountedResponse = {
          audience: response.audience,
          version: response.version,
          language: response.language,
          channel: response.channel,
          submittedOn: response.submittedOn,
          about: response.about,
          answers: byResponse.get(response.id) ?? [],
        };
        for (const row of countsForResponse(counted)) {
          const key = countKey(row);
          const total = totals.get(key);
          if (total) {
            total.answers += row.answers;
            total.people += row.people;
          } else totals.set(key, { ...row });
        }
      }
    }
    await addCounts(tx, inspectionId, [...totals.values()], 0);
  });
}

/** Inspections with responses but no counters yet (stored before counters existed). */
export async function rebuildMissingCounts(db: Database): Promise<number> {
  const missing = await db.execute<{ id: string }>(sql`
    select distinct r.inspection_id as id from ${responses} r
    where not exists (select 1 from ${summaryCounts} c where c.inspection_id = r.inspection_id)`);
  const ids = (Array.isArray(missing) ? missing : (missing as { rows: { id: string }[] }).rows).map(
    (r) => r.id,
  );
  for (const id of ids) await rebuildCounts(db, id);
  return ids.length;
}

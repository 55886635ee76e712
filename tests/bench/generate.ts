/*
 * Rows for the benchmarks, made in PostgreSQL from the real survey definitions with a seeded
 * random source, so each run makes the same ones: responses with their answers, and comments
 * on them. Generated rows bypass the submit path; callers rebuild the counters after.
 */
import { sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { questionOptions, surveyDefinitions } from "~surveys";
import { criterionCodes } from "~surveys/framework";
import { rebuildCounts } from "~/summary/counts.server";

// The closed questions of the standard definitions, with their options' polarities.
const closedQuestions = surveyDefinitions
  .filter((d) => d.version === "standard")
  .flatMap((d) =>
    d.questions
      .filter((q) => q.kind !== "text" && q.section !== "about")
      .map((q) => ({
        audience: d.audience,
        id: q.id,
        criteria: q.criteria,
        subPoints: q.subPoints,
        options: questionOptions(q).map((o) => ({ value: o.value, polarity: o.polarity })),
      })),
  );

/** The table `generateResponses` draws questions from; made once per database. */
export async function createQuestionTable(db: Database) {
  await db.execute(sql`create table bench_questions (
    audience text, question_id text, criteria text[], sub_points text[], options jsonb)`);
  for (const q of closedQuestions)
    await db.execute(sql`insert into bench_questions values (${q.audience}, ${q.id},
      ${`{${q.criteria.join(",")}}`}::text[], ${`{${q.subPoints.join(",")}}`}::text[], ${JSON.stringify(q.options)}::jsonb)`);
}

/**
 * Responses `from`..`to` (numbered) for an inspection, and their answers: each answers 85% of
 * its audience's closed questions, one option at random. Seeded (setseed) in the transaction
 * that draws, and read in a fixed order, so each run makes the same rows.
 */
export async function generateResponses(
  db: Database,
  inspectionId: string,
  range: { from: number; to: number; seed: number },
) {
  const { from, to, seed } = range;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${(seed + from / 1e7) % 1}::float8)`);
    await tx.execute(sql`insert into responses (inspection_id, audience, version, language, channel, submitted_on, about, submission_key)
      select ${inspectionId}, (array['child','parent','practitioner'])[1 + i % 3],
        case when i % 4 = 0 then 'easy' else 'standard' end, 'en', 'online',
        date '2026-11-23' + (i % 7),
        jsonb_build_object('about_ehc_plan', (array['yes','no','dont_know'])[1 + i % 3]),
        ${inspectionId} || '-' || i
      from generate_series(${from}::int, ${to}::int) i`);
    await tx.execute(sql`insert into answers (response_id, inspection_id, question_id, value, polarity, criteria, sub_points)
      select id, inspection_id, question_id, o->>'value', o->>'polarity', criteria, sub_points
      from (
        select r.id, r.inspection_id, q.question_id, q.criteria, q.sub_points,
          q.options -> floor(random() * jsonb_array_length(q.options))::int as o,
          random() as keep
        from (select * from responses where inspection_id = ${inspectionId}
                and submission_key in (select ${inspectionId} || '-' || i
                                       from generate_series(${from}::int, ${to}::int) i)
              order by submission_key) r
        join bench_questions q on q.audience = r.audience
        order by r.submission_key, q.question_id
      ) drawn
      where keep < 0.85`);
  });
}

const textQuestions = surveyDefinitions
  .filter((d) => d.version === "standard")
  .flatMap((d) =>
    d.questions.filter((q) => q.kind === "text").map((q) => ({ audience: d.audience, id: q.id })),
  );

/**
 * An inspection at scale: `responses` generated responses, then `comments` comments on
 * responses drawn at random (a response may have several), in words drawn from a SEND
 * vocabulary; each coded with one or two criteria (two in five), 40% confirmed; five themes
 * per criterion, made by `themedBy`, carry half the codes' comments. Counters are rebuilt.
 */
export async function generateCodedComments(
  db: Database,
  inspectionId: string,
  input: { responses: number; comments: number; themedBy: string },
) {
  await createQuestionTable(db);
  await generateResponses(db, inspectionId, { from: 1, to: input.responses, seed: 0.42 });
  await db.execute(sql`create table bench_text_questions (audience text, question_id text)`);
  for (const q of textQuestions)
    await db.execute(sql`insert into bench_text_questions values (${q.audience}, ${q.id})`);
  const codes = `{${criterionCodes.join(",")}}`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.17)`);
    await tx.execute(sql`
      with words as (
        select string_to_array('the school council support help therapy speech plan review assessment waiting list months nobody listens teacher class friends club transport bus taxi health autism anxiety home timetable late never always good kind awful fight staff training places mainstream college future transition letter meeting social worker referral diagnosis', ' ') as w
      ), drawn as (
        select r.id as response_id, q.question_id, n
        from generate_series(1, ${input.comments}::int) n
        cross join lateral (
          select id, audience from responses where inspection_id = ${inspectionId}
          offset floor(random() * ${input.responses})::int + (n * 0) limit 1
        ) r
        cross join lateral (
          select question_id from bench_text_questions t where t.audience = r.audience
          order by random() + (n * 0) limit 1
        ) q
      )
      insert into comments (response_id, inspection_id, question_id, text, sentiment)
      select response_id, ${inspectionId}, question_id,
        (select string_agg(w[1 + floor(random() * array_length(w, 1))::int], ' ')
           from words, generate_series(1, 12 + (n % 40))),
        (array['positive','neutral','negative','mixed'])[1 + n % 4]
      from drawn`);
    await tx.execute(sql`
      insert into comment_codes (comment_id, criterion, status)
      select distinct on (id, code) id, code, case when random() < 0.4 then 'confirmed' else 'suggested' end
      from (
        select c.id, (${codes}::text[])[1 + floor(random() * ${criterionCodes.length})::int] as code
        from comments c, generate_series(1, 1 + (abs(hashtext(c.id::text)) % 5 < 2)::int)
        where c.inspection_id = ${inspectionId}
      ) x`);
    await tx.execute(sql`
      insert into themes (inspection_id, criterion, label, created_by)
      select ${inspectionId}, code, 'Theme ' || n || ' of ' || code, ${input.themedBy}
      from unnest(${codes}::text[]) code, generate_series(1, 5) n`);
    await tx.execute(sql`
      insert into comment_themes (comment_id, theme_id)
      select cc.comment_id, (select t.id from themes t
                             where t.inspection_id = ${inspectionId} and t.criterion = cc.criterion
                             order by t.label offset floor(random() * 5)::int limit 1)
      from comment_codes cc join comments c on c.id = cc.comment_id
      where c.inspection_id = ${inspectionId} and random() < 0.5`);
  });
  await rebuildCounts(db, inspectionId);
  await db.execute(sql`analyze`);
}

/*
 * Submit benchmark: complete survey responses sent over HTTP to the production build on
 * PostgreSQL, against a baseline measured in the same run: pgbench writing the same rows a
 * submit writes, in one transaction each.
 *
 * 1. Six people (three audiences × easy and standard) answer every question over HTTP as a
 *    browser without JavaScript would: start page, one post a question, check page, Send.
 *    Their answers, as stored in their drafts, are the templates for everything below.
 * 2. BENCH_SUBMITS drafts (and a warm-up batch) are made with the app's own startDraft and
 *    given the templates' answers; then autocannon sends each one's final Send once (50
 *    connections, no pipelining, a different draft cookie on every request), stopping after
 *    BENCH_SUBMIT_SECONDS if it has not sent them all. Afterwards every send answered with
 *    the redirect to "done" must be stored once and its draft gone.
 *    The app folds the new responses into the summary's counters in the background as it
 *    goes (its counts job); the time that takes after the last send is reported too.
 * 3. pgbench runs, per template, the one statement submitResponse sends, parameters written
 *    in: the response, answers, comments and their codes, the row saying its counts wait to
 *    be folded, moving recordings, deleting the draft (a draft of its own, made beforehand,
 *    in every transaction). The server has stopped by then. It gets what the app got: as
 *    many connections, the same warm-up then `analyze`, and as many submissions (pgbench -t).
 *    (The counts job's work is the app's alone: pgbench does not do it.)
 *
 * The app reaches PostgreSQL through its own pool (DATABASE_POOL_SIZE, 10 by default);
 * pgbench has a connection a client. Next to each rate, the CPU time per response of the app
 * server, PostgreSQL and the load generator (autocannon, pgbench), which other work on the
 * machine moves far less than rates.
 *
 * Ends with one verdict line, and exits 1 unless the app reaches ≥ 0.3 of pgbench's rate,
 * every send answered "done" was stored exactly once, and every pgbench transaction deleted
 * its draft and stored its response.
 *
 * Loopback only, in a throwaway database that is dropped afterwards.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/submit.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { startDraft } from "~/responses/drafts.server";
import type { DraftState } from "~/responses/drafts.server";
import { submitStatement } from "~/responses/submit.server";
import { findSurveyByToken } from "~/inspections/survey-links.server";
import { getSurvey, questionOptions } from "~surveys";
import type { Audience, SurveyVersion } from "~surveys";
import type { DraftAnswer } from "~surveys/answers";
import {
  cpuSeconds,
  createThrowawayDatabase,
  openInspection,
  postgresCpuMsPer,
  postgresCpuSeconds,
  startProductionServer,
  writeFigures,
} from "./production-server";

const submits = Number(process.env.BENCH_SUBMITS ?? 6000);
const maxSeconds = Number(process.env.BENCH_SUBMIT_SECONDS ?? 30);
const warmUp = Number(process.env.BENCH_WARMUP ?? 600);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const minimumRatio = 0.3;

/** CPU seconds of this process's children that have exited and been waited for (pgbench). */
function waitedChildrenCpuSeconds() {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
  // stat(5): cutime and cstime, in clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

// Made-up comments; the first names a person, so redaction has something to do.
const sampleComments = [
  "Mrs Green at the school listened to us and the support plan really helped him settle.",
  "We waited over a year for an assessment and nobody kept us informed about what was happening.",
  "Her teaching assistant is brilliant and she now enjoys going to school every morning.",
];

let seed = 11;
function random() {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

/** What a person ticks or types for one question (every question answered). */
function formAnswer(
  question: ReturnType<typeof getSurvey>["questions"][number],
  index: number,
): string[] {
  if (question.kind === "text") return [sampleComments[index % sampleComments.length]!];
  const options = questionOptions(question).filter((o) => o.polarity !== "dont_know");
  const pick = () => options[Math.floor(random() * options.length)]!.value;
  if (question.kind !== "multiple") return [pick()];
  return [...new Set([pick(), pick()])];
}

const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();

async function post(url: string, body: string, cookie?: string) {
  return fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body,
  });
}

function expectRedirect(response: Response, to: string | RegExp, step: string) {
  const location = response.headers.get("location") ?? "";
  const ok = typeof to === "string" ? location === to : to.test(location);
  if (response.status !== 302 || !ok)
    throw new Error(`${step}: expected a redirect to ${to}, got ${response.status} ${location}`);
}

/** One complete journey over HTTP, stopping short of Send; returns the draft it made. */
async function answerEverything(
  origin: string,
  token: string,
  audience: Audience,
  version: SurveyVersion,
) {
  const base = `${origin}/s/${token}`;
  // The start page is the link's index route: its form posts to `?index`.
  const start = await post(
    `${base}?index`,
    form([
      ...(audience === "child" ? [["consent", "yes"] as [string, string]] : []),
      ["version", version],
    ]),
  );
  expectRedirect(start, /\/q\//, `start ${audience} ${version}`);
  const draftId = /sv_draft=([^;]+)/.exec(start.headers.getSetCookie().join("\n"))?.[1];
  if (!draftId) throw new Error("no draft cookie");
  const cookie = `sv_draft=${draftId}`;
  const definition = getSurvey(audience, version);
  for (const [index, question] of definition.questions.entries()) {
    const values = formAnswer(question, index);
    const next = definition.questions[index + 1];
    const response = await post(
      `${base}/q/${question.id}`,
      form([...values.map((v): [string, string] => ["answer", v]), ["intent", "continue"]]),
      cookie,
    );
    expectRedirect(
      response,
      next ? `/s/${token}/q/${next.id}` : `/s/${token}/check`,
      `${audience} ${version} ${question.id}`,
    );
  }
  const check = await fetch(`${base}/check`, { headers: { Cookie: cookie } });
  const submissionKey = /name="submission" value="([^"]+)"/.exec(await check.text())?.[1];
  if (check.status !== 200 || !submissionKey) throw new Error(`check page: ${check.status}`);
  return { draftId, cookie, submissionKey };
}

/** Sends drafts' final Send with autocannon, each draft once; counts the redirects to done. */
async function sendAll(
  origin: string,
  drafts: { token: string; id: string; submissionKey: string }[],
  maxSeconds: number,
) {
  let next = 0;
  const done = new Set<string>();
  let wrong = 0;
  const run = autocannon({
    url: origin,
    connections,
    pipelining: 1,
    amount: drafts.length,
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest(request, context) {
          const draft = drafts[next++];
          if (!draft) throw new Error("more requests than drafts");
          context.draft = draft;
          return {
            ...request,
            path: `/s/${draft.token}/check`,
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              Cookie: `sv_draft=${draft.id}`,
            },
            body: form([["submission", draft.submissionKey]]),
          };
        },
        onResponse(status, _body, context, headers) {
          const draft = context.draft as (typeof drafts)[number];
          if (status === 302 && headers.location === `/s/${draft.token}/done`) done.add(draft.id);
          else wrong += 1;
        },
      },
    ],
  });
  // Bounded in time too: on a slow machine the run stops before every draft is sent.
  const timer = setTimeout(() => run.stop(), maxSeconds * 1000);
  const result = await run;
  clearTimeout(timer);
  return { result, done, sent: done.size, wrong };
}

/** A SQL literal for pgbench scripts. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The statement submitResponse sends for one template, with its parameters written in, for
 * pgbench. `:client_id` and the per-client counter `:n` make each submission key and draft
 * id unique. (pgbench reads `:name` as a variable; the JSON's colons are followed by quotes
 * and brackets, never by a name.)
 */
function pgbenchScript(
  inspectionId: string,
  template: { audience: Audience; version: SurveyVersion; answers: Record<string, DraftAnswer> },
) {
  const unique = "pgbench-draft-placeholder";
  const query = new PgDialect().sqlToQuery(
    submitStatement({
      inspectionId,
      audience: template.audience,
      definition: getSurvey(template.audience, template.version),
      draft: { id: unique, submissionKey: unique, channel: "online", answers: template.answers },
      language: "en",
    }),
  );
  const text = query.sql.replace(/\$(\d+)\b/g, (_, n: string) => {
    const value = query.params[Number(n) - 1];
    if (value === unique) return `('pgbench-' || :client_id || '-' || :n)`;
    if (typeof value !== "string") throw new Error(`unexpected parameter ${String(value)}`);
    return literal(value);
  });
  // pgbench takes a statement a line; comments would swallow the rest of it.
  const oneLine = text.replace(/--[^\n]*\n/g, " ").replace(/\s+/g, " ");
  return [`\\set n :n + 1`, `${oneLine.trim()};`].join("\n") + "\n";
}

const database = await createThrowawayDatabase();
const server = await startProductionServer(database.url).catch(async (error: unknown) => {
  await database.drop();
  throw error;
});
const { handle, inspectionId, links } = await openInspection(database.url);
const db = handle.db;
const count = async (query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { n: number }[])[0]!.n;
const scratch = mkdtempSync(path.join(tmpdir(), "sv-bench-"));
let figures: Record<string, unknown> = {};
let verdict = "submit: FAIL — not measured";
try {
  // 1. The journeys, over HTTP; each is then sent, so the whole flow is checked once.
  const templates: {
    audience: Audience;
    version: SurveyVersion;
    token: string;
    linkId: string;
    answers: Record<string, DraftAnswer>;
  }[] = [];
  for (const { audience, token } of links) {
    const linkId = (await findSurveyByToken(db, token))!.linkId;
    for (const version of ["easy", "standard"] as const) {
      const journey = await answerEverything(server.origin, token, audience, version);
      const [row] = (await db.execute(
        sql`select answers from drafts where id = ${journey.draftId}`,
      )) as unknown as { answers: Record<string, DraftAnswer> }[];
      templates.push({ audience, version, token, linkId, answers: row!.answers });
      const sent = await post(
        `${server.origin}/s/${token}/check`,
        form([["submission", journey.submissionKey]]),
        journey.cookie,
      );
      expectRedirect(sent, `/s/${token}/done`, `send ${audience} ${version}`);
    }
  }
  const journeys = await count(
    sql`select count(*)::int as n from responses where inspection_id = ${inspectionId}`,
  );
  if (journeys !== templates.length) throw new Error(`${journeys} journeys stored, expected 6`);

  // 2. Drafts made by the app's own function, each given a template's answers.
  const made: (DraftState & { token: string; template: number })[] = [];
  const total = warmUp + submits;
  for (let i = 0; i < total; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, total - i) }, async (_, j) => {
        const template = (i + j) % templates.length;
        const { linkId, version, token } = templates[template]!;
        const draft = await startDraft(db, { surveyLinkId: linkId, version, language: "en" });
        return { ...draft, token, template };
      }),
    );
    made.push(...batch);
  }
  for (const [index, template] of templates.entries()) {
    const ids = made.filter((d) => d.template === index).map((d) => d.id);
    await db.execute(
      sql`update drafts set answers = ${JSON.stringify(template.answers)}::jsonb
          where id = any(${`{${ids.join(",")}}`}::text[])`,
    );
  }
  await db.execute(sql`analyze`);

  const warm = await sendAll(server.origin, made.slice(0, warmUp), maxSeconds / 3);
  // Statistics as a database that has been taking responses would have them. Without this
  // the planner still thinks responses has six rows, and checks every answer's foreign key
  // by reading the whole table (autovacuum would analyze within a minute or so).
  await db.execute(sql`analyze`);
  const cpuBefore = cpuSeconds(server.process.pid!);
  const databaseCpuBefore = postgresCpuSeconds();
  const autocannonBefore = process.cpuUsage();
  const run = await sendAll(server.origin, made.slice(warmUp), maxSeconds);
  const autocannonCpu = process.cpuUsage(autocannonBefore);
  const appCpuMs = ((cpuSeconds(server.process.pid!) - cpuBefore) * 1000) / Math.max(1, run.sent);
  const loadCpuMs = Number(
    ((autocannonCpu.user + autocannonCpu.system) / 1000 / Math.max(1, run.sent)).toFixed(2),
  );
  const databaseCpuMs = postgresCpuMsPer(databaseCpuBefore, run.sent);
  // Sends cut off by a time limit may still be finishing on the server; then the counts
  // job must catch up with every stored response.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const foldStarted = Date.now();
  while (
    (await count(sql`select count(*)::int as n from responses where not counted`)) > 0 &&
    Date.now() - foldStarted < 30_000
  )
    await new Promise((resolve) => setTimeout(resolve, 100));
  const waitingCounts = await count(
    sql`select count(*)::int as n from responses where not counted`,
  );
  const foldSeconds = (Date.now() - foldStarted) / 1000;
  const stored = await count(
    sql`select count(*)::int as n from responses where inspection_id = ${inspectionId}`,
  );
  const leftDrafts = await count(sql`select count(*)::int as n from drafts`);
  // Every send answered "done" is stored and its draft gone; every draft made is either stored
  // once or still there, never both (the unique submission key refuses a second copy).
  const doneIds = [...warm.done, ...run.done];
  const doneKeys = made.filter((d) => warm.done.has(d.id) || run.done.has(d.id));
  const doneStored = await count(
    sql`select count(*)::int as n from responses
        where submission_key = any(${`{${doneKeys.map((d) => d.submissionKey).join(",")}}`}::text[])`,
  );
  const doneLeft = await count(
    sql`select count(*)::int as n from drafts where id = any(${`{${doneIds.join(",")}}`}::text[])`,
  );
  const storedOnce =
    doneStored === doneIds.length &&
    doneLeft === 0 &&
    stored + leftDrafts === templates.length + made.length &&
    run.wrong === 0 &&
    warm.wrong === 0 &&
    waitingCounts === 0;
  const appRate = run.sent / (run.result.duration ?? 1);

  // 3. The same writes from pgbench, after the server has stopped: as many connections, the
  // same warm-up (then `analyze`, as the app got), then as many submissions as the app was
  // given. Each transaction deletes a draft of its own, made beforehand ('pgbench-<client>-
  // <n>'); pgbench -t gives each client a fixed number, so exactly as many drafts are made,
  // and afterwards none may be left and every transaction must have stored its response.
  await server.stop();
  const scripts = templates.map((template, index) => {
    const file = path.join(scratch, `submit-${index}.sql`);
    writeFileSync(file, pgbenchScript(inspectionId, template));
    return file;
  });
  const warmPerClient = Math.ceil(warmUp / connections);
  const runPerClient = Math.ceil(submits / connections);
  // Drafts for pgbench to delete, as big as the app's.
  await db.execute(sql`insert into drafts (id, survey_link_id, version, language, answers, submission_key)
    select 'pgbench-' || c || '-' || n, ${templates[0]!.linkId}, 'easy', 'en',
      ${JSON.stringify(templates[0]!.answers)}::jsonb, md5(c || '-' || n)
    from generate_series(0, ${connections - 1}) c,
      generate_series(1, ${warmPerClient + runPerClient}) n`);
  await db.execute(sql`analyze`);
  const url = new URL(database.url);
  const runPgbench = (perClient: number, firstN: number) => {
    const result = spawnSync(
      "/usr/bin/pgbench",
      [
        "-n",
        "-M",
        "prepared",
        "-c",
        String(connections),
        "-j",
        "2",
        "-t",
        String(perClient),
        "-D",
        `n=${firstN}`,
        ...scripts.flatMap((file) => ["-f", `${file}@1`]),
        "-h",
        url.hostname,
        "-p",
        url.port || "5432",
        "-U",
        decodeURIComponent(url.username) || "postgres",
        database.name,
      ],
      { encoding: "utf8" },
    );
    if (result.status !== 0)
      throw new Error(`pgbench failed:\n${(result.stderr + result.stdout).slice(0, 2000)}`);
    return result.stdout;
  };
  runPgbench(warmPerClient, 0);
  await db.execute(sql`analyze`);
  const storedBeforePgbench = await count(
    sql`select count(*)::int as n from responses where inspection_id = ${inspectionId}`,
  );
  const pgbenchDatabaseCpuBefore = postgresCpuSeconds();
  const pgbenchCpuBefore = waitedChildrenCpuSeconds();
  const pgbenchOut = runPgbench(runPerClient, warmPerClient);
  const pgbenchCpuSeconds = waitedChildrenCpuSeconds() - pgbenchCpuBefore;
  const pgbenchRate = Number(/tps = ([\d.]+)/.exec(pgbenchOut)?.[1]);
  const pgbenchTransactions = Number(
    /number of transactions actually processed: (\d+)/.exec(pgbenchOut)?.[1] ?? 0,
  );
  const pgbenchFailed = Number(/number of failed transactions: (\d+)/.exec(pgbenchOut)?.[1] ?? 0);
  const pgbenchStored =
    (await count(
      sql`select count(*)::int as n from responses where inspection_id = ${inspectionId}`,
    )) - storedBeforePgbench;
  const pgbenchDatabaseCpuMs = postgresCpuMsPer(pgbenchDatabaseCpuBefore, pgbenchStored);
  const pgbenchDraftsLeft = await count(
    sql`select count(*)::int as n from drafts where id like 'pgbench-%'`,
  );
  // Every transaction (warm-up included) deleted its own draft and stored its response.
  const pgbenchDeletedEach =
    pgbenchDraftsLeft === 0 &&
    pgbenchFailed === 0 &&
    pgbenchTransactions === runPerClient * connections &&
    pgbenchStored === pgbenchTransactions;

  const ratio = appRate / pgbenchRate;
  figures = {
    submits,
    sent: run.sent,
    maxSeconds,
    warmUp,
    connections,
    app: {
      responsesPerSecond: Number(appRate.toFixed(1)),
      serverCpuMsPerResponse: Number(appCpuMs.toFixed(2)),
      autocannonCpuMsPerResponse: loadCpuMs,
      databaseCpuMsPerResponse: databaseCpuMs,
      seconds: run.result.duration,
      latencyMs: { p50: run.result.latency.p50, p99: run.result.latency.p99 },
      non302: run.wrong,
      errors: run.result.errors,
      timeouts: run.result.timeouts,
      storedExactlyOnce: storedOnce,
      countsFoldedWithinSeconds: waitingCounts === 0 ? Number(foldSeconds.toFixed(1)) : null,
    },
    pgbench: {
      transactionsPerSecond: Number(pgbenchRate.toFixed(1)),
      transactions: pgbenchTransactions,
      warmUp: warmPerClient * connections,
      failed: pgbenchFailed,
      stored: pgbenchStored,
      draftsLeft: pgbenchDraftsLeft,
      deletedADraftEachTime: pgbenchDeletedEach,
      databaseCpuMsPerResponse: pgbenchDatabaseCpuMs,
      pgbenchCpuMsPerResponse: Number(
        ((pgbenchCpuSeconds * 1000) / Math.max(1, pgbenchStored)).toFixed(2),
      ),
    },
    appOverPgbench: Number(ratio.toFixed(3)),
    target: `≥ ${minimumRatio} of pgbench`,
    meetsTargets: ratio >= minimumRatio && storedOnce && pgbenchDeletedEach,
  };
  console.table([
    {
      what: "app: POST /s/:token/check (HTTP, 302 to done)",
      "per second": Number(appRate.toFixed(1)),
      count: run.sent,
      "p99 ms": run.result.latency.p99,
      "app server CPU ms each": Number(appCpuMs.toFixed(2)),
      "database CPU ms each": databaseCpuMs ?? "",
      "load generator CPU ms each": loadCpuMs,
    },
    {
      what: "pgbench: the same rows, one transaction each",
      "per second": Number(pgbenchRate.toFixed(1)),
      count: pgbenchStored,
      "p99 ms": "",
      "app server CPU ms each": "",
      "database CPU ms each": pgbenchDatabaseCpuMs ?? "",
      "load generator CPU ms each": figures.pgbench
        ? (figures.pgbench as { pgbenchCpuMsPerResponse: number }).pgbenchCpuMsPerResponse
        : "",
    },
    {
      what: "app / pgbench",
      "per second": Number(ratio.toFixed(3)),
      count: "",
      "p99 ms": "",
      "app server CPU ms each": "",
      "database CPU ms each": "",
      "load generator CPU ms each": "",
    },
  ]);
  console.log(
    waitingCounts === 0
      ? `Counts folded into the summary ${foldSeconds.toFixed(1)} s after the 2 s wait`
      : `${waitingCounts} responses still waiting to be counted after 30 s`,
  );
  console.log(
    `Stored exactly once: ${storedOnce ? "yes" : "NO"} (${doneIds.length} sends answered "done", ${doneStored} of them stored, ${doneLeft} of their drafts left; ${stored} responses + ${leftDrafts} drafts for ${templates.length + made.length} drafts made; ${run.wrong + warm.wrong} other answers)`,
  );
  console.log(
    `pgbench deleted a draft in every transaction: ${pgbenchDeletedEach ? "yes" : "NO"} (${pgbenchTransactions} transactions after ${warmPerClient * connections} to warm up, ${pgbenchStored} responses stored, ${pgbenchDraftsLeft} of its drafts left, ${pgbenchFailed} failed)`,
  );
  verdict =
    `submit: ${figures.meetsTargets ? "PASS" : "FAIL"} — ${appRate.toFixed(1)} responses/s = ${ratio.toFixed(3)} of pgbench's ${pgbenchRate.toFixed(1)} ` +
    `(target ≥ ${minimumRatio}: ${ratio >= minimumRatio ? "met" : "MISSED"}); stored exactly once: ${storedOnce ? "yes" : "NO"}; ` +
    `pgbench deleted a draft each time: ${pgbenchDeletedEach ? "yes" : "NO"}; CPU per response: app server ${appCpuMs.toFixed(2)} ms + ` +
    `PostgreSQL ${databaseCpuMs ?? "?"} ms, pgbench's PostgreSQL ${pgbenchDatabaseCpuMs ?? "?"} ms`;
} finally {
  await server.stop();
  await handle.close();
  await database.drop();
  rmSync(scratch, { recursive: true, force: true });
}
writeFigures("submit", figures);
console.log(verdict);
if (!figures.meetsTargets) process.exitCode = 1;

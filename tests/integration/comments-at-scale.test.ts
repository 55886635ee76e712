import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { inspectionTeam, users } from "~db/schema";
import { startSession } from "~/auth/session.server";
import { listComments } from "~/coding/comments.server";
import { addToTheme } from "~/coding/themes.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings } from "~/platform/settings.server";
import { summaryQuotes, withheldAudiences } from "~/summary/quotable.server";
import { quotesByCriterion } from "~/summary/quotes";
import { rebuildCounts } from "~/summary/counts.server";
import { loader as commentsLoader } from "~/routes/inspections.$inspectionId.comments";
import { loader as criterionLoader } from "~/routes/inspections.$inspectionId.criteria.$criterion";
import { loader as exportLoader } from "~/routes/inspections.$inspectionId.export.$file";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";

/*
 * An inspection with more comments than a page shows (#18, #19): every list says how many
 * there are in all and pages through them, and nothing that counts or exports comments stops
 * at some number of them. (Comments were once read 500 at most: the comments page, the
 * summary's "N comments" under a criterion, its quotes and the comments file all quietly
 * stopped there.)
 */

const parents = 640;
const children = 2; // fewer than the threshold: withheld from quotes and files
const threshold = 5;

let handle: DatabaseHandle;
let inspectionId: string;
let cookie: string;
let userId: string;
let themeId: string;

beforeAll(async () => {
  loadSettings({ ...process.env, SUPPRESS_BELOW: String(threshold) });
  handle = await createTestDatabase();
  useDatabase(handle);
  const db = handle.db;
  inspectionId = await createOpenInspection(db, { localAreaName: "Manyshire" });
  const [user] = await db
    .insert(users)
    .values({ email: "many@inspect.test", name: "Many", passwordHash: "x", role: "inspector" })
    .returning({ id: users.id });
  userId = user!.id;
  await db.insert(inspectionTeam).values({ inspectionId, userId, role: "lead" });
  cookie = (await startSession(userId)).split(";")[0]!;
  // One comment per response; every third confirmed as I3 (the rest suggested), every fifth
  // also coded L1, every seventh may be a disclosure, every eleventh's I3 code removed.
  const people = [
    ...Array.from({ length: parents }, (_, i) => ({ audience: "parent", n: i })),
    ...Array.from({ length: children }, (_, i) => ({ audience: "child", n: parents + i })),
  ];
  await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(people)}::jsonb) as x(audience text, n int)
    ), made as (
      insert into responses (inspection_id, audience, version, language, channel, submitted_on, submission_key, counted)
      select ${inspectionId}::uuid, audience, 'standard', 'en', 'online', current_date, 'scale-' || n, false
      from input
      returning id, submission_key
    )
    insert into comments (response_id, inspection_id, question_id, text, sentiment, concern)
    select made.id, ${inspectionId}::uuid, 'improve',
      -- Words of its own (near-identical comments would show once, as a group).
      'Comment number ' || input.n || ' ' || md5(input.n::text) || ' ' || md5((input.n + 1000)::text)
        || ' ' || md5((input.n + 2000)::text) || ' about speech therapy', 'negative',
      input.n % 7 = 0
    from made join input on made.submission_key = 'scale-' || input.n`);
  await db.execute(sql`
    insert into comment_codes (comment_id, criterion, status)
    select c.id, 'I3',
      case when n % 11 = 0 then 'removed' when n % 3 = 0 then 'confirmed' else 'suggested' end
    from comments c
    cross join lateral (select substring(c.text from 'number (\\d+)')::int as n) k
    where c.inspection_id = ${inspectionId}`);
  await db.execute(sql`
    insert into comment_codes (comment_id, criterion, status)
    select c.id, 'L1', 'suggested'
    from comments c
    cross join lateral (select substring(c.text from 'number (\\d+)')::int as n) k
    where c.inspection_id = ${inspectionId} and n % 5 = 0`);
  await rebuildCounts(db, inspectionId);
}, 120_000);

afterAll(async () => {
  loadSettings(process.env);
  await handle.close();
});

const args = (url: string, params: Record<string, string> = {}) => ({
  request: new Request(`http://localhost${url}`, { headers: { Cookie: cookie } }),
  params: { inspectionId, ...params },
  context: { cspNonce: "" },
});

describe(`an inspection with hundreds of comments, on ${databaseKind}`, () => {
  it("works out the summary's quotes and counts from every comment, as the reference does", async () => {
    const withheld = await withheldAudiences(handle.db, inspectionId, threshold);
    expect(withheld).toEqual(["child"]);
    const every = await listComments(handle.db, inspectionId);
    expect(every).toHaveLength(parents + children);
    const quotes = await summaryQuotes(handle.db, inspectionId, withheld);
    expect(quotes).toEqual(quotesByCriterion(every, withheld));
    // I3 is on every parent's comment but the removed ones (n % 11 = 0).
    const removed = Array.from({ length: parents }, (_, n) => n).filter((n) => n % 11 === 0);
    expect(quotes.parent!.I3!.total).toBe(parents - removed.length);
    expect(quotes.parent!.L1!.total).toBe(parents / 5);
    // Confirmed codes first, and never a possible disclosure (n % 7 = 0).
    const numbers = quotes.parent!.I3!.quotes.map((q) => Number(/number (\d+)/.exec(q.text)![1]));
    expect(numbers).toHaveLength(3);
    for (const n of numbers) expect([n % 3, n % 7 === 0, n % 11 === 0]).toEqual([0, false, false]);
    expect(quotes.child).toBeUndefined();
  });

  it("pages the comments page, saying how many in all; a page past the end shows the last", async () => {
    const page = async (query: string) =>
      await commentsLoader(args(`/inspections/${inspectionId}/comments${query}`));
    const first = await page("");
    expect(first.pages).toEqual({ page: 1, pages: 7, from: 1, to: 100, total: 642 });
    expect(first.comments).toHaveLength(100);
    const last = await page("?page=7");
    expect(last.pages).toMatchObject({ page: 7, from: 601, to: 642 });
    expect(last.comments).toHaveLength(42);
    expect((await page("?page=99")).pages.page).toBe(7);
    expect((await page("?page=abc")).pages.page).toBe(1);
    // Every comment on exactly one page.
    const seen = new Set<string>();
    for (let n = 1; n <= 7; n += 1)
      for (const comment of (await page(`?page=${n}`)).comments) seen.add(comment.id);
    expect(seen.size).toBe(parents + children);
    // A filter pages too, and keeps its own count: the team reads the small group's too (the
    // child numbered 640).
    const l1 = await page("?criterion=L1&page=2");
    expect(l1.pages).toEqual({ page: 2, pages: 2, from: 101, to: 129, total: 129 });
  });

  /** The comments file, narrowed by `query`: its text and its rows of comments. */
  async function commentsFile(query = "") {
    const response = (await exportLoader(
      args(`/inspections/${inspectionId}/export/comments.csv${query}`, { file: "comments.csv" }),
    )) as Response;
    const text = await response.text();
    return { text, rows: text.split("\n").filter((line) => line.includes("Comment number")) };
  }

  it("puts every quotable comment in the comments file", async () => {
    expect((await commentsFile()).rows).toHaveLength(parents);
  });

  it("pages a criterion's comments and shows each theme's first few with its whole count", async () => {
    const ids = (await listComments(handle.db, inspectionId, { criterion: "I3" }))
      .filter((c) => c.audience === "parent")
      .map((c) => c.id);
    const theme = await addToTheme(handle.db, {
      userId,
      inspectionId,
      criterion: "I3",
      label: "Speech therapy",
      commentIds: ids,
    });
    expect(theme.ok).toBe(true);
    themeId = theme.ok ? theme.themeId : "";
    const page = await criterionLoader(
      args(`/inspections/${inspectionId}/criteria/I3?page=3`, { criterion: "I3" }),
    );
    const coded = parents + children - Math.ceil(parents / 11);
    expect(page.pages).toEqual({
      page: 3,
      pages: Math.ceil(coded / 50),
      from: 101,
      to: 150,
      total: coded,
    });
    expect(page.comments).toHaveLength(50);
    const sample = page.samples[theme.ok ? theme.themeId : ""]!;
    expect(sample.count).toBe(ids.length);
    expect(sample.comments).toHaveLength(20);
    // The first in reading order; no quote is chosen yet to come before them.
    expect(sample.comments.map((c) => c.id)).toEqual(ids.slice(0, 20));
  });

  it("narrows the comments file to a theme, as the comments page is narrowed, and says so", async () => {
    const themed = await commentsFile(`?theme=${themeId}`);
    expect(themed.rows).toHaveLength(parents - Math.ceil(parents / 11));
    expect(themed.text).toContain("Showing only: Theme I3: Speech therapy");
    // A theme that is not this inspection's is ignored, as the pages ignore it: everything.
    const stranger = await commentsFile("?theme=00000000-0000-4000-8000-000000000000");
    expect(stranger.rows).toHaveLength(parents);
    expect(stranger.text).not.toContain("Showing only");
  });
});

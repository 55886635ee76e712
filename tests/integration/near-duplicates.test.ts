import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { comments, inspectionTeam, users } from "~db/schema";
import { startSession } from "~/auth/session.server";
import type { Audience } from "~/inspections/audiences";
import { loader as commentsLoader } from "~/routes/inspections.$inspectionId.comments";
import { loader as queueLoader } from "~/routes/inspections.$inspectionId.comments_.queue";
import { loader as summaryLoader } from "~/routes/inspections.$inspectionId.summary";
import { loadSettings } from "~/platform/settings.server";
import {
  createOpenInspection,
  createTestDatabase,
  databaseKind,
  sendOwnWords,
} from "./test-database";

/*
 * Near-duplicates through the pages (#19): a template circulated with small edits shows once
 * on the comments page and in the reading queue, with its count and audiences; opening the
 * group shows each; the progress line says how many comments came in groups.
 */

let handle: DatabaseHandle;
let inspectionId: string;
let cookie: string;

async function respond(audience: Audience, text: string) {
  await sendOwnWords(handle.db, { inspectionId, audience, text });
}

const template =
  "As members of the parent forum we want the inspectors to know that our children wait years for an EHC needs assessment and the council does not answer our letters.";
const copies: [Audience, string][] = [
  ["parent", template],
  ["parent", template.replace("years", "two years")],
  ["parent", template.toLowerCase().replace(/\./g, "")],
  ["practitioner", `${template} Please act.`],
];
const others: [Audience, string][] = [
  [
    "parent",
    "The school has been really helpful, and speech therapy started after a year of asking.",
  ],
  [
    "parent",
    "Transport to college broke down twice this term and nobody told us, but the school has been really helpful.",
  ],
];

const get = (url: string) =>
  ({
    request: new Request(`http://localhost${url}`, { headers: { Cookie: cookie } }),
    params: { inspectionId },
    context: { cspNonce: "" },
  }) as never;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Templateshire" });
  const [user] = await handle.db
    .insert(users)
    .values({ email: "nd@inspect.test", name: "Nia Dupe", passwordHash: "x", role: "inspector" })
    .returning({ id: users.id });
  await handle.db.insert(inspectionTeam).values({ inspectionId, userId: user!.id, role: "lead" });
  cookie = (await startSession(user!.id)).split(";")[0]!;
  for (const [audience, text] of [...copies, ...others]) await respond(audience, text);
});
afterAll(() => handle.close());

describe(`near-duplicate groups on ${databaseKind}`, () => {
  it("shows a template once on the comments page, with its count and audiences", async () => {
    const page = await commentsLoader(get(`/inspections/${inspectionId}/comments`));
    expect(page.comments).toHaveLength(1 + others.length);
    const grouped = page.comments.filter((c) => c.group);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.group).toMatchObject({
      count: 4,
      audiences: [
        { audience: "parent", count: 3 },
        { audience: "practitioner", count: 1 },
      ],
    });
    expect(page.progress).toMatchObject({ comments: 6, grouped: 4, groups: 1 });

    const opened = await commentsLoader(
      get(`/inspections/${inspectionId}/comments?group=${grouped[0]!.group!.id}`),
    );
    expect(opened.comments.map((c) => c.text).sort()).toEqual(copies.map(([, t]) => t).sort());
  });

  it("says on the summary how many comments came in groups, counting only groups it may show", async () => {
    const summaryWith = async (threshold: number) => {
      loadSettings({ ...process.env, SUPPRESS_BELOW: String(threshold) });
      try {
        return await summaryLoader(get(`/inspections/${inspectionId}/summary`));
      } finally {
        loadSettings(process.env);
      }
    };
    // Five parents are shown, the one practitioner is not: the group is its three parents.
    expect((await summaryWith(5)).campaigns).toEqual({ groups: 1, grouped: 3 });
    // Nobody shown: nothing counted.
    expect((await summaryWith(6)).campaigns).toEqual({ groups: 0, grouped: 0 });
    // A filtered summary says nothing of comments.
    const filtered = await summaryLoader(
      get(`/inspections/${inspectionId}/summary?filter=version:standard`),
    );
    expect(filtered.campaigns).toBeUndefined();
  });

  it("steps over the rest of a group in the reading queue", async () => {
    const seen: string[] = [];
    let step = await queueLoader(get(`/inspections/${inspectionId}/comments/queue`));
    expect(step.total).toBe(1 + others.length);
    while (step.comment) {
      seen.push(step.comment.text);
      if (!step.nextId) break;
      step = await queueLoader(
        get(`/inspections/${inspectionId}/comments/queue?at=${step.nextId}`),
      );
    }
    expect(seen).toHaveLength(3);
    expect(seen.filter((t) => copies.some(([, c]) => c === t))).toHaveLength(1);
  });

  it("shows a group's other comment when its first one no longer matches the filter", async () => {
    const [first] = await handle.db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.inspectionId, inspectionId), eq(comments.text, copies[3]![1])));
    const step = await queueLoader(
      get(`/inspections/${inspectionId}/comments/queue?audience=practitioner&at=${first!.id}`),
    );
    expect(step.comment?.text).toBe(copies[3]![1]);
    expect(step.comment?.group?.count).toBe(4);
  });

  it("groups a comment added later, once the inspection's comments change", async () => {
    await respond("parent", template.replace("letters", "emails"));
    const page = await commentsLoader(get(`/inspections/${inspectionId}/comments`));
    expect(page.comments.find((c) => c.group)?.group?.count).toBe(5);
  });
});

import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { comments, drafts, inspections, responses } from "~db/schema";
import { listSurveyLinks } from "~/inspections/survey-links.server";
import { offlineCopyHeader } from "~/offline/protocol";
import { useDatabase } from "~/platform/db.server";
import { action as startAction, loader as startLoader } from "~/routes/s.$token._index";
import { action as checkAction } from "~/routes/s.$token.check";
import { action as offlineAction } from "~/routes/s.$token.offline";
import {
  action as questionAction,
  loader as questionLoader,
} from "~/routes/s.$token.q.$questionId";
import { createOpenInspection, createTestDatabase } from "./test-database";

/*
 * Answers kept on a device without a connection, sent when it is back (#20): saved through the
 * question pages' own rules (redacted before storage), stored once under the draft's key
 * however often they are sent, refused with nothing stored once the survey has closed.
 */

let handle: DatabaseHandle;
let inspectionId: string;
let token: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Offlineshire" });
  const links = await listSurveyLinks(handle.db, inspectionId);
  token = links.find((l) => l.audience === "child")!.token;
});
afterAll(() => handle.close());

type Args = Parameters<typeof offlineAction>[0];
const request = (path: string, init: RequestInit = {}): Args => ({
  request: new Request(`http://localhost${path}`, init),
  params: { token, questionId: path.split("/q/")[1] },
  context: { cspNonce: "" },
});
const form = (fields: Record<string, string>, cookie: string) => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
});

/** A child's easy-read draft: its cookie and its submission key. */
async function startDraft() {
  const started = (await startAction(
    request(`/s/${token}`, form({ consent: "yes", version: "easy" }, "")),
  )) as Response;
  const cookie = started.headers.get("Set-Cookie")!.split(";")[0]!;
  const page = (await questionLoader(
    request(`/s/${token}/q/needs_noticed`, { headers: { Cookie: cookie } }),
  )) as { offline: { submissionKey: string; pages: string[] } };
  return { cookie, key: page.offline.submissionKey, pages: page.offline.pages };
}

const kept = [
  {
    questionId: "right_help",
    fields: [
      ["answer", "happy"],
      ["intent", "continue"],
    ],
  },
  {
    questionId: "worked_well",
    fields: [
      ["answer", "My teacher helps. Email me at kid@example.com"],
      ["intent", "save"],
    ],
  },
  {
    questionId: "improve",
    fields: [
      ["answer", "Nothing"],
      ["intent", "skip"],
    ],
  },
];

async function sendKept(cookie: string, key: string, send: "yes" | "no", answers = kept) {
  const response = (await offlineAction(
    request(
      `/s/${token}/offline`,
      form({ submission: key, answers: JSON.stringify(answers), send }, cookie),
    ),
  )) as Response;
  return { status: response.status, body: await response.json(), cookie: response.headers };
}

const responsesWithKey = async (key: string) =>
  (
    await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(responses)
      .where(eq(responses.submissionKey, key))
  )[0]!.n;

describe("answers sent from a device that was offline", () => {
  it("lists every question page of the draft's version, then the check page", async () => {
    const { pages } = await startDraft();
    expect(pages[0]).toBe(`/s/${token}/q/needs_noticed`);
    expect(pages.at(-1)).toBe(`/s/${token}/check`);
    expect(pages).toHaveLength(17);
  });

  it("saves them in the draft, redacted, and stores the response once however often it is sent", async () => {
    const { cookie, key } = await startDraft();
    const saved = await sendKept(cookie, key, "no");
    expect(saved.body).toEqual({ outcome: "saved" });
    const [draft] = await handle.db
      .select({ answers: drafts.answers })
      .from(drafts)
      .where(eq(drafts.submissionKey, key));
    // Each answer with the version it was given in (#20).
    expect(draft!.answers).toEqual({
      right_help: { value: "happy", version: "easy" },
      worked_well: { text: "My teacher helps. Email me at [email]", version: "easy" },
      improve: { skipped: true, version: "easy" },
    });

    // Send, cut short and sent again, and from a second tab at once: one response.
    const sends = await Promise.all([1, 2, 3].map(() => sendKept(cookie, key, "yes")));
    for (const sent of sends)
      expect(sent.body).toEqual({ outcome: "sent", href: `/s/${token}/done` });
    expect(sends[0]!.cookie.get("Set-Cookie")).toMatch(/^sv_draft=; .*Max-Age=0/);
    expect((await sendKept(cookie, key, "yes")).body.outcome).toBe("sent");
    expect(await responsesWithKey(key)).toBe(1);
    const [stored] = await handle.db
      .select({ id: responses.id })
      .from(responses)
      .where(eq(responses.submissionKey, key));
    const words = await handle.db
      .select({ text: comments.text })
      .from(comments)
      .where(eq(comments.responseId, stored!.id));
    expect(words).toEqual([{ text: "My teacher helps. Email me at [email]" }]);
  });

  it("sends an answer the question page would refuse back to that page, keeping those before it", async () => {
    const { cookie, key } = await startDraft();
    const refused = await sendKept(cookie, key, "yes", [
      kept[0]!,
      { questionId: "needs_noticed", fields: [["answer", "not-an-option"]] },
    ]);
    expect(refused.body).toEqual({
      outcome: "fix",
      href: `/s/${token}/q/needs_noticed`,
      questionId: "needs_noticed",
    });
    expect(await responsesWithKey(key)).toBe(0);
  });

  it("refuses a late send once the survey has closed, storing nothing", async () => {
    const { cookie, key } = await startDraft();
    await handle.db
      .update(inspections)
      .set({ surveysClosedEarly: true })
      .where(eq(inspections.id, inspectionId));
    try {
      const late = await sendKept(cookie, key, "yes");
      expect(late.body).toEqual({ outcome: "closed", href: `/s/${token}/check?late=1` });
      expect(await responsesWithKey(key)).toBe(0);
    } finally {
      await handle.db
        .update(inspections)
        .set({ surveysClosedEarly: false })
        .where(eq(inspections.id, inspectionId));
    }
  });

  it("answers 400 to a body it cannot read, and sends another draft's answers nowhere", async () => {
    const { cookie, key } = await startDraft();
    const bad = (await offlineAction(
      request(`/s/${token}/offline`, form({ submission: key, answers: "{not json" }, cookie)),
    )) as Response;
    expect(bad.status).toBe(400);
    const other = await sendKept(cookie, "another-drafts-key", "yes");
    expect(other.body).toEqual({ outcome: "gone", href: `/s/${token}` });
  });

  it("a page kept for later leaves a 'talk to someone now' panel due for the page the person sees", async () => {
    const { cookie } = await startDraft();
    const answered = (await questionAction(
      request(
        `/s/${token}/q/worked_well`,
        form({ answer: "Someone at home hits me", intent: "continue", version: "easy" }, cookie),
      ),
    )) as Response;
    expect(answered.status).toBe(302);
    const kept = (await questionLoader(
      request(`/s/${token}/q/improve`, { headers: { Cookie: cookie, [offlineCopyHeader]: "1" } }),
    )) as { helpNow?: unknown };
    expect(kept.helpNow).toBeUndefined();
    const shown = (await questionLoader(
      request(`/s/${token}/q/improve`, { headers: { Cookie: cookie } }),
    )) as { helpNow?: unknown };
    expect(shown.helpNow).toBeDefined();
  });
});

/*
 * A school session (#20): the children's link opened as `?session=school`. Start carries the
 * flag into a cookie that is the same for every child; Send, from the check page or from a
 * device that was offline, clears everything of the child (Clear-Site-Data, every cookie
 * expired) and leads to the start page for the next one, which says so.
 */
describe("a school session on shared tablets", () => {
  const cookiesOf = (response: Response) =>
    response.headers.getSetCookie().map((c) => c.split(";")[0]!);

  async function startInSession() {
    const started = (await startAction(
      request(`/s/${token}`, form({ consent: "yes", version: "easy", session: "school" }, "")),
    )) as Response;
    const set = cookiesOf(started);
    expect(set.find((c) => c.startsWith("sv_session="))).toBe("sv_session=school");
    const cookie = set.join("; ");
    const page = (await questionLoader(
      request(`/s/${token}/q/needs_noticed`, { headers: { Cookie: cookie } }),
    )) as { offline: { submissionKey: string } };
    return { cookie, key: page.offline.submissionKey };
  }

  const clearsEverything = (headers: Headers) => {
    expect(headers.get("Clear-Site-Data")).toBe('"cache", "cookies", "storage"');
    const expired = headers.getSetCookie().filter((c) => c.includes("Max-Age=0"));
    expect(expired.map((c) => c.split("=")[0]).sort()).toEqual(
      expect.arrayContaining(["sv_draft", "sv_resume", "sv_session"]),
    );
  };

  it("after the check page's Send, clears the child's traces and goes back to the start", async () => {
    const { cookie, key } = await startInSession();
    const sent = (await checkAction(
      request(`/s/${token}/check`, form({ submission: key }, cookie)),
    )) as Response;
    expect(sent.status).toBe(302);
    expect(sent.headers.get("Location")).toBe(`/s/${token}?session=school&sent=1`);
    clearsEverything(sent.headers);
    expect(await responsesWithKey(key)).toBe(1);

    // The start page, with the cookies gone: says the answers went, and carries the session on.
    const start = (await startLoader(request(`/s/${token}?session=school&sent=1`))) as {
      sent: boolean;
      school: boolean;
      cleared: boolean;
    };
    expect(start).toMatchObject({ sent: true, school: true, cleared: false });
  });

  it("after a Send from a device that was offline, does the same", async () => {
    const { cookie, key } = await startInSession();
    const sent = await sendKept(cookie, key, "yes");
    expect(sent.body).toEqual({ outcome: "sent", href: `/s/${token}?session=school&sent=1` });
    clearsEverything(sent.cookie);
    expect(sent.cookie.get("Cache-Control")).toBe("no-store");
    expect(await responsesWithKey(key)).toBe(1);
  });

  it("outside a school session, Send keeps the done page and clears only the draft", async () => {
    const { cookie, key } = await startDraft();
    const sent = (await checkAction(
      request(`/s/${token}/check`, form({ submission: key }, cookie)),
    )) as Response;
    expect(sent.headers.get("Location")).toBe(`/s/${token}/done`);
    expect(sent.headers.get("Clear-Site-Data")).toBeNull();
    const start = (await startLoader(request(`/s/${token}?sent=1`))) as { sent: boolean };
    expect(start.sent).toBe(false);
  });
});

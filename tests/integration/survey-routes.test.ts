import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { drafts, inspections, responses } from "~db/schema";
import { action as startAction, loader as startLoader } from "~/routes/s.$token._index";
import {
  action as questionAction,
  loader as questionLoader,
} from "~/routes/s.$token.q.$questionId";
import { action as checkAction } from "~/routes/s.$token.check";
import { action as resumeAction } from "~/routes/resume";
import { action as codeAction } from "~/routes/code";
import { createOpenInspection, createTestDatabase } from "./test-database";
import { raced } from "../racing";
import { listSurveyLinks } from "~/inspections/survey-links.server";

let handle: DatabaseHandle;
let inspectionId: string;
let tokens: Record<string, string>;
let shortCodes: Record<string, string>;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, {
    localAreaName: "Routeshire",
  });
  const links = await listSurveyLinks(handle.db, inspectionId);
  tokens = Object.fromEntries(links.map((l) => [l.audience, l.token]));
  shortCodes = Object.fromEntries(links.map((l) => [l.audience, l.shortCode]));
});
afterAll(() => handle.close());

type Args = Parameters<typeof startAction>[0];
const post = (path: string, fields: Record<string, string | string[]>, cookie?: string): Args => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields))
    for (const value of [v].flat()) body.append(k, value);
  return {
    request: new Request(`http://localhost${path}`, {
      method: "POST",
      body,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        ...(cookie ? { Cookie: cookie } : {}),
      },
    }),
    params: paramsOf(path),
    context: { cspNonce: "" },
  };
};
const get = (path: string, cookie?: string): Args => ({
  request: new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} }),
  params: paramsOf(path),
  context: { cspNonce: "" },
});
function paramsOf(path: string) {
  const [, , token, q, questionId] = new URL(`http://x${path}`).pathname.split("/");
  return { token, ...(q === "q" ? { questionId } : {}) };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (thrown) {
    return thrown;
  }
}
const statusOf = (value: unknown) =>
  value instanceof Response
    ? value.status
    : (value as { init?: { status?: number } })?.init?.status;

async function startParentSurvey(): Promise<string> {
  const response = (await startAction(
    post(`/s/${tokens.parent}`, { version: "standard" }),
  )) as Response;
  expect(response.status).toBe(302);
  const cookie = response.headers.get("Set-Cookie")!;
  expect(cookie).toMatch(/^sv_draft=[A-Za-z0-9_-]+; Path=\/s\/[^;]+; HttpOnly; SameSite=Lax/);
  return cookie.split(";")[0]!;
}

const responseCount = async () =>
  (await handle.db.select({ n: sql<number>`count(*)::int` }).from(responses))[0]!.n;

describe("survey routes", () => {
  it("gives back the words typed on a page whose draft has gone, and carries them into a new draft", async () => {
    const words = "My son Kuba waited a year. Call me on 07700 900123.";
    // No draft cookie at all (cleared, or another browser): nothing stored, the words given back.
    const before = await handle.db.select({ id: drafts.id }).from(drafts);
    const gone = await caught(
      questionAction(
        post(`/s/${tokens.parent}/q/improve`, {
          version: "standard",
          answer: words,
          intent: "continue",
        }),
      ),
    );
    expect(statusOf(gone)).toBe(409);
    expect((gone as { data: unknown }).data).toEqual({
      draftGone: { version: "standard", questionId: "improve", typedText: words },
      audience: "parent",
    });
    expect(await handle.db.select({ id: drafts.id }).from(drafts)).toHaveLength(before.length);
    // A choice question has no words to give back; the page still says what happened.
    const choice = await caught(
      questionAction(
        post(`/s/${tokens.parent}/q/needs_identified`, { version: "standard", answer: "yes" }),
      ),
    );
    expect(statusOf(choice)).toBe(409);
    expect(
      (choice as { data: { draftGone: { typedText?: string } } }).data.draftGone.typedText,
    ).toBeUndefined();

    // Words given back that may be a disclosure come with where to get help now (#19).
    const hurt = await caught(
      questionAction(
        post(`/s/${tokens.child}/q/worked_well`, {
          version: "easy",
          answer: "my mum's boyfriend hits me",
        }),
      ),
    );
    expect(statusOf(hurt)).toBe(409);
    expect((hurt as { data: { helpNow?: unknown } }).data.helpNow).toMatchObject({
      helpline: "childline",
      easy: true,
    });

    // Easy read reads the page aloud, as every easy-read page does.
    const easy = await caught(
      questionAction(
        post(`/s/${tokens.child}/q/worked_well`, { version: "easy", answer: "hi there" }),
      ),
    );
    expect(statusOf(easy)).toBe(409);
    expect((easy as { data: { readAloud?: { text: string } } }).data.readAloud?.text).toMatch(
      /^Your answers are not here\./,
    );

    // Starting again with them: a new draft that holds them at their question, redacted.
    const restarted = (await startAction(
      post(`/s/${tokens.parent}`, {
        version: "standard",
        carryQuestion: "improve",
        carryText: words,
      }),
    )) as Response;
    expect(restarted.status).toBe(302);
    const cookie = restarted.headers.get("Set-Cookie")!.split(";")[0]!;
    const page = (await questionLoader(get(`/s/${tokens.parent}/q/improve`, cookie))) as {
      answer: { text: string };
    };
    expect(page.answer.text).toContain("[name]");
    expect(page.answer.text).toContain("[phone]");
    expect(page.answer.text).not.toContain("Kuba");
    // Carried words go only to an own-words question of this survey.
    const strange = (await startAction(
      post(`/s/${tokens.parent}`, {
        version: "standard",
        carryQuestion: "needs_identified",
        carryText: "x y",
      }),
    )) as Response;
    const strangeDraft = strange.headers.get("Set-Cookie")!.split(";")[0]!;
    const untouched = (await questionLoader(
      get(`/s/${tokens.parent}/q/needs_identified`, strangeDraft),
    )) as {
      answer?: unknown;
    };
    expect(untouched.answer).toBeUndefined();
  });

  it("asks a child to agree to take part, and lets them say no", async () => {
    const missing = await startAction(post(`/s/${tokens.child}`, { version: "easy" }));
    expect(statusOf(missing)).toBe(400);
    const no = (await caught(
      startAction(post(`/s/${tokens.child}`, { consent: "no" })),
    )) as Response;
    expect(no.headers.get("Location")).toBe(`/s/${tokens.child}/no-thanks`);
    const yes = (await startAction(
      post(`/s/${tokens.child}`, { consent: "yes", version: "easy" }),
    )) as Response;
    expect(yes.headers.get("Location")).toMatch(new RegExp(`^/s/${tokens.child}/q/`));
  });

  it("goes from one question to the next, or back to the check page when changing an answer", async () => {
    const cookie = await startParentSurvey();
    const next = (await questionAction(
      post(
        `/s/${tokens.parent}/q/needs_identified`,
        { answer: "agree", intent: "continue" },
        cookie,
      ),
    )) as Response;
    expect(next.headers.get("Location")).toBe(`/s/${tokens.parent}/q/assessment_timely`);
    const back = (await questionAction(
      post(`/s/${tokens.parent}/q/needs_identified?return=check`, { answer: "disagree" }, cookie),
    )) as Response;
    expect(back.headers.get("Location")).toBe(`/s/${tokens.parent}/check`);
    const skip = (await questionAction(
      post(`/s/${tokens.parent}/q/assessment_timely`, { intent: "skip", answer: "agree" }, cookie),
    )) as Response;
    expect(skip.headers.get("Location")).toBe(`/s/${tokens.parent}/q/waiting_support`);
  });

  it("refuses answers that are not in the definition with a 400 and a clear message, storing nothing", async () => {
    const cookie = await startParentSurvey();
    const bad = (await questionAction(
      post(`/s/${tokens.parent}/q/needs_identified`, { answer: "maybe" }, cookie),
    )) as { data: { error: string }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    expect(bad.data.error).toBe("Choose one of the answers on this page");
    const two = (await questionAction(
      post(`/s/${tokens.parent}/q/needs_identified`, { answer: ["agree", "disagree"] }, cookie),
    )) as { init: { status: number } };
    expect(two.init.status).toBe(400);
    const draftId = decodeURIComponent(cookie.split("=")[1]!);
    const [draft] = await handle.db.select().from(drafts).where(eq(drafts.id, draftId));
    expect(draft!.answers).toEqual({});
  });

  it("refuses own words over 5,000 characters, and gives the text back", async () => {
    const cookie = await startParentSurvey();
    const long = "a".repeat(5001);
    const result = (await questionAction(
      post(`/s/${tokens.parent}/q/improve`, { answer: long }, cookie),
    )) as { data: { error: string; typedText: string }; init: { status: number } };
    expect(result.init.status).toBe(400);
    expect(result.data.error).toBe(
      "Your answer must be 5,000 characters or fewer. It is 5,001 characters now.",
    );
    expect(result.data.typedText).toBe(long);
  });

  it("answers 404 for an unknown question or link", async () => {
    const cookie = await startParentSurvey();
    expect(
      statusOf(await caught(questionLoader(get(`/s/${tokens.parent}/q/no_such_question`, cookie)))),
    ).toBe(404);
    expect(
      statusOf(
        await caught(questionLoader(get(`/s/not-a-real-token-at-all/q/needs_identified`, cookie))),
      ),
    ).toBe(404);
  });

  it("sends a question page without a draft back to the start", async () => {
    const result = (await caught(
      questionLoader(get(`/s/${tokens.parent}/q/needs_identified`)),
    )) as Response;
    expect(result.headers.get("Location")).toBe(`/s/${tokens.parent}`);
  });

  it(`stores a finished survey once, however often Send is pressed${raced}`, async () => {
    const cookie = await startParentSurvey();
    await questionAction(
      post(`/s/${tokens.parent}/q/needs_identified`, { answer: "agree" }, cookie),
    );
    const draftId = decodeURIComponent(cookie.split("=")[1]!);
    const [draft] = await handle.db.select().from(drafts).where(eq(drafts.id, draftId));
    const before = await responseCount();
    const sends = await Promise.all(
      Array.from({ length: 3 }, () =>
        caught(
          checkAction(
            post(`/s/${tokens.parent}/check`, { submission: draft!.submissionKey }, cookie),
          ),
        ),
      ),
    );
    for (const sent of sends)
      expect((sent as Response).headers.get("Location")).toBe(`/s/${tokens.parent}/done`);
    expect(await responseCount()).toBe(before + 1);
    // Back and send again, later.
    const again = (await checkAction(
      post(`/s/${tokens.parent}/check`, { submission: draft!.submissionKey }, cookie),
    )) as Response;
    expect(again.headers.get("Location")).toBe(`/s/${tokens.parent}/done`);
    expect(await responseCount()).toBe(before + 1);
  });

  it("saves for later with a code that resumes on another device", async () => {
    const cookie = await startParentSurvey();
    const saved = (await questionAction(
      post(`/s/${tokens.parent}/q/needs_identified`, { answer: "agree", intent: "save" }, cookie),
    )) as Response;
    expect(saved.headers.get("Location")).toBe(`/s/${tokens.parent}/saved`);
    const code = decodeURIComponent(
      /sv_resume=([^;]+)/.exec(saved.headers.get("Set-Cookie")!)![1]!,
    );
    const resumed = (await resumeAction(post("/resume", { code }))) as Response;
    expect(resumed.headers.get("Location")).toBe(`/s/${tokens.parent}/q/assessment_timely`);
    expect(resumed.headers.get("Set-Cookie")).toContain(cookie);
    const wrong = (await resumeAction(post("/resume", { code: "ABCD-EFGH-JK" }))) as {
      init: { status: number };
    };
    expect(wrong.init.status).toBe(400);
  });

  it("finds a survey from its poster code", async () => {
    const found = (await codeAction(
      post("/code", { code: shortCodes.practitioner!.toLowerCase() }),
    )) as Response;
    expect(found.headers.get("Location")).toBe(`/s/${tokens.practitioner}`);
    const empty = (await codeAction(post("/code", { code: "" }))) as {
      data: { error: string };
      init: { status: number };
    };
    expect(empty.init.status).toBe(400);
    expect(empty.data.error).toBe("Enter the survey code");
  });

  it("answers a body that is not a readable form with 400, storing nothing", async () => {
    const cookie = await startParentSurvey();
    const draftId = decodeURIComponent(cookie.split("=")[1]!);
    const path = `/s/${tokens.parent}/q/needs_identified`;
    const bodies: [string, BodyInit][] = [
      ["application/json", JSON.stringify({ answer: "agree" })],
      ["text/plain", "answer=agree"],
      ["application/x-www-form-urlencoded", `answer=${"a".repeat(70_000)}`],
      ["multipart/form-data; boundary=x", "--x\r\nbroken"],
    ];
    for (const [type, body] of bodies) {
      const request = new Request(`http://localhost${path}`, {
        method: "POST",
        body,
        headers: { "Content-Type": type, Cookie: cookie },
      });
      const result = await caught(
        questionAction({ request, params: paramsOf(path), context: { cspNonce: "" } }),
      );
      expect(statusOf(result), type).toBe(400);
    }
    const [draft] = await handle.db.select().from(drafts).where(eq(drafts.id, draftId));
    expect(draft!.answers).toEqual({});
  });

  it("carries on with the same draft when Start is pressed again", async () => {
    const cookie = await startParentSurvey();
    await questionAction(
      post(`/s/${tokens.parent}/q/needs_identified`, { answer: "agree" }, cookie),
    );
    const again = (await startAction(
      post(`/s/${tokens.parent}`, { version: "standard" }, cookie),
    )) as Response;
    expect(again.headers.get("Location")).toBe(`/s/${tokens.parent}/q/assessment_timely`);
    expect(again.headers.get("Set-Cookie")).toBeNull();
  });

  it("stores own words redacted even in a draft, and survives NUL characters", async () => {
    const cookie = await startParentSurvey();
    const result = (await questionAction(
      post(
        `/s/${tokens.parent}/q/improve`,
        { answer: "Ring me on 07700 900123\u0000 please" },
        cookie,
      ),
    )) as Response;
    expect(result.status).toBe(302);
    const draftId = decodeURIComponent(cookie.split("=")[1]!);
    const [draft] = await handle.db.select().from(drafts).where(eq(drafts.id, draftId));
    expect(JSON.stringify(draft!.answers)).not.toContain("07700");
    expect(draft!.answers).toEqual({
      improve: { text: "Ring me on [phone] please", version: "standard" },
    });
  });

  it("refuses a body that streams past the limit without a length", async () => {
    const cookie = await startParentSurvey();
    const path = `/s/${tokens.parent}/q/improve`;
    const chunk = new TextEncoder().encode("answer=" + "a".repeat(40_000));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const request = new Request(`http://localhost${path}`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      duplex: "half",
    } as RequestInit);
    expect(
      statusOf(
        await caught(
          questionAction({ request, params: paramsOf(path), context: { cspNonce: "" } }),
        ),
      ),
    ).toBe(400);
  });

  it("the closed and not-yet-open pages read themselves aloud to children, not to adults", async () => {
    type Thrown = {
      init: { status: number };
      data: { readAloud?: { text: string; lang: string; sources: { src: string }[] } };
    };
    const startPage = async (audience: string) =>
      (await caught(startLoader(get(`/s/${tokens[audience]}`)))) as Thrown;
    const setWindow = (values: Partial<typeof inspections.$inferInsert>) =>
      handle.db.update(inspections).set(values).where(eq(inspections.id, inspectionId));
    const [original] = await handle.db
      .select({ opensAt: inspections.surveysOpenAt })
      .from(inspections)
      .where(eq(inspections.id, inspectionId));
    try {
      await setWindow({ surveysClosedEarly: true });
      const closed = await startPage("child");
      expect(closed.init.status).toBe(410);
      expect(closed.data.readAloud).toMatchObject({
        lang: "en",
        text: "This survey has finished. You cannot answer it now. Thank you for wanting to help.",
      });
      expect((await startPage("parent")).data.readAloud).toBeUndefined();

      await setWindow({
        surveysClosedEarly: false,
        surveysOpenAt: new Date(Date.now() + 86_400_000),
      });
      const notOpen = await startPage("child");
      expect(notOpen.init.status).toBe(403);
      expect(notOpen.data.readAloud?.text).toBe("This survey is not open yet.");
      expect((await startPage("practitioner")).data.readAloud).toBeUndefined();
    } finally {
      await setWindow({ surveysClosedEarly: false, surveysOpenAt: original!.opensAt });
    }
  });

  it("accepts nothing once the survey has closed", async () => {
    const cookie = await startParentSurvey();
    await handle.db
      .update(inspections)
      .set({ surveysClosedEarly: true })
      .where(eq(inspections.id, inspectionId));
    try {
      const before = await responseCount();
      expect(
        statusOf(await caught(startAction(post(`/s/${tokens.parent}`, { version: "standard" })))),
      ).toBe(410);
      expect(
        statusOf(
          await caught(
            questionAction(
              post(`/s/${tokens.parent}/q/needs_identified`, { answer: "agree" }, cookie),
            ),
          ),
        ),
      ).toBe(410);
      expect(
        statusOf(
          await caught(checkAction(post(`/s/${tokens.parent}/check`, { submission: "x" }, cookie))),
        ),
      ).toBe(410);
      expect(await responseCount()).toBe(before);
    } finally {
      await handle.db
        .update(inspections)
        .set({ surveysClosedEarly: false })
        .where(eq(inspections.id, inspectionId));
    }
  });
});

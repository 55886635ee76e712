import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { answers, comments, responses } from "~db/schema";
import { listSurveyLinks } from "~/inspections/survey-links.server";
import { action as startAction } from "~/routes/s.$token._index";
import {
  action as questionAction,
  loader as questionLoader,
} from "~/routes/s.$token.q.$questionId";
import { action as checkAction, loader as checkLoader } from "~/routes/s.$token.check";
import { foldPendingCounts, readCounts } from "~/summary/counts.server";
import { meansTheSame, switchLanding } from "~surveys/switching";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";

/*
 * Changing version or language part way through (#20): answers whose question means the same
 * in the other version are kept, the others are asked again (and said so on the check page),
 * a change of language keeps every answer, the stored response holds each answer with the
 * version it was given in, and the counters count each by its own version.
 */

let handle: DatabaseHandle;
let inspectionId: string;
let tokens: Record<string, string>;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Switchshire" });
  const links = await listSurveyLinks(handle.db, inspectionId);
  tokens = Object.fromEntries(links.map((l) => [l.audience, l.token]));
});
afterAll(() => handle.close());

type Args = Parameters<typeof startAction>[0];
function paramsOf(path: string) {
  const [, , token, q, questionId] = new URL(`http://x${path}`).pathname.split("/");
  return { token, ...(q === "q" ? { questionId } : {}) };
}
const post = (path: string, fields: [string, string][], cookie?: string): Args => ({
  request: new Request(`http://localhost${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
  }),
  params: paramsOf(path),
  context: { cspNonce: "" },
});
const get = (path: string, cookie: string): Args => ({
  request: new Request(`http://localhost${path}`, { headers: { Cookie: cookie } }),
  params: paramsOf(path),
  context: { cspNonce: "" },
});
const locationOf = (response: unknown) => (response as Response).headers.get("Location");
async function thrown(promise: Promise<unknown>) {
  try {
    return await promise;
  } catch (error) {
    return error;
  }
}

/** Starts a survey in a version; the draft's cookie. */
async function start(audience: string, version: string, lng = "en") {
  const fields: [string, string][] = [["version", version]];
  if (audience === "child") fields.push(["consent", "yes"]);
  const started = (await startAction(
    post(`/s/${tokens[audience]}?lng=${lng}`, fields),
  )) as Response;
  return started.headers.get("Set-Cookie")!.split(";")[0]!;
}

/** Answers one question page as it was shown (its version in the form, as the page sends it). */
async function answer(
  audience: string,
  cookie: string,
  questionId: string,
  version: string,
  values: string[],
  { intent = "continue", lng = "en" } = {},
) {
  const fields: [string, string][] = [
    ["version", version],
    ["intent", intent],
    ...values.map((v): [string, string] => ["answer", v]),
  ];
  return questionAction(post(`/s/${tokens[audience]}/q/${questionId}?lng=${lng}`, fields, cookie));
}

async function send(audience: string, cookie: string, lng = "en") {
  const page = await checkLoader(get(`/s/${tokens[audience]}/check?lng=${lng}`, cookie));
  await checkAction(
    post(`/s/${tokens[audience]}/check?lng=${lng}`, [["submission", page.submissionKey]], cookie),
  );
}

const storedAnswers = (responseId: string) =>
  handle.db
    .select({ questionId: answers.questionId, value: answers.value, version: answers.version })
    .from(answers)
    .where(eq(answers.responseId, responseId))
    .orderBy(asc(answers.questionId), asc(answers.value));

describe(`changing version or language part way on ${databaseKind}`, () => {
  it("decides what means the same from the definitions: a five-point scale is not faces, the same options are", () => {
    expect(meansTheSame("child", "needs_noticed", "standard", "easy")).toBe(false);
    expect(meansTheSame("child", "independence_skills", "standard", "easy")).toBe(true);
    expect(meansTheSame("child", "missed_learning", "easy", "standard")).toBe(true);
    expect(meansTheSame("child", "worked_well", "easy", "standard")).toBe(true);
    // Only standard asks it: nothing to keep it as in easy read.
    expect(meansTheSame("child", "help_together", "standard", "easy")).toBe(false);
    // Changing at a question only standard asks carries on at the next one easy read asks.
    expect(switchLanding("child", "help_together", "standard", "easy")).toBe("say_in_plans");
    expect(switchLanding("child", "school_attendance", "easy", "standard")).toBe(
      "school_attendance",
    );
  });

  let childResponse: string;

  it("keeps answers that mean the same, asks again those that do not (the check page says which), and stores each in its own version", async () => {
    const cookie = await start("child", "standard");
    await answer("child", cookie, "needs_noticed", "standard", ["agree"]);
    await answer("child", cookie, "waiting_help", "standard", ["yes"]);
    await answer("child", cookie, "independence_skills", "standard", ["college", "work"]);
    await answer("child", cookie, "worked_well", "standard", ["My teacher listens to me."]);
    // At a question only standard asks: what the page had chosen is kept, then easy read.
    const switched = await answer("child", cookie, "help_together", "standard", ["agree"], {
      intent: "switch",
    });
    expect(locationOf(switched)).toBe(`/s/${tokens.child}/q/say_in_plans`);

    // A standard page opened again (Back) goes to where the person is in easy read.
    const back = await thrown(questionLoader(get(`/s/${tokens.child}/q/help_together`, cookie)));
    expect(locationOf(back)).toBe(`/s/${tokens.child}/q/say_in_plans`);

    // A five-point answer is asked again on faces, showing what was said before.
    const again = await questionLoader(get(`/s/${tokens.child}/q/needs_noticed`, cookie));
    expect(again.definition.version).toBe("easy");
    expect(again.answer).toBeUndefined();
    expect(again.askedAgain).toEqual({
      version: "standard",
      answerKeys: ["survey-common:scale.agree5.agree"],
    });
    expect(again.switchTo).toBe("standard");
    // The same options, and own words, are kept as they were.
    const kept = await questionLoader(get(`/s/${tokens.child}/q/independence_skills`, cookie));
    expect(kept.answer).toMatchObject({ values: ["college", "work"], version: "standard" });
    const words = await questionLoader(get(`/s/${tokens.child}/q/worked_well`, cookie));
    expect(words.answer).toMatchObject({ text: "My teacher listens to me." });

    await answer("child", cookie, "say_in_plans", "easy", ["happy"]);
    const check = await checkLoader(get(`/s/${tokens.child}/check`, cookie));
    const row = (id: string) => check.rows.find((r) => r.id === id)!;
    expect(row("needs_noticed")).toMatchObject({ state: "askedAgain", askedAgainIn: "standard" });
    expect(row("right_help").state).toBe("unanswered");
    expect(row("independence_skills").state).toBe("answered");
    expect(row("say_in_plans").state).toBe("answered");
    expect(check.otherVersion.map((r) => r.id)).toEqual(["waiting_help", "help_together"]);

    await send("child", cookie);
    const [stored] = await handle.db
      .select({ id: responses.id, version: responses.version })
      .from(responses)
      .where(eq(responses.audience, "child"));
    childResponse = stored!.id;
    // Sent from easy read; each answer as it was given, the one asked again and not answered
    // again included, in its own version.
    expect(stored!.version).toBe("easy");
    expect(await storedAnswers(childResponse)).toEqual([
      { questionId: "help_together", value: "agree", version: "standard" },
      { questionId: "independence_skills", value: "college", version: "standard" },
      { questionId: "independence_skills", value: "work", version: "standard" },
      { questionId: "needs_noticed", value: "agree", version: "standard" },
      { questionId: "say_in_plans", value: "happy", version: "easy" },
      { questionId: "waiting_help", value: "yes", version: "standard" },
    ]);
    const [comment] = await handle.db
      .select({ text: comments.text })
      .from(comments)
      .where(eq(comments.responseId, childResponse));
    expect(comment!.text).toBe("My teacher listens to me.");
  });

  it("gives back the earlier answer on switching back to the version it was given in", async () => {
    const cookie = await start("child", "easy");
    await answer("child", cookie, "needs_noticed", "easy", ["sad"]);
    await answer("child", cookie, "right_help", "easy", [], { intent: "switch" });
    const standard = await questionLoader(get(`/s/${tokens.child}/q/needs_noticed`, cookie));
    expect(standard.answer).toBeUndefined();
    expect(standard.askedAgain?.version).toBe("easy");
    // Switching with nothing chosen is not a skip.
    await answer("child", cookie, "right_help", "standard", [], { intent: "switch" });
    const easy = await questionLoader(get(`/s/${tokens.child}/q/needs_noticed`, cookie));
    expect(easy.answer).toMatchObject({ value: "sad", version: "easy" });
    const check = await checkLoader(get(`/s/${tokens.child}/check`, cookie));
    expect(check.rows.find((r) => r.id === "right_help")!.state).toBe("unanswered");
  });

  it("keeps every answer when the language changes part way", async () => {
    const cookie = await start("parent", "standard", "en");
    await answer("parent", cookie, "needs_identified", "standard", ["agree"], { lng: "en" });
    await answer("parent", cookie, "waiting_support", "standard", ["no"], { lng: "ur" });
    await answer("parent", cookie, "improve", "standard", ["Quicker replies, please."], {
      lng: "pl",
    });
    const check = await checkLoader(get(`/s/${tokens.parent}/check?lng=ur`, cookie));
    const answered = check.rows.filter((r) => r.state === "answered").map((r) => r.id);
    expect(answered).toEqual(["needs_identified", "waiting_support", "improve"]);
    await send("parent", cookie, "ur");
    const [stored] = await handle.db
      .select({ id: responses.id, language: responses.language })
      .from(responses)
      .where(eq(responses.audience, "parent"));
    expect(stored!.language).toBe("ur");
    expect(await storedAnswers(stored!.id)).toEqual([
      { questionId: "needs_identified", value: "agree", version: "standard" },
      { questionId: "waiting_support", value: "no", version: "standard" },
    ]);
  });

  it("counts each answer by the version it was given in, before and after the fold", async () => {
    for (const when of ["waiting", "folded"]) {
      if (when === "folded") await foldPendingCounts(handle.db);
      const counts = await readCounts(handle.db, inspectionId, "version");
      const scale = (code: string, value: string) =>
        counts.find(
          (c) =>
            c.kind === "scale" && c.audience === "child" && c.code === code && c.polarity === value,
        )?.answers;
      // needs_noticed on standard's five points, say_in_plans on easy read's faces.
      expect(scale("I1|I1.a,I1.b|agree5", "agree"), when).toBe(1);
      expect(scale("I1|I1.a,I1.b|faces", "agree"), when).toBeUndefined();
      expect(scale("I2|I2.b|faces", "happy"), when).toBe(1);
      // The child who changed is one response, under "mixed", in both the breakdown and the filter.
      const version = (kind: string, value: string) =>
        counts
          .filter(
            (c) =>
              c.kind === kind &&
              c.audience === "child" &&
              c.dimension === "version" &&
              c.dimValue === value &&
              c.code === "",
          )
          .reduce((n, c) => n + c.people, 0);
      expect(version("breakdown", "mixed"), when).toBe(1);
      expect(version("responses", "mixed"), when).toBe(1);
      expect(version("responses", "easy"), when).toBe(0);
    }
  });
});

import fc from "fast-check";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import {
  inspections,
  recordings,
  responses,
  webinarFeedback,
  webinarSignupRequests,
  webinarSignups,
} from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import { startDraft } from "~/responses/drafts.server";
import { draftCookie } from "~/respond/cookies.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { createWebinar } from "~/webinars/webinars.server";
import { getSurvey } from "~surveys";
import { action as bookingAction } from "~/routes/booking.$token._index";
import { action as codeAction } from "~/routes/code";
import { action as displayAction } from "~/routes/display";
import { action as resumeAction } from "~/routes/resume";
import { action as checkAction } from "~/routes/s.$token.check";
import { action as startAction } from "~/routes/s.$token._index";
import { action as questionAction } from "~/routes/s.$token.q.$questionId";
import { action as signInAction } from "~/routes/sign-in";
import { action as signUpAction } from "~/routes/webinars.$token.$webinarId";
import { action as feedbackAction } from "~/routes/webinar-feedback.$token";
import { badBody, contentTypes } from "./bad-input-bodies";
import { routeStatus } from "./route-status";
import { createTestDatabase, databaseKind } from "./test-database";
import { today } from "../clock";

/*
 * Every public form, sent thousands of malformed requests: wrong or missing content types,
 * bytes that are not UTF-8, broken percent-encoding, huge and repeated fields, nested names,
 * JSON where a form belongs. Each must answer 4xx (or send the person somewhere sensible with
 * a redirect), never throw a 500, and store no response and no sign-up.
 */
let handle: DatabaseHandle;
let token: string;
let cookie: string;
let questionId: string;
let ownWordsId: string;
let webinarsToken: string;
let webinarId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const inspectionId = await createInspection(handle.db, {
    localAreaName: "Fuzzshire",
    notifiedOn: today(),
    now: new Date(Date.now() - 60_000),
  });
  token = (await listSurveyLinks(handle.db, inspectionId)).find(
    (l) => l.audience === "parent",
  )!.token;
  const survey = (await findSurveyByToken(handle.db, token))!;
  const draft = await startDraft(handle.db, {
    surveyLinkId: survey.linkId,
    version: "standard",
    language: "en",
  });
  cookie = draftCookie(token, draft.id).split(";")[0]!;
  questionId = getSurvey("parent", "standard").questions[0]!.id;
  ownWordsId = getSurvey("parent", "standard").questions.find((q) => q.kind === "text")!.id;
  const [row] = await handle.db.select({ t: inspections.webinarsToken }).from(inspections);
  webinarsToken = row!.t;
  webinarId = await createWebinar(handle.db, {
    inspectionId,
    title: "Meet us",
    startsAt: new Date(Date.now() + 3 * 86_400_000),
    endsAt: new Date(Date.now() + 3 * 86_400_000 + 3_600_000),
    capacity: 5,
    audience: "both",
    host: "inspectors",
    joinUrl: "https://example.org/room",
  });
});
afterAll(() => handle.close());

type Action = (args: {
  request: Request;
  params: Record<string, string>;
  context: Record<string, unknown>;
}) => Promise<unknown>;

const forms: {
  name: string;
  action: Action;
  path: () => string;
  params: () => Record<string, string>;
}[] = [
  {
    name: "survey start",
    action: startAction as Action,
    path: () => `/s/${token}`,
    params: () => ({ token }),
  },
  {
    name: "survey question",
    action: questionAction as Action,
    path: () => `/s/${token}/q/${questionId}`,
    params: () => ({ token, questionId }),
  },
  {
    name: "own-words question (recording upload)",
    action: questionAction as Action,
    path: () => `/s/${token}/q/${ownWordsId}`,
    params: () => ({ token, questionId: ownWordsId }),
  },
  {
    name: "display options",
    action: displayAction as Action,
    path: () => "/display",
    params: () => ({}),
  },
  {
    name: "check and send",
    action: checkAction as Action,
    path: () => `/s/${token}/check`,
    params: () => ({ token }),
  },
  { name: "poster code", action: codeAction as Action, path: () => "/code", params: () => ({}) },
  { name: "resume", action: resumeAction as Action, path: () => "/resume", params: () => ({}) },
  { name: "sign in", action: signInAction as Action, path: () => "/sign-in", params: () => ({}) },
  {
    name: "webinar sign-up",
    action: signUpAction as Action,
    path: () => `/webinars/${webinarsToken}/${webinarId}`,
    params: () => ({ token: webinarsToken, webinarId }),
  },
  {
    name: "booking",
    action: bookingAction as Action,
    path: () => "/booking/aaaaaaaaaaaaaaaaaaaaaaaa",
    params: () => ({ token: "aaaaaaaaaaaaaaaaaaaaaaaa" }),
  },
  {
    name: "webinar feedback",
    action: feedbackAction as Action,
    path: () => "/webinar-feedback/aaaaaaaaaaaaaaaaaaaaaaaa",
    params: () => ({ token: "aaaaaaaaaaaaaaaaaaaaaaaa" }),
  },
];

const stored = async () => ({
  responses: (await handle.db.select({ n: count() }).from(responses))[0]!.n,
  signups: (await handle.db.select({ n: count() }).from(webinarSignups))[0]!.n,
  signUpRequests: (await handle.db.select({ n: count() }).from(webinarSignupRequests))[0]!.n,
  recordings: (await handle.db.select({ n: count() }).from(recordings))[0]!.n,
  webinarFeedback: (await handle.db.select({ n: count() }).from(webinarFeedback))[0]!.n,
});

describe(`malformed requests to every public form on ${databaseKind}`, () => {
  for (const form of forms) {
    it(`${form.name}: 4xx or a redirect, never an error, nothing stored`, async () => {
      const before = await stored();
      await fc.assert(
        fc.asyncProperty(badBody, fc.constantFrom(...contentTypes), async (payload, type) => {
          // "send" with a real draft is a real (empty) submission, not bad input: the check
          // page gets requests with no draft, which must still answer calmly.
          const headers: Record<string, string> =
            form.name === "check and send" ? {} : { Cookie: cookie };
          if (type) headers["Content-Type"] = type;
          const request = new Request(`http://localhost${form.path()}`, {
            method: "POST",
            headers,
            body: payload,
          });
          const status = await routeStatus(() =>
            form.action({ request, params: form.params(), context: {} }),
          );
          expect(status, `${form.name} answered ${status}`).toBeLessThan(500);
          expect(status === 200 || status === 204).toBe(false);
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
      );
      expect(await stored()).toEqual(before);
    });
  }
});

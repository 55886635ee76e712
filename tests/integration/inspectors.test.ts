import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings } from "~/platform/settings.server";
import { auditLog, inspectionTeam, inspections, users } from "~db/schema";
import { hashPassword } from "~/auth/password.server";
import {
  currentInspector,
  idleTimeoutMs,
  requireInspectionAccess,
  safeReturnTo,
  startSession,
} from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { listComments, recodeComment } from "~/coding/comments.server";
import { areaCountsByToken, makeAreaCountsLink } from "~/inspections/area-counts.server";
import { loader as areaLoader } from "~/routes/area.$token";
import { createInspection } from "~/inspections/inspections.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { inspectionSummary } from "~/summary/summary.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { action as signInAction, loader as signInLoader } from "~/routes/sign-in";
import { action as commentsAction } from "~/routes/inspections.$inspectionId.comments";
import type { KeptSubmission } from "~/auth/kept-submission";
import {
  action as overviewAction,
  loader as overviewLoader,
} from "~/routes/inspections.$inspectionId._index";
import { action as newInspectionAction } from "~/routes/inspections.new";
import {
  action as closeAction,
  loader as closeLoader,
} from "~/routes/inspections.$inspectionId.close";
import { action as accountsAction, loader as accountsLoader } from "~/routes/admin.accounts";
import { loader as auditLoader } from "~/routes/admin.audit";
import { action as teamAction } from "~/routes/inspections.$inspectionId.team";
import {
  action as datesAction,
  loader as datesLoader,
} from "~/routes/inspections.$inspectionId.dates";
import { loader as posterLoader } from "~/routes/inspections.$inspectionId.poster.$audience";
import { loader as summaryLoader } from "~/routes/inspections.$inspectionId.summary";
import { loader as exportLoader } from "~/routes/inspections.$inspectionId.export.$file";
import { getSurvey } from "~surveys";
import { formatDate } from "~/i18n/format";
import { londonDateTime } from "~/platform/time";
import { dateFields, daysFromToday, today } from "../clock";
import { createTestDatabase, databaseKind } from "./test-database";

let handle: DatabaseHandle;
let lead: string;
let other: string;
let ours: string;
let theirs: string;

async function user(email: string) {
  const [row] = await handle.db
    .insert(users)
    .values({
      email,
      name: email.split("@")[0]!,
      passwordHash: await hashPassword("a long enough password"),
      role: "inspector",
    })
    .returning({ id: users.id });
  return row!.id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  lead = await user("lead@inspect.test");
  other = await user("other@inspect.test");
  const now = new Date(Date.now() - 60_000);
  ours = await createInspection(handle.db, {
    localAreaName: "Ourshire",
    notifiedOn: today(),
    team: [{ userId: lead, role: "lead" }],
    now,
  });
  theirs = await createInspection(handle.db, {
    localAreaName: "Theirshire",
    notifiedOn: today(),
    team: [{ userId: other, role: "lead" }],
    now,
  });
});
afterAll(() => handle.close());

const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;
/** The sign-in form, sent as a browser would. */
const post = (fields: Record<string, string>) =>
  signInAction({
    request: new Request("http://localhost/sign-in", {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    }),
    params: {},
    context: { cspNonce: "" },
  });
const args = (path: string, cookie?: string, params: Record<string, string> = {}) => ({
  request: new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} }),
  params,
  context: { cspNonce: "" },
});
const postAs = (cookie: string, path: string, fields: Record<string, string>) => ({
  request: new Request(`http://localhost${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
  }),
  params: { inspectionId: path.split("/")[2] ?? "" },
  context: { cspNonce: "" },
});
const statusOf = (thrown: unknown) =>
  thrown instanceof Response
    ? thrown.status
    : (thrown as { init?: { status?: number } })?.init?.status;
async function caught(promise: Promise<unknown>) {
  try {
    return await promise;
  } catch (thrown) {
    return thrown;
  }
}

describe(`inspector accounts and access on ${databaseKind}`, () => {
  it("signs in with the right password only, and audits both", async () => {
    expect(await signIn(handle.db, "LEAD@inspect.test ", "a long enough password")).toEqual({
      ok: true,
      userId: lead,
    });
    expect(await signIn(handle.db, "lead@inspect.test", "wrong")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signIn(handle.db, "nobody@inspect.test", "wrong")).toEqual({
      ok: false,
      reason: "invalid",
    });
    const log = await handle.db.select().from(auditLog);
    expect(log.filter((e) => e.action === "sign_in" && e.userId === lead)).toHaveLength(1);
    expect(log.filter((e) => e.action === "sign_in_failed").length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(log)).not.toContain("wrong");
  });

  it("limits sign-in attempts per account, shared through the database", async () => {
    const results = [];
    for (let i = 0; i < 12; i += 1)
      results.push(await signIn(handle.db, "other@inspect.test", "guess"));
    expect(results.slice(0, 10).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, reason: "rate_limited" });
    // Even the right password is refused while limited.
    expect(await signIn(handle.db, "other@inspect.test", "a long enough password")).toMatchObject({
      reason: "rate_limited",
    });
  });

  it("gives a new session id at every sign-in, and ends sessions when idle", async () => {
    const first = await startSession(lead);
    const second = await startSession(lead);
    expect(first).not.toBe(second);
    const now = Date.now();
    const session = cookieOf(await startSession(lead, now));
    expect(
      (await currentInspector(handle.db, args("/", session).request, now + 1000))?.inspector.id,
    ).toBe(lead);
    expect(
      await currentInspector(handle.db, args("/", session).request, now + idleTimeoutMs() + 1),
    ).toBeUndefined();
    expect(
      await currentInspector(handle.db, args("/", "sv_session=forged").request),
    ).toBeUndefined();
  });

  it("says why a session ended, and keeps a form sent after it ended through sign-in", async () => {
    const thirtyOneMinutesAgo = Date.now() - idleTimeoutMs() - 60_000;
    const stale = cookieOf(await startSession(lead, thirtyOneMinutesAgo));
    // A page asked for goes to sign-in, which says why.
    const page = await caught(
      overviewLoader(args(`/inspections/${ours}`, stale, { inspectionId: ours })),
    );
    expect((page as Response).status).toBe(302);
    const location = (page as Response).headers.get("Location")!;
    expect(location).toBe(
      `/sign-in?returnTo=${encodeURIComponent(`/inspections/${ours}`)}&reason=idle`,
    );
    const signInPage = await signInLoader(args(location));
    expect(signInPage.reason).toMatch(/nothing was done for 30 minutes/);

    // A form sent after the end is answered 401 with what it held: nothing is saved, nothing lost.
    const transcript = "She said the speech therapist came every week and it really helped.";
    const sent = await caught(
      commentsAction(
        postAs(stale, `/inspections/${ours}/comments?audience=parent`, {
          intent: "transcribe",
          recordingId: "00000000-0000-4000-8000-000000000000",
          transcript,
        }),
      ),
    );
    expect(statusOf(sent)).toBe(401);
    const kept = (sent as { data: { kept: KeptSubmission } }).data.kept;
    expect(kept).toMatchObject({
      reason: "idle",
      action: `/inspections/${ours}/comments?audience=parent`,
      droppedFiles: 0,
    });
    expect(kept.fields).toContainEqual(["transcript", transcript]);

    // Signing in again with it offers to send it where it was going, with a fresh session.
    const wrong = (await post({
      email: "lead@inspect.test",
      password: "not it",
      kept: JSON.stringify(kept),
    })) as { data: { kept: KeptSubmission }; init: { status: number } };
    expect(wrong.init.status).toBe(400);
    expect(wrong.data.kept).toEqual(kept);
    const right = (await post({
      email: "lead@inspect.test",
      password: "a long enough password",
      kept: JSON.stringify(kept),
    })) as { data: { resubmit: KeptSubmission }; init: { headers: Record<string, string> } };
    expect(right.data.resubmit).toEqual(kept);
    const fresh = cookieOf(right.init.headers["Set-Cookie"]!);
    expect((await currentInspector(handle.db, args("/", fresh).request))?.inspector.id).toBe(lead);
    // Someone else signing in on that page does not send it: it was the lead's.
    await user("next.person@inspect.test");
    const someoneElse = (await post({
      email: "next.person@inspect.test",
      password: "a long enough password",
      kept: JSON.stringify(kept),
    })) as Response;
    expect(someoneElse.status).toBe(302);
    // An altered kept form is ignored: sign-in goes on as usual.
    for (const elsewhere of [
      "https://elsewhere.example/",
      "//elsewhere.example",
      "/\\x",
      "/\t/x",
    ]) {
      const altered = (await post({
        email: "lead@inspect.test",
        password: "a long enough password",
        kept: JSON.stringify({ ...kept, action: elsewhere }),
      })) as Response;
      expect(altered.status).toBe(302);
    }

    // The idle time is a setting.
    loadSettings({ ...process.env, SESSION_IDLE_MINUTES: "90" });
    try {
      expect(idleTimeoutMs()).toBe(90 * 60_000);
      expect((await currentInspector(handle.db, args("/", stale).request))?.inspector.id).toBe(
        lead,
      );
    } finally {
      loadSettings(process.env);
    }
  });

  it("the sign-in action answers 400 with words for bad input, and signs in good input", async () => {
    const empty = (await post({})) as {
      data: { errors: Record<string, string> };
      init: { status: number };
    };
    expect(empty.init.status).toBe(400);
    expect(empty.data.errors).toEqual({
      email: "Enter your email address",
      password: "Enter your password",
    });
    const good = (await post({
      email: "lead@inspect.test",
      password: "a long enough password",
      returnTo: "//evil.example",
    })) as Response;
    expect(good.headers.get("Location")).toBe("/inspections");
    expect(good.headers.get("Set-Cookie")).toMatch(/^sv_session=.*HttpOnly.*SameSite=Lax/);
  });

  it("keeps returnTo on this site", () => {
    expect(safeReturnTo("/inspections/x")).toBe("/inspections/x");
    for (const bad of [
      "//evil.example",
      "/\t/evil.example",
      "/\n/x",
      "https://evil.example",
      "/\\evil",
      42,
      null,
    ])
      expect(safeReturnTo(bad)).toBe("/inspections");
  });

  it("shows an inspection only to its team: everyone else gets 404", async () => {
    await expect(requireInspectionAccess(handle.db, lead, ours)).resolves.toMatchObject({
      role: "lead",
    });
    for (const [who, id] of [
      [lead, theirs],
      [other, ours],
      [lead, "not-a-uuid"],
      [lead, "00000000-0000-0000-0000-000000000000"],
    ] as const) {
      const thrown = await caught(requireInspectionAccess(handle.db, who, id));
      expect((thrown as Response).status).toBe(404);
    }
    const session = cookieOf(await startSession(lead));
    for (const loader of [overviewLoader, summaryLoader]) {
      const path = `/inspections/${theirs}`;
      expect(
        ((await caught(loader(args(path, session, { inspectionId: theirs })))) as Response).status,
      ).toBe(404);
      const anonymous = (await caught(
        loader(args(path, undefined, { inspectionId: ours })),
      )) as Response;
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("Location")).toBe(
        `/sign-in?returnTo=${encodeURIComponent(path)}`,
      );
      await expect(
        loader(args(`/inspections/${ours}`, session, { inspectionId: ours })),
      ).resolves.toBeTruthy();
    }
  });

  it("removing someone from the team removes their access", async () => {
    const temp = await user("temp@inspect.test");
    await handle.db.insert(inspectionTeam).values({ inspectionId: ours, userId: temp });
    await expect(requireInspectionAccess(handle.db, temp, ours)).resolves.toBeTruthy();
    await handle.db.delete(inspectionTeam).where(eq(inspectionTeam.userId, temp));
    expect(
      ((await caught(requireInspectionAccess(handle.db, temp, ours))) as Response).status,
    ).toBe(404);
  });
});

describe(`the coded summary on ${databaseKind}`, () => {
  async function respond(
    inspectionId: string,
    audience: "parent" | "practitioner",
    value: string,
    count: number,
  ) {
    const link = (await listSurveyLinks(handle.db, inspectionId)).find(
      (l) => l.audience === audience,
    )!;
    const survey = (await findSurveyByToken(handle.db, link.token))!;
    const definition = getSurvey(audience, "standard");
    const question = definition.questions[0]!;
    for (let i = 0; i < count; i += 1) {
      const draft = await startDraft(handle.db, {
        surveyLinkId: survey.linkId,
        version: "standard",
        language: "en",
      });
      await saveDraftAnswer(handle.db, draft.id, question.id, { value });
      await submitResponse(handle.db, {
        inspectionId,
        audience,
        definition,
        draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
        language: "en",
      });
    }
    return question;
  }

  it("counts coded answers by criterion and polarity, hiding small figures and a partner", async () => {
    const question = await respond(ours, "parent", "agree", 30);
    await respond(ours, "parent", "strongly_disagree", 12);
    await respond(ours, "parent", "dont_know", 3);
    await respond(ours, "practitioner", "agree", 4);
    const summary = await inspectionSummary(handle.db, ours, 10);
    const row = summary.byAudience.parent.find((r) => r.criterion === question.criteria[0])!.row;
    expect(row.total).toEqual({ suppressed: false, count: 45, percent: 100 });
    // positive 30, neutral 0, negative 12 (hidden as the partner of don't know's 3: "withheld",
    // since 12 people is not "fewer than 10"), don't know 3 (hidden: "fewer than 10 people")
    expect(row.cells).toEqual([
      { suppressed: false, count: 30, percent: 66.7 },
      { suppressed: false, count: 0, percent: 0 },
      { suppressed: true, reason: "withheld" },
      { suppressed: true, reason: "few" },
    ]);
    expect(summary.byAudience.practitioner.every((r) => r.row.suppressed)).toBe(true);
    // The 3 "don't know" answers are an atom too small to separate: no sub-points shown.
    expect(summary.subPoints.parent![question.criteria[0]!]).toMatchObject({
      available: false,
      rows: [],
    });
    expect(summary.responses.parent).toEqual({ suppressed: false, count: 45, percent: 100 });
    expect(summary.responses.practitioner).toEqual({ suppressed: true, reason: "few" });
    // The practitioners' 4 cannot be worked out as the total minus the others.
    expect(summary.totalResponses).toEqual({ suppressed: true, reason: "withheld" });
    const their = await inspectionSummary(handle.db, theirs, 10);
    expect(their.byAudience.parent).toEqual([]);
  });
});

describe(`setting up and running an inspection on ${databaseKind}`, () => {
  it("refuses a bad form with words, then sets up the inspection with its creator as lead", async () => {
    const session = cookieOf(await startSession(lead));
    const bad = (await newInspectionAction(
      postAs(session, "/inspections/new", {
        localAreaName: "",
        notifiedDay: "31",
        notifiedMonth: "2",
        notifiedYear: "2026",
        supportUrl: "javascript:alert(1)",
      }),
    )) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    expect(bad.data.errors).toEqual({
      localAreaName: "Enter the name of the local area partnership",
      notifiedOn: "Enter the date the local area was told, as a real date, for example 23 11 2026",
      supportUrl: "Enter a website address that starts with https://",
    });
    const good = (await newInspectionAction(
      postAs(session, "/inspections/new", {
        localAreaName: "Newshire",
        ...dateFields("notified", today()),
        supportUrl: "https://newshire.example/sendiass",
      }),
    )) as Response;
    const id = good.headers.get("Location")!.split("/")[2]!;
    await expect(requireInspectionAccess(handle.db, lead, id)).resolves.toMatchObject({
      role: "lead",
    });
    const created = await handle.db.select().from(auditLog).where(eq(auditLog.inspectionId, id));
    expect(created.map((e) => e.action)).toEqual(["inspection_created"]);
  });

  it("refuses an area or support service with a line break, in words, making nothing", async () => {
    const session = cookieOf(await startSession(lead));
    const before = (await handle.db.select().from(inspections)).length;
    const bad = (await newInspectionAction(
      postAs(session, "/inspections/new", {
        localAreaName: "Oakshire\nYour surveys are closed",
        ...dateFields("notified", today()),
        supportName: "SENDIASS\u0000",
      }),
    )) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    const oneLine = "Enter this on one line, without line breaks or hidden characters";
    expect(bad.data.errors).toEqual({ localAreaName: oneLine, supportName: oneLine });
    expect(await handle.db.select().from(inspections)).toHaveLength(before);
  });

  it("takes a notification day from a week ago to eight weeks ahead, and opens the surveys on it", async () => {
    const session = cookieOf(await startSession(lead));
    const setUp = (day: string) =>
      newInspectionAction(
        postAs(session, "/inspections/new", {
          localAreaName: "Whenshire",
          ...dateFields("notified", day),
        }),
      );
    const late = (await setUp(daysFromToday(-8))) as {
      data: { errors: Record<string, string> };
      init: { status: number };
    };
    expect(late.init.status).toBe(400);
    expect(late.data.errors.notifiedOn).toMatch(/in the last 7 days/);
    const far = (await setUp(daysFromToday(57))) as { data: { errors: Record<string, string> } };
    expect(far.data.errors.notifiedOn).toBe(
      `Enter a date in the next 8 weeks, up to ${formatDate(daysFromToday(56), "en")}: the local area is told 10 working days before fieldwork`,
    );
    // Set up ahead of the day: the surveys open at 9am on it, not at once.
    const ahead = (await setUp(daysFromToday(3))) as Response;
    expect(ahead.status).toBe(302);
    const id = ahead.headers.get("Location")!.split("/")[2]!;
    const [row] = await handle.db.select().from(inspections).where(eq(inspections.id, id));
    expect(row!.surveysOpenAt.toISOString()).toBe(
      londonDateTime(daysFromToday(3), "09:00").toISOString(),
    );
    const link = (await listSurveyLinks(handle.db, id))[0]!;
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("not_open");
    // A week ago is still open for one more day.
    expect(((await setUp(daysFromToday(-7))) as Response).status).toBe(302);
  });

  it("closes and reopens surveys, for the team only", async () => {
    const session = cookieOf(await startSession(lead));
    const link = (await listSurveyLinks(handle.db, ours)).find((l) => l.audience === "child")!;
    // Closing asks first: a Close from the overview (or an old page) goes to the question.
    const asked = (await overviewAction(
      postAs(session, `/inspections/${ours}`, { intent: "close" }),
    )) as Response;
    expect(asked.headers.get("Location")).toBe(`/inspections/${ours}/close`);
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("open");
    const question = await closeLoader(
      args(`/inspections/${ours}/close`, session, { inspectionId: ours }),
    );
    expect(question.alreadyClosed).toBe(false);
    expect(question.recordingDays).toBe(28);
    await closeAction(postAs(session, `/inspections/${ours}/close`, { intent: "close" }));
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("closed");
    const again = await closeLoader(
      args(`/inspections/${ours}/close`, session, { inspectionId: ours }),
    );
    expect(again.alreadyClosed).toBe(true);
    await overviewAction(postAs(session, `/inspections/${ours}`, { intent: "reopen" }));
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("open");
    const outsider = cookieOf(await startSession(other));
    expect(
      (
        (await caught(
          overviewAction(postAs(outsider, `/inspections/${ours}`, { intent: "close" })),
        )) as Response
      ).status,
    ).toBe(404);
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("open");
  });

  it("sends a lead whose surveys' closing time has passed to choose a new one, and reopens them only then", async () => {
    const session = cookieOf(await startSession(lead));
    const passed = await createInspection(handle.db, {
      localAreaName: "Pastshire",
      notifiedOn: daysFromToday(-10),
      team: [{ userId: lead, role: "lead" }],
      now: new Date(Date.now() - 9 * 86_400_000),
    });
    const [closedAt] = await handle.db
      .select({ closes: inspections.surveysCloseAt })
      .from(inspections)
      .where(eq(inspections.id, passed));
    expect(closedAt!.closes.getTime()).toBeLessThan(Date.now());
    const link = (await listSurveyLinks(handle.db, passed)).find((l) => l.audience === "parent")!;
    const audits = async () =>
      (await handle.db.select().from(auditLog).where(eq(auditLog.inspectionId, passed))).length;

    // The overview offers the dates page, not a Reopen button that would do nothing.
    const overview = await overviewLoader(
      args(`/inspections/${passed}`, session, { inspectionId: passed }),
    );
    expect(overview.closingTimePassed).toBe(true);

    // A Reopen posted anyway (an old page, no JavaScript) changes nothing and says where to go.
    await closeAction(postAs(session, `/inspections/${passed}/close`, { intent: "close" }));
    const before = await audits();
    const reopen = (await overviewAction(
      postAs(session, `/inspections/${passed}`, { intent: "reopen" }),
    )) as Response;
    expect(reopen.status).toBe(302);
    expect(reopen.headers.get("Location")).toBe(`/inspections/${passed}/dates?reopen=1`);
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("closed");
    expect(await audits()).toBe(before);

    const dates = await datesLoader(
      args(`/inspections/${passed}/dates?reopen=1`, session, { inspectionId: passed }),
    );
    expect(dates.reopen).toBe("closingTimePassed");
    expect(dates.reopenMessage).toMatch(/has passed/);

    const fields = (closesOn: string) => ({
      reopen: "1",
      ...dateFields("notified", daysFromToday(-10)),
      ...dateFields("opens", daysFromToday(-9)),
      opensAt: "09:00",
      ...dateFields("closes", closesOn),
      closesAt: "09:00",
      ...dateFields("week2", daysFromToday(-3)),
      ...dateFields("week3", daysFromToday(4)),
    });
    const stillPast = (await datesAction(
      postAs(session, `/inspections/${passed}/dates?reopen=1`, fields(daysFromToday(-1))),
    )) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(stillPast.init.status).toBe(400);
    expect(stillPast.data.errors.closesOn).toMatch(/has not passed yet/);
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("closed");

    const saved = (await datesAction(
      postAs(session, `/inspections/${passed}/dates?reopen=1`, fields(daysFromToday(2))),
    )) as Response;
    expect(saved.status).toBe(302);
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("open");
    const [row] = await handle.db.select().from(inspections).where(eq(inspections.id, passed));
    expect(row!.surveysClosedEarly).toBe(false);
    expect(row!.surveysClosedAt).toBeNull();
  });

  it("lets only the lead close, reopen or change the dates, and never moves closing into the past", async () => {
    const [memberId] = await handle.db
      .insert(users)
      .values({
        email: "member@inspect.test",
        name: "member",
        passwordHash: await hashPassword("a long enough password"),
        role: "inspector",
      })
      .returning({ id: users.id });
    await handle.db
      .insert(inspectionTeam)
      .values({ inspectionId: ours, userId: memberId!.id, role: "member" });
    const member = cookieOf(await startSession(memberId!.id));
    const link = (await listSurveyLinks(handle.db, ours)).find((l) => l.audience === "child")!;
    for (const intent of ["close", "reopen"]) {
      const refused = await caught(
        overviewAction(postAs(member, `/inspections/${ours}`, { intent })),
      );
      expect(statusOf(refused)).toBe(403);
    }
    for (const attempt of [
      closeLoader(args(`/inspections/${ours}/close`, member, { inspectionId: ours })),
      closeAction(postAs(member, `/inspections/${ours}/close`, { intent: "close" })),
    ])
      expect(statusOf(await caught(attempt))).toBe(403);
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("open");
    expect(
      statusOf(
        await caught(
          datesLoader(args(`/inspections/${ours}/dates`, member, { inspectionId: ours })),
        ),
      ),
    ).toBe(403);
    const dates = (closesOn: string) => ({
      ...dateFields("notified", daysFromToday(-3)),
      ...dateFields("opens", daysFromToday(-3)),
      opensAt: "00:00",
      ...dateFields("closes", closesOn),
      closesAt: "09:00",
      ...dateFields("week2", daysFromToday(7)),
      ...dateFields("week3", daysFromToday(14)),
    });
    expect(
      statusOf(
        await caught(
          datesAction(postAs(member, `/inspections/${ours}/dates`, dates(daysFromToday(3)))),
        ),
      ),
    ).toBe(403);
    // The member still sees the inspection, without the lead's controls.
    const overview = await overviewLoader(
      args(`/inspections/${ours}`, member, { inspectionId: ours }),
    );
    expect(overview.isLead).toBe(false);

    // The lead cannot move the closing time into the past (that would close the surveys and
    // let the retention sweep delete drafts); they close them with Close, which says so.
    const lead_ = cookieOf(await startSession(lead));
    const past = (await datesAction(
      postAs(lead_, `/inspections/${ours}/dates`, dates(daysFromToday(-1))),
    )) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(past.init.status).toBe(400);
    expect(past.data.errors.closesOn).toMatch(/cannot be in the past/);
    expect((await findSurveyByToken(handle.db, link.token))!.state).toBe("open");
  });

  it("makes a poster with a QR code for the team only", async () => {
    const session = cookieOf(await startSession(lead));
    const poster = await posterLoader(
      args(`/inspections/${ours}/poster/parent`, session, {
        inspectionId: ours,
        audience: "parent",
      }),
    );
    expect(poster.qrSrc).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(poster.shortCode).toMatch(/^[A-Z2-9]{6}$/);
    const outsider = cookieOf(await startSession(other));
    expect(
      (
        (await caught(
          posterLoader(
            args(`/inspections/${ours}/poster/parent`, outsider, {
              inspectionId: ours,
              audience: "parent",
            }),
          ),
        )) as Response
      ).status,
    ).toBe(404);
  });
});

describe(`comments and recoding on ${databaseKind}`, () => {
  async function comment(inspectionId: string, text: string) {
    const link = (await listSurveyLinks(handle.db, inspectionId)).find(
      (l) => l.audience === "parent",
    )!;
    const survey = (await findSurveyByToken(handle.db, link.token))!;
    const definition = getSurvey("parent", "standard");
    const draft = await startDraft(handle.db, {
      surveyLinkId: survey.linkId,
      version: "standard",
      language: "en",
    });
    await saveDraftAnswer(handle.db, draft.id, "improve", { text });
    await submitResponse(handle.db, {
      inspectionId,
      audience: "parent",
      definition,
      draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
      language: "en",
    });
  }

  it("suggests codes with reasons, lets the team recode, and audits before and after", async () => {
    await comment(
      ours,
      "We waited two years for an autism assessment with no support, and he was excluded from school.",
    );
    const [first] = await listComments(handle.db, ours, { criterion: "AP" });
    expect(first!.text).toContain("autism assessment");
    expect(first!.sentiment).toBe("negative");
    const suggested = Object.fromEntries(first!.codes.map((c) => [c.criterion, c]));
    expect(suggested.AP).toMatchObject({ status: "suggested", reason: "words: excluded" });
    // Asked "What could be better?", an open question: coded from the words alone (#19).
    expect(suggested.I3!.reason).toBe("words: support");
    expect(suggested.L5).toBeUndefined();
    await recodeComment(handle.db, {
      userId: lead,
      inspectionId: ours,
      commentId: first!.id,
      criteria: ["I1", "AP", "NOT-A-CODE"],
    });
    const [after] = (await listComments(handle.db, ours)).filter((c) => c.id === first!.id);
    const status = Object.fromEntries(after!.codes.map((c) => [c.criterion, c.status]));
    expect(status).toMatchObject({
      I1: "confirmed",
      AP: "confirmed",
      I3: "removed",
    });
    expect(status["NOT-A-CODE"]).toBeUndefined();
    // Removed codes no longer put the comment under that criterion.
    expect(
      (await listComments(handle.db, ours, { criterion: "L5" })).some((c) => c.id === first!.id),
    ).toBe(false);
    const [entry] = await handle.db.select().from(auditLog).where(eq(auditLog.action, "recode"));
    expect(entry!.detail).toMatchObject({ commentId: first!.id, after: ["AP", "I1"] });
    expect((entry!.detail as { before: string[] }).before).toEqual(
      expect.arrayContaining(["AP", "I1", "I3"]),
    );
  });

  it("will not recode another inspection's comment", async () => {
    const [mine] = await listComments(handle.db, ours);
    const result = await recodeComment(handle.db, {
      userId: other,
      inspectionId: theirs,
      commentId: mine!.id,
      criteria: ["L1"],
    });
    expect(result.found).toBe(false);
  });
});

describe(`exports on ${databaseKind}`, () => {
  it("neutralises spreadsheet formulas and audits each download; strangers get 404", async () => {
    for (let i = 0; i < 10; i += 1) {
      const link = (await listSurveyLinks(handle.db, ours)).find((l) => l.audience === "parent")!;
      const survey = (await findSurveyByToken(handle.db, link.token))!;
      const draft = await startDraft(handle.db, {
        surveyLinkId: survey.linkId,
        version: "standard",
        language: "en",
      });
      await saveDraftAnswer(handle.db, draft.id, "improve", {
        text: i === 0 ? '=HYPERLINK("http://evil.example","click")' : "-1+1 more support please",
      });
      await submitResponse(handle.db, {
        inspectionId: ours,
        audience: "parent",
        definition: getSurvey("parent", "standard"),
        draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
        language: "en",
      });
    }
    const session = cookieOf(await startSession(lead));
    const response = (await exportLoader(
      args(`/inspections/${ours}/export/comments.csv`, session, {
        inspectionId: ours,
        file: "comments.csv",
      }),
    )) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const csv = await response.text();
    expect(csv).toContain(`"'=HYPERLINK`);
    expect(csv).toContain("'-1+1 more support please");
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const summary = (await exportLoader(
      args(`/inspections/${ours}/export/summary.csv`, session, {
        inspectionId: ours,
        file: "summary.csv",
      }),
    )) as Response;
    const summaryText = await summary.text();
    expect(summaryText).toContain("Parents and carers");
    // Each download says which inspection and when, first, and is named by both (#25).
    for (const [download, text, what] of [
      [response, csv, "comments"],
      [summary, summaryText, "summary"],
    ] as const) {
      expect(download.headers.get("Content-Disposition")).toBe(
        `attachment; filename="send-voice-ourshire-${what}-${today()}.csv"`,
      );
      const [about, made, blank] = text.replace(/^\uFEFF/, "").split("\r\n");
      expect(about).toMatch(/^(Summary of responses|Comments): area SEND inspection of Ourshire$/);
      expect(made).toMatch(/^"?Made on \w+,? \d{1,2} \w+ \d{4},? at \d{1,2}:\d{2}/);
      expect(blank).toBe("");
    }
    const exports = await handle.db.select().from(auditLog).where(eq(auditLog.action, "export"));
    expect(exports.map((e) => (e.detail as { file: string }).file).sort()).toEqual([
      "comments.csv",
      "summary.csv",
    ]);
    const outsider = cookieOf(await startSession(other));
    const refused = await caught(
      exportLoader(
        args(`/inspections/${ours}/export/comments.csv`, outsider, {
          inspectionId: ours,
          file: "comments.csv",
        }),
      ),
    );
    expect((refused as Response).status).toBe(404);
  });
});

describe(`the local area's live counts on ${databaseKind}`, () => {
  it("shows counts by audience and day, suppressed, behind a link only the newest works for", async () => {
    const token = await makeAreaCountsLink(handle.db, lead, ours);
    const counts = (await areaCountsByToken(handle.db, token, 10))!;
    expect(counts.areaName).toBe("Ourshire");
    expect(counts.totals.parent).toMatchObject({ suppressed: false });
    expect(counts.totals.practitioner).toEqual({ suppressed: true, reason: "few" });
    expect(counts.totals.child).toEqual({ suppressed: false, count: 0, percent: 100 });
    expect(JSON.stringify(counts)).not.toMatch(/agree|autism|HYPERLINK/);
    const stored = await handle.db
      .select({ hash: inspections.areaCountsTokenHash })
      .from(inspections)
      .where(eq(inspections.id, ours));
    expect(stored[0]!.hash).not.toBe(token);
    const newer = await makeAreaCountsLink(handle.db, lead, ours);
    expect(await areaCountsByToken(handle.db, token, 10)).toBeUndefined();
    expect(await areaCountsByToken(handle.db, newer, 10)).toBeDefined();
    // Its days as people read them, not ISO (#25).
    const areaPage = await areaLoader(args(`/area/${newer}`, undefined, { token: newer }));
    expect(areaPage.days.length).toBeGreaterThan(0);
    for (const row of areaPage.days) {
      expect(row.dayText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(row.dayText).toMatch(/^\w+,? \d{1,2} \w+ \d{4}$/);
    }
    expect(await areaCountsByToken(handle.db, "x".repeat(32), 10)).toBeUndefined();
    const page = await caught(areaLoader(args(`/area/nope`, undefined, { token: "nope" })));
    expect((page as { init: { status: number } }).init.status).toBe(404);
  });
});

describe(`response breakdowns on ${databaseKind}`, () => {
  it("counts responses by version, language, channel and day, suppressing small groups with a partner", async () => {
    const summary = await inspectionSummary(handle.db, ours, 10);
    const by = Object.fromEntries(summary.breakdowns.map((b) => [b.by, b.rows]));
    // Per audience, never added across audiences: the practitioners' 4 stay hidden here too.
    expect(by.version).toEqual([
      {
        value: "standard",
        counts: {
          child: { suppressed: false, count: 0, percent: 0 },
          parent: { suppressed: false, count: expect.any(Number), percent: 100 },
          practitioner: { suppressed: true, reason: "few" },
        },
      },
    ]);
    expect(by.channel!.map((r) => r.value)).toEqual(["online"]);
    expect(by.language!.map((r) => r.value)).toEqual(["en"]);
    expect(by.day!.length).toBeGreaterThan(0);
  });
});

describe(`accounts, teams and the audit log on ${databaseKind}`, () => {
  it("lets only admins make and disable accounts; a disabled account is signed out at once", async () => {
    const [admin] = await handle.db
      .insert(users)
      .values({
        email: "admin@inspect.test",
        name: "Admin",
        passwordHash: await hashPassword("a long enough password"),
        role: "admin",
      })
      .returning({ id: users.id });
    const adminCookie = cookieOf(await startSession(admin!.id));
    const leadCookie = cookieOf(await startSession(lead));
    // An inspector who is not an admin finds no such page.
    const refused = await caught(accountsLoader(args("/admin/accounts", leadCookie)));
    expect((refused as Response).status).toBe(404);
    const bad = (await accountsAction(
      postAs(adminCookie, "/admin/accounts", {
        intent: "create",
        name: "",
        email: "x",
        role: "root",
      }),
    )) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    expect(Object.keys(bad.data.errors).sort()).toEqual(["email", "name", "role"]);
    const made = (await accountsAction(
      postAs(adminCookie, "/admin/accounts", {
        intent: "create",
        name: "New Inspector",
        email: "New@Inspect.test",
        role: "inspector",
      }),
    )) as { made: { email: string; password: string } };
    expect(made.made.email).toBe("new@inspect.test");
    expect(await signIn(handle.db, "new@inspect.test", made.made.password)).toMatchObject({
      ok: true,
    });
    const [account] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "new@inspect.test"));
    const theirCookie = cookieOf(await startSession(account!.id));
    expect(await currentInspector(handle.db, args("/", theirCookie).request)).toBeDefined();
    await accountsAction(
      postAs(adminCookie, "/admin/accounts", { intent: "disable", accountId: account!.id }),
    );
    expect(await currentInspector(handle.db, args("/", theirCookie).request)).toBeUndefined();
    // Enabled again, the old session stays ended: disabling ended every session of the account.
    await accountsAction(
      postAs(adminCookie, "/admin/accounts", { intent: "enable", accountId: account!.id }),
    );
    expect(await currentInspector(handle.db, args("/", theirCookie).request)).toBeUndefined();
    // A password reset ends every session signed in before it; a sign-in after it works.
    const beforeReset = cookieOf(await startSession(account!.id));
    expect(await currentInspector(handle.db, args("/", beforeReset).request)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const reset = (await accountsAction(
      postAs(adminCookie, "/admin/accounts", { intent: "reset", accountId: account!.id }),
    )) as { made: { password: string } };
    expect(await currentInspector(handle.db, args("/", beforeReset).request)).toBeUndefined();
    expect(await signIn(handle.db, "new@inspect.test", reset.made.password)).toMatchObject({
      ok: true,
    });
    const afterReset = cookieOf(await startSession(account!.id, Date.now() + 1));
    expect(await currentInspector(handle.db, args("/", afterReset).request)).toBeDefined();
    const log = await handle.db.select().from(auditLog).where(eq(auditLog.userId, admin!.id));
    expect(log.map((e) => e.action).sort()).toEqual([
      "account_created",
      "account_disabled",
      "account_enabled",
      "password_reset",
    ]);
    expect(JSON.stringify(log)).not.toContain(made.made.password);
    expect(JSON.stringify(log)).not.toContain(reset.made.password);
    // The audit log page is for admins only.
    const audit = (await auditLoader(args("/admin/audit", adminCookie))) as {
      entries: { action: string }[];
    };
    expect(audit.entries.map((e) => e.action)).toContain("account_disabled");
    expect(((await caught(auditLoader(args("/admin/audit", leadCookie)))) as Response).status).toBe(
      404,
    );
  });

  it("lets a lead add and remove team members, never the last lead, and audits it", async () => {
    const leadCookie = cookieOf(await startSession(lead));
    const path = `/inspections/${ours}/team`;
    const unknown = (await teamAction(
      postAs(leadCookie, path, { intent: "add", email: "nobody@inspect.test" }),
    )) as { data: { error: string }; init: { status: number } };
    expect(unknown.init.status).toBe(400);
    expect(unknown.data.error).toMatch(/no active account/);
    await teamAction(postAs(leadCookie, path, { intent: "add", email: "other@inspect.test" }));
    expect(await requireInspectionAccess(handle.db, other, ours)).toEqual({ role: "member" });
    // A member may look but not change.
    const otherCookie = cookieOf(await startSession(other));
    const notLead = await caught(
      teamAction(postAs(otherCookie, path, { intent: "remove", userId: lead })),
    );
    expect(statusOf(notLead)).toBe(403);
    const lastLead = (await teamAction(
      postAs(leadCookie, path, { intent: "remove", userId: lead }),
    )) as { init: { status: number } };
    expect(lastLead.init.status).toBe(400);
    await teamAction(postAs(leadCookie, path, { intent: "remove", userId: other }));
    expect(await caught(requireInspectionAccess(handle.db, other, ours))).toBeInstanceOf(Response);
    const changes = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.inspectionId, ours), eq(auditLog.action, "team_changed")));
    expect(changes).toHaveLength(2);
  });

  it("limits a lead's lookups of addresses with no account, then refuses a real one too", async () => {
    const curious = await user("curious@inspect.test");
    const inspection = await createInspection(handle.db, {
      localAreaName: "Lookupshire",
      notifiedOn: today(),
      team: [{ userId: curious, role: "lead" }],
    });
    const cookie = cookieOf(await startSession(curious));
    const path = `/inspections/${inspection}/team`;
    type Answer = { data: { error: string }; init: { status: number; headers?: HeadersInit } };
    const add = async (email: string) =>
      (await teamAction(postAs(cookie, path, { intent: "add", email }))) as Answer;
    for (let n = 0; n < 20; n += 1)
      expect((await add(`nobody${n}@inspect.test`)).init.status).toBe(400);
    const refused = await add("other@inspect.test");
    expect(refused.init.status).toBe(429);
    expect(refused.data.error).not.toMatch(/no active account/);
    expect(Number(new Headers(refused.init.headers).get("Retry-After"))).toBeGreaterThan(0);
    expect(await caught(requireInspectionAccess(handle.db, other, inspection))).toBeInstanceOf(
      Response,
    );
  });
});

describe(`changing an inspection's dates on ${databaseKind}`, () => {
  it("refuses impossible dates with words, saves good ones in London time, and audits", async () => {
    const leadCookie = cookieOf(await startSession(lead));
    const path = `/inspections/${ours}/dates`;
    // Dates near today's, so what is saved never depends on the day the test runs; the
    // impossible ones are impossible in any year.
    const [year] = daysFromToday(1).split("-");
    const bad = (await datesAction(
      postAs(leadCookie, path, {
        ...dateFields("notified", today()),
        ...dateFields("opens", today()),
        opensAt: "09:00",
        ...dateFields("closes", daysFromToday(7)),
        closesAt: "25:00",
        week2Day: "31",
        week2Month: "11",
        week2Year: year!,
        ...dateFields("week3", daysFromToday(14)),
      }),
    )) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(bad.init.status).toBe(400);
    expect(Object.keys(bad.data.errors).sort()).toEqual(["closesAt", "week2"]);
    const good = (await datesAction(
      postAs(leadCookie, path, {
        ...dateFields("notified", today()),
        ...dateFields("opens", today()),
        opensAt: "00:00",
        ...dateFields("closes", daysFromToday(8)),
        closesAt: "9.00",
        ...dateFields("week2", daysFromToday(7)),
        ...dateFields("week3", daysFromToday(14)),
      }),
    )) as Response;
    expect(good.status).toBe(302);
    const [row] = await handle.db.select().from(inspections).where(eq(inspections.id, ours));
    expect(row!.surveysCloseAt.toISOString()).toBe(
      londonDateTime(daysFromToday(8), "09:00").toISOString(),
    );
    expect(row!.week3StartsOn).toBe(daysFromToday(14));
    const closesFirst = (await datesAction(
      postAs(leadCookie, path, {
        ...dateFields("notified", today()),
        ...dateFields("opens", daysFromToday(8)),
        opensAt: "10:00",
        ...dateFields("closes", daysFromToday(8)),
        closesAt: "09:00",
        ...dateFields("week2", daysFromToday(7)),
        ...dateFields("week3", daysFromToday(14)),
      }),
    )) as { data: { errors: Record<string, string> } };
    expect(closesFirst.data.errors.closesOn).toMatch(/close after they open/);
    const strangers = await caught(
      datesAction(postAs(cookieOf(await startSession(other)), `/inspections/${ours}/dates`, {})),
    );
    expect(statusOf(strangers)).toBe(404);
  });
});

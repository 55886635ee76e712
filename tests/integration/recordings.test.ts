import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import {
  auditLog,
  commentCodes,
  comments,
  drafts,
  inspections,
  recordings,
  responses,
  surveyLinks,
  users,
} from "~db/schema";
import { hashPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { createInspection } from "~/inspections/inspections.server";
import { deleteExpiredRecordings, transcribeRecording } from "~/recordings/recordings.server";
import { runRetention } from "~/server/jobs.server";
import { setSurveysClosed } from "~/inspections/inspections.server";
import { startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { getSurvey } from "~surveys";
import { action as startAction } from "~/routes/s.$token._index";
import {
  action as questionAction,
  loader as questionLoader,
} from "~/routes/s.$token.q.$questionId";
import { loader as ownRecordingLoader } from "~/routes/s.$token.recording.$questionId";
import { action as checkAction } from "~/routes/s.$token.check";
import { loader as playLoader } from "~/routes/inspections.$inspectionId.recordings.$recordingId";
import {
  action as commentsAction,
  loader as commentsLoader,
} from "~/routes/inspections.$inspectionId.comments";
import { routeStatus } from "./route-status";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";
import { daysFromToday, today } from "../clock";
import { listSurveyLinks } from "~/inspections/survey-links.server";

/*
 * Spoken answers end to end at the route level: a recording is checked by its bytes and
 * kept with the draft, moves to the response at send, plays only to the team (audited), and
 * is deleted once transcribed — the transcript redacted and coded like typed words — or when
 * the retention time ends.
 */

let handle: DatabaseHandle;
let inspectionId: string;
let token: string;
let inspectorCookie: string;
let inspectorId: string;

/** The first bytes of real formats, padded: enough for the type check, which is all we need. */
const webm = () =>
  new Uint8Array([
    ...[0x1a, 0x45, 0xdf, 0xa3], // EBML: a Matroska/WebM file
    ...[0x16, 0x54, 0xae, 0x6b, 0x8a, 0xae, 0x88], // Tracks, one track…
    ...[0x83, 0x81, 0x02], // …of type audio
    ...new Array(50).fill(7),
  ]);
const notAudio = () => new TextEncoder().encode("<html><script>alert(1)</script></html>");

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const [user] = await handle.db
    .insert(users)
    .values({
      email: "listener@rec.test",
      name: "Listener",
      passwordHash: await hashPassword("long enough pw"),
      role: "inspector",
    })
    .returning({ id: users.id });
  inspectorId = user!.id;
  inspectorCookie = (await startSession(inspectorId)).split(";")[0]!;
  inspectionId = await createOpenInspection(handle.db, {
    localAreaName: "Recordshire",
    team: [{ userId: inspectorId, role: "lead" }],
  });
  token = (await listSurveyLinks(handle.db, inspectionId)).find(
    (l) => l.audience === "child",
  )!.token;
});
afterAll(() => handle.close());

const args = (request: Request, params: Record<string, string>) => ({
  request,
  params,
  context: { cspNonce: "" },
});

async function startChildSurvey(): Promise<string> {
  const response = (await startAction(
    args(
      new Request(`http://localhost/s/${token}`, {
        method: "POST",
        body: new URLSearchParams({ consent: "yes", version: "easy" }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      { token },
    ),
  )) as Response;
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

type Upload = { bytes: Uint8Array; name: string; type: string };

/** Posts a question page as the browser does: multipart, with a recording when there is one. */
function sendQuestion(cookie: string, fields: Record<string, string>, file?: Upload) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file)
    form.append(
      "recording",
      new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type }),
    );
  const request = new Request(`http://localhost/s/${token}/q/worked_well`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
  return questionAction(args(request, { token, questionId: "worked_well" }));
}
const postQuestion = (cookie: string, fields: Record<string, string>, file?: Upload) =>
  routeStatus(() => sendQuestion(cookie, fields, file));
const callQuestion = (cookie: string, fields: Record<string, string>, file?: Upload) =>
  sendQuestion(cookie, fields, file).catch((thrown: unknown) => thrown);

/** A child records an answer to one question and sends the survey. */
async function sendWithRecording(): Promise<Response> {
  const cookie = await startChildSurvey();
  await postQuestion(
    cookie,
    { answer: "", intent: "continue" },
    { bytes: webm(), name: "a.webm", type: "audio/webm" },
  );
  const [draft] = await handle.db
    .select()
    .from(drafts)
    .where(eq(drafts.id, draftIdOf(cookie)));
  return (await checkAction(
    args(
      new Request(`http://localhost/s/${token}/check`, {
        method: "POST",
        body: new URLSearchParams({ submission: draft!.submissionKey }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      }),
      { token },
    ),
  )) as Response;
}

/** Ten more children answer, so the children's figures (and recordings) are shown. */
async function tenMoreChildren() {
  const [childLink] = await handle.db
    .select({ id: surveyLinks.id })
    .from(surveyLinks)
    .where(eq(surveyLinks.token, token));
  for (let i = 0; i < 10; i += 1) {
    const draft = await startDraft(handle.db, {
      surveyLinkId: childLink!.id,
      version: "easy",
      language: "en",
    });
    await submitResponse(handle.db, {
      inspectionId,
      audience: "child",
      definition: getSurvey("child", "easy"),
      draft,
      language: "en",
    });
  }
}

/** A response sent to another inspection with one recording, stored directly. */
async function sentRecordingIn(inspection: string, submissionKey: string) {
  const [response] = await handle.db
    .insert(responses)
    .values({
      inspectionId: inspection,
      audience: "child",
      version: "easy",
      language: "en",
      channel: "online",
      submittedOn: daysFromToday(-55),
      submissionKey,
    })
    .returning({ id: responses.id });
  await handle.db.insert(recordings).values({
    inspectionId: inspection,
    responseId: response!.id,
    questionId: "worked_well",
    contentType: "audio/webm",
    size: 64,
    audio: webm(),
  });
}

/** The comments page as the inspection's team sees it. */
async function commentsPage() {
  return (await commentsLoader(
    args(
      new Request(`http://localhost/inspections/${inspectionId}/comments`, {
        headers: { Cookie: inspectorCookie },
      }),
      { inspectionId },
    ),
  )) as { recordings: { id: string; questionKey: string }[]; withheld: string[] };
}

const draftIdOf = (cookie: string) => cookie.split("=")[1]!;

/** A child starts, records an answer to the own-words question, and it is kept. */
async function childWithRecording(): Promise<string> {
  const cookie = await startChildSurvey();
  await postQuestion(
    cookie,
    { answer: "", intent: "continue" },
    { bytes: webm(), name: "a.webm", type: "audio/webm" },
  );
  expect((await recordingRows()).some((r) => r.draftId === draftIdOf(cookie))).toBe(true);
  return cookie;
}
const recordingRows = () => handle.db.select().from(recordings);
const auditOf = async (action: string) =>
  (await handle.db.select().from(auditLog)).filter((row) => row.action === action);

describe(`spoken answers on ${databaseKind}`, () => {
  it("keeps a recording with the draft, found by its bytes, and plays it back to its owner", async () => {
    const cookie = await startChildSurvey();
    expect(
      await postQuestion(
        cookie,
        { answer: "I like my teacher", intent: "continue" },
        // The name and the browser's type say MP3; the bytes say WebM, and the bytes win.
        { bytes: webm(), name: "voice.mp3", type: "audio/mpeg" },
      ),
    ).toBe(302);
    const [row] = (await recordingRows()).filter((r) => r.draftId === draftIdOf(cookie));
    expect(row).toMatchObject({ questionId: "worked_well", contentType: "audio/webm", size: 64 });
    const page = (await questionLoader(
      args(
        new Request(`http://localhost/s/${token}/q/worked_well`, { headers: { Cookie: cookie } }),
        {
          token,
          questionId: "worked_well",
        },
      ),
    )) as { hasRecording: boolean };
    expect(page.hasRecording).toBe(true);
    const own = (await ownRecordingLoader(
      args(
        new Request(`http://localhost/s/${token}/recording/worked_well`, {
          headers: { Cookie: cookie },
        }),
        {
          token,
          questionId: "worked_well",
        },
      ),
    )) as Response;
    expect(own.headers.get("Content-Type")).toBe("audio/webm");
    expect(own.headers.get("Cache-Control")).toBe("no-store");
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(webm());
    // Players (Safari above all) ask for byte ranges.
    const part = (await ownRecordingLoader(
      args(
        new Request(`http://localhost/s/${token}/recording/worked_well`, {
          headers: { Cookie: cookie, Range: "bytes=4-10" },
        }),
        { token, questionId: "worked_well" },
      ),
    )) as Response;
    expect(part.status).toBe(206);
    expect(part.headers.get("Content-Range")).toBe("bytes 4-10/64");
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(webm().subarray(4, 11));
    // Somebody else's browser (no draft cookie) hears nothing.
    expect(
      await routeStatus(() =>
        ownRecordingLoader(
          args(new Request(`http://localhost/s/${token}/recording/worked_well`), {
            token,
            questionId: "worked_well",
          }),
        ),
      ),
    ).toBe(302);
  });

  it("refuses a file that is not audio, keeps what was typed and stores nothing", async () => {
    const cookie = await startChildSurvey();
    const before = (await recordingRows()).length;
    const refused = (await callQuestion(
      cookie,
      { answer: "words typed before the bad file", intent: "continue" },
      { bytes: notAudio(), name: "song.mp3", type: "audio/mpeg" },
    )) as { data: { error: string; field: string; typedText: string }; init: { status: number } };
    expect(refused.init.status).toBe(400);
    expect(refused.data.field).toBe("recording");
    // Easy read: what to do, no file formats.
    expect(refused.data.error).toBe(
      "We cannot use this file. Record again, or choose a different sound file.",
    );
    expect(refused.data.typedText).toBe("words typed before the bad file");
    expect((await recordingRows()).length).toBe(before);
    const [draft] = await handle.db
      .select()
      .from(drafts)
      .where(eq(drafts.id, draftIdOf(cookie)));
    expect(draft!.answers).toEqual({});
  });

  it("refuses a recording over 10 MB with words a person can act on", async () => {
    const cookie = await startChildSurvey();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(webm());
    const refused = (await callQuestion(
      cookie,
      { answer: "", intent: "continue" },
      { bytes: big, name: "long.webm", type: "audio/webm" },
    )) as { data: { error: string; field: string }; init: { status: number } };
    expect(refused.init.status).toBe(413);
    expect(refused.data).toMatchObject({ field: "recording" });
    // Easy read: "too long", not megabytes.
    expect(refused.data.error).toBe("This recording is too long. Try a shorter one.");
  });

  it("skipping a question drops its recording too: skip means no answer", async () => {
    const cookie = await childWithRecording();
    // Skip with a new file attached keeps neither the old recording nor the new one.
    expect(
      await postQuestion(
        cookie,
        { answer: "words", intent: "skip" },
        { bytes: webm(), name: "b.webm", type: "audio/webm" },
      ),
    ).toBe(302);
    expect((await recordingRows()).some((r) => r.draftId === draftIdOf(cookie))).toBe(false);
    const [draft] = await handle.db
      .select()
      .from(drafts)
      .where(eq(drafts.id, draftIdOf(cookie)));
    expect(draft!.answers).toEqual({ worked_well: { skipped: true, version: "easy" } });
  });

  it("deletes a draft's recording when asked, and with the draft", async () => {
    const cookie = await childWithRecording();
    expect(await postQuestion(cookie, { answer: "", intent: "delete-recording" })).toBe(302);
    expect((await recordingRows()).some((r) => r.draftId === draftIdOf(cookie))).toBe(false);
    await postQuestion(
      cookie,
      { answer: "", intent: "continue" },
      { bytes: webm(), name: "a.webm", type: "audio/webm" },
    );
    await handle.db.delete(drafts).where(eq(drafts.id, draftIdOf(cookie)));
    expect((await recordingRows()).some((r) => r.draftId === draftIdOf(cookie))).toBe(false);
  });

  it("lets the team hear a small group's voice like any other (#25: every comment is read)", async () => {
    expect((await sendWithRecording()).status).toBe(302);
    const [recording] = (await recordingRows()).filter((r) => r.draftId === null && r.responseId);
    expect(recording).toBeDefined();
    const page = await commentsPage();
    // One child answered: the children's figures are withheld, and the page says their words
    // are never quoted; the team still lists and hears the recording.
    expect(page.withheld).toContain("child");
    expect(page.recordings.map((r) => r.id)).toEqual([recording!.id]);
    const play = (await playLoader(
      args(new Request(`http://localhost/x`, { headers: { Cookie: inspectorCookie } }), {
        inspectionId,
        recordingId: recording!.id,
      }),
    )) as Response;
    expect(play.status).toBe(200);
    expect(await auditOf("recording_played")).toHaveLength(1);
  });

  it("sends a recording with the response; the team hears it (audited), transcribes it, and the audio is gone", async () => {
    await tenMoreChildren();
    const [recording] = (await recordingRows()).filter((r) => r.draftId === null && r.responseId);
    expect(recording).toBeDefined();
    const page = await commentsPage();
    expect(page.withheld).not.toContain("child");
    expect(page.recordings.map((r) => r.id)).toEqual([recording!.id]);

    const play = (await playLoader(
      args(
        new Request(`http://localhost/inspections/${inspectionId}/recordings/${recording!.id}`, {
          headers: { Cookie: inspectorCookie },
        }),
        { inspectionId, recordingId: recording!.id },
      ),
    )) as Response;
    expect(play.headers.get("Content-Type")).toBe("audio/webm");
    expect((await auditOf("recording_played")).map((a) => a.detail)).toContainEqual({
      recordingId: recording!.id,
    });
    // The rest of the file, or a seek, is the same play: not another audit entry.
    const plays = (await auditOf("recording_played")).length;
    const rest = (await playLoader(
      args(
        new Request(`http://localhost/inspections/${inspectionId}/recordings/${recording!.id}`, {
          headers: { Cookie: inspectorCookie, Range: "bytes=32-" },
        }),
        { inspectionId, recordingId: recording!.id },
      ),
    )) as Response;
    expect(rest.status).toBe(206);
    expect((await auditOf("recording_played")).length).toBe(plays);
    // A malformed id is a 404, never a database error.
    expect(
      await routeStatus(() =>
        playLoader(
          args(new Request("http://localhost/x", { headers: { Cookie: inspectorCookie } }), {
            inspectionId,
            recordingId: "-".repeat(36),
          }),
        ),
      ),
    ).toBe(404);

    // A transcript that is empty is refused, and nothing is deleted.
    const empty = new FormData();
    empty.append("intent", "transcribe");
    empty.append("recordingId", recording!.id);
    empty.append("transcript", "   ");
    const refused = (await commentsAction(
      args(
        new Request(`http://localhost/inspections/${inspectionId}/comments`, {
          method: "POST",
          body: new URLSearchParams(empty as unknown as Record<string, string>),
          headers: { Cookie: inspectorCookie, "Content-Type": "application/x-www-form-urlencoded" },
        }),
        { inspectionId },
      ),
    )) as { init: { status: number } };
    expect(refused.init.status).toBe(400);
    expect((await recordingRows()).some((r) => r.id === recording!.id)).toBe(true);

    const result = await transcribeRecording(handle.db, {
      userId: inspectorId,
      inspectionId,
      recordingId: recording!.id,
      transcript: "My name is Sarah Jones and my teacher listens to me about my plan.",
    });
    expect(result.found).toBe(true);
    const [comment] = await handle.db
      .select()
      .from(comments)
      .where(eq(comments.id, result.commentId!));
    expect(comment!.source).toBe("spoken");
    expect(comment!.text).not.toContain("Sarah");
    expect(comment!.text).not.toContain("Jones");
    const codes = await handle.db
      .select()
      .from(commentCodes)
      .where(eq(commentCodes.commentId, comment!.id));
    expect(codes.map((c) => c.status)).not.toContain("confirmed");
    expect((await recordingRows()).some((r) => r.id === recording!.id)).toBe(false);
    expect((await auditOf("recording_deleted")).map((a) => a.detail)).toContainEqual({
      recordingId: recording!.id,
      reason: "transcribed",
      commentId: comment!.id,
    });
    // Gone means gone: playing it again is a 404.
    expect(
      await routeStatus(() =>
        playLoader(
          args(
            new Request(
              `http://localhost/inspections/${inspectionId}/recordings/${recording!.id}`,
              {
                headers: { Cookie: inspectorCookie },
              },
            ),
            { inspectionId, recordingId: recording!.id },
          ),
        ),
      ),
    ).toBe(404);
  });

  it("lists recordings on the comments page once the group is big enough, and its form transcribes them", async () => {
    await sendWithRecording();
    const commentsUrl = `http://localhost/inspections/${inspectionId}/comments`;
    const page = await commentsPage();
    expect(page.withheld).not.toContain("child");
    expect(page.recordings).toHaveLength(1);
    expect(page.recordings[0]!.questionKey).toBe("survey-child:easy.worked_well.text");
    const saved = (await commentsAction(
      args(
        new Request(commentsUrl, {
          method: "POST",
          body: new URLSearchParams({
            intent: "transcribe",
            recordingId: page.recordings[0]!.id,
            transcript: "They listen to me at school",
          }),
          headers: { Cookie: inspectorCookie, "Content-Type": "application/x-www-form-urlencoded" },
        }),
        { inspectionId },
      ),
    )) as Response;
    expect(saved.status).toBe(302);
    const commentId = /#comment-(.+)$/.exec(saved.headers.get("Location")!)![1]!;
    const [comment] = await handle.db.select().from(comments).where(eq(comments.id, commentId));
    expect(comment).toMatchObject({ text: "They listen to me at school", source: "spoken" });
    const after = await commentsPage();
    expect(after.recordings).toEqual([]);
  });

  it("retention deletes exactly the recordings of surveys closed longer ago than the limit", async () => {
    const cookie = await startChildSurvey();
    await postQuestion(
      cookie,
      { answer: "", intent: "continue" },
      { bytes: webm(), name: "a.webm", type: "audio/webm" },
    );
    const other = await createInspection(handle.db, {
      localAreaName: "Oldshire",
      notifiedOn: daysFromToday(-60),
    });
    await sentRecordingIn(other, "old-key");
    const now = new Date();
    await handle.db
      .update(inspections)
      .set({ surveysCloseAt: new Date(now.getTime() - 29 * 86_400_000) })
      .where(eq(inspections.id, other));
    const before = await recordingRows();
    expect(await deleteExpiredRecordings(handle.db, now, 30)).toBe(0);
    expect(await runRetention(handle.db, now)).toMatchObject({ recordings: 1 });
    const after = await recordingRows();
    expect(after.length).toBe(before.length - 1);
    expect(after.some((r) => r.inspectionId === other)).toBe(false);
    expect((await auditOf("recording_deleted")).map((a) => a.detail)).toContainEqual({
      recordingId: before.find((r) => r.inspectionId === other)!.id,
      reason: "retention",
      days: 28,
    });
  });

  it("retention counts from the day surveys were closed early, not the day they were due to close", async () => {
    const early = await createInspection(handle.db, {
      localAreaName: "Earlyshire",
      notifiedOn: today(),
    });
    await sentRecordingIn(early, "early-key");
    const now = new Date();
    // Closing early records when; reopening clears it.
    await setSurveysClosed(handle.db, inspectorId, early, true);
    const [closed] = await handle.db.select().from(inspections).where(eq(inspections.id, early));
    expect(closed!.surveysClosedAt!.getTime()).toBeGreaterThan(now.getTime() - 60_000);
    await setSurveysClosed(handle.db, inspectorId, early, false);
    const [reopened] = await handle.db.select().from(inspections).where(eq(inspections.id, early));
    expect(reopened!.surveysClosedAt).toBeNull();
    // Due to close in five days, but closed early 29 days ago: past 28 days, the audio goes.
    await handle.db
      .update(inspections)
      .set({
        surveysCloseAt: new Date(now.getTime() + 5 * 86_400_000),
        surveysClosedEarly: true,
        surveysClosedAt: new Date(now.getTime() - 29 * 86_400_000),
      })
      .where(eq(inspections.id, early));
    expect(await deleteExpiredRecordings(handle.db, now, 30)).toBe(0);
    expect(await deleteExpiredRecordings(handle.db, now, 28)).toBe(1);
    expect((await recordingRows()).some((r) => r.inspectionId === early)).toBe(false);
  });
});

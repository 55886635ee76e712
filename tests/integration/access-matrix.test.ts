/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { and, eq, inArray } from "drizzle-orm";
import {
  auditLog,
  commentCodes,
  comments,
  inspectionTeam,
  recordings,
  responses,
  users,
} from "~db/schema";
import { planBulk } from "~/coding/bulk.server";
import { action as bulkAction } from "~/routes/inspections.$inspectionId.comments_.bulk";
import { hashPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { createInspection } from "~/inspections/inspections.server";
import { createWebinar } from "~/webinars/webinars.server";
import { routeStatus } from "./route-status";
import { createTestDatabase, databaseKind } from "./test-database";
import { today } from "../clock";

/*
 * Every page, action and export about one inspection, asked for by someone signed out, by an
 * inspector of another inspection, and by a member of its team: only the last gets in. The
 * routes are found by file name, so a page added later is checked without being listed here.
 * A forum organiser on its team (#22) gets in to the webinars pages only (of webinars the
 * forum hosts), and 404 everywhere else, as a stranger would: deny by default, so a page added
 * later is closed to them until it is allowed.
 */
type Route = {
  loader?: (args: unknown) => Promise<unknown>;
  action?: (args: unknown) => Promise<unknown>;
};
const inspectionRoutes = import.meta.glob<Route>("../../app/routes/inspections.$inspectionId*", {
  eager: true,
});
const adminRoutes = import.meta.glob<Route>("../../app/routes/admin.*", { eager: true });

let handle: DatabaseHandle;
const ids = {
  ours: "",
  theirs: "",
  ourWebinar: "",
  forumWebinar: "",
  theirWebinar: "",
  ourRecording: "",
  theirRecording: "",
};
const cookies = { member: "", stranger: "", admin: "", organiser: "" };
/** The pages a forum organiser may open: the webinars pages, and the layout above them. */
const organiserPages = /^inspections\.\$inspectionId(\.webinars\..*)?\.tsx?$/;

async function account(email: string, role: "admin" | "inspector" | "organiser" = "inspector") {
  const [row] = await handle.db
    .insert(users)
    .values({ email, name: email, passwordHash: await hashPassword("long enough pw"), role })
    .returning({ id: users.id });
  return row!.id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const member = await account("member@matrix.test");
  const stranger = await account("stranger@matrix.test");
  const admin = await account("admin@matrix.test", "admin");
  const organiser = await account("organiser@matrix.test", "organiser");
  ids.ours = await createInspection(handle.db, {
    localAreaName: "Ourshire",
    notifiedOn: today(),
    team: [{ userId: member, role: "lead" }],
  });
  ids.theirs = await createInspection(handle.db, {
    localAreaName: "Theirshire",
    notifiedOn: today(),
    team: [{ userId: stranger, role: "lead" }],
  });
  await handle.db
    .insert(inspectionTeam)
    .values({ inspectionId: ids.ours, userId: organiser, role: "organiser" });
  const webinar = (inspectionId: string, host: "inspectors" | "forum" = "inspectors") =>
    createWebinar(handle.db, {
      inspectionId,
      title: "Meet us",
      startsAt: new Date(Date.now() + 3 * 86_400_000),
      endsAt: new Date(Date.now() + 3 * 86_400_000 + 3_600_000),
      capacity: 5,
      audience: "both",
      host,
      joinUrl: "https://example.org/room",
    });
  ids.ourWebinar = await webinar(ids.ours);
  ids.forumWebinar = await webinar(ids.ours, "forum");
  ids.theirWebinar = await webinar(ids.theirs);
  const recording = async (inspectionId: string) => {
    const [response] = await handle.db
      .insert(responses)
      .values({
        inspectionId,
        audience: "child",
        version: "easy",
        language: "en",
        channel: "online",
        submittedOn: today(),
        submissionKey: `key-${inspectionId}`,
      })
      .returning({ id: responses.id });
    const [row] = await handle.db
      .insert(recordings)
      .values({
        inspectionId,
        responseId: response!.id,
        questionId: "worked_well",
        contentType: "audio/ogg",
        size: 12,
        audio: new TextEncoder().encode("OggS00000000"),
      })
      .returning({ id: recordings.id });
    return row!.id;
  };
  ids.ourRecording = await recording(ids.ours);
  ids.theirRecording = await recording(ids.theirs);
  const cookie = async (id: string) => (await startSession(id)).split(";")[0]!;
  cookies.member = await cookie(member);
  cookies.stranger = await cookie(stranger);
  cookies.admin = await cookie(admin);
  cookies.organiser = await cookie(organiser);
});
afterAll(() => handle.close());

function request(method: "GET" | "POST", cookie: string | undefined) {
  return new Request(`http://localhost/inspections/${ids.ours}/x`, {
    method,
    headers: {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
    },
    body: method === "POST" ? "intent=nothing" : undefined,
  });
}

const params = () => ({
  inspectionId: ids.ours,
  webinarId: ids.ourWebinar,
  recordingId: ids.ourRecording,
  audience: "parent",
  file: "summary.csv",
  criterion: "I3",
});

describe(`the access matrix on ${databaseKind}`, () => {
  it("finds every inspection page", () => {
    expect(Object.keys(inspectionRoutes).length).toBeGreaterThanOrEqual(11);
  });

  for (const [file, route] of Object.entries(inspectionRoutes)) {
    const name = file.split("/").pop()!;
    for (const method of ["GET", "POST"] as const) {
      const handler = method === "GET" ? route.loader : route.action;
      if (!handler) continue;
      it(`${method} ${name}: signed out → sign-in, stranger → 404, team → in`, async () => {
        const call = (cookie?: string, p = params()) =>
          routeStatus(() => handler({ request: request(method, cookie), params: p, context: {} }));
        expect(await call()).toBe(302);
        expect(await call(cookies.stranger)).toBe(404);
        // An admin is not on every team: admins see only their own inspections too.
        expect(await call(cookies.admin)).toBe(404);
        const member = await call(cookies.member);
        expect(member === 404 || member === 302 || member >= 500).toBe(false);
        // Another inspection's webinar inside our inspection's address is not ours either.
        if (name.includes("$webinarId"))
          expect(await call(cookies.member, { ...params(), webinarId: ids.theirWebinar })).toBe(
            404,
          );
        if (name.includes("$recordingId"))
          expect(await call(cookies.member, { ...params(), recordingId: ids.theirRecording })).toBe(
            404,
          );
      });
      const allowed = organiserPages.test(name);
      it(`${method} ${name}: a forum organiser on the team → ${allowed ? "in (the forum's webinars only)" : "404"}`, async () => {
        const call = (p: ReturnType<typeof params>) =>
          routeStatus(() =>
            handler({ request: request(method, cookies.organiser), params: p, context: {} }),
          );
        if (!allowed) {
          expect(await call(params())).toBe(404);
          expect(await call({ ...params(), webinarId: ids.forumWebinar })).toBe(404);
          return;
        }
        const forum = await call({ ...params(), webinarId: ids.forumWebinar });
        expect(forum === 404 || forum === 302 || forum >= 500).toBe(false);
        if (name.includes("$webinarId")) {
          // The inspectors' own webinar, and another inspection's, are not the forum's.
          expect(await call(params())).toBe(404);
          expect(await call({ ...params(), webinarId: ids.theirWebinar })).toBe(404);
        }
        expect(await call({ ...params(), inspectionId: ids.theirs })).toBe(404);
      });
    }
  }

  it("another inspection's inspector cannot bulk act on our comments, even with the right count", async () => {
    const [response] = await handle.db
      .insert(responses)
      .values({
        inspectionId: ids.ours,
        audience: "parent",
        version: "standard",
        language: "en",
        channel: "online",
        submittedOn: today(),
        submissionKey: "key-bulk-matrix",
      })
      .returning({ id: responses.id });
    const [comment] = await handle.db
      .insert(comments)
      .values({
        inspectionId: ids.ours,
        responseId: response!.id,
        questionId: "better",
        text: "Ours",
      })
      .returning({ id: comments.id });
    await handle.db
      .insert(commentCodes)
      .values({ commentId: comment!.id, criterion: "I3", status: "suggested" });
    const plan = await planBulk(handle.db, { inspectionId: ids.ours, kind: "accept", filter: {} });
    expect(plan.count).toBe(1);
    for (const cookie of [cookies.stranger, cookies.admin]) {
      const status = await routeStatus(() =>
        bulkAction({
          request: new Request(
            `http://localhost/inspections/${ids.ours}/comments/bulk?kind=accept`,
            {
              method: "POST",
              headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
              body: new URLSearchParams({
                intent: "apply",
                count: "1",
                fingerprint: plan.fingerprint,
              }),
            },
          ),
          params: { inspectionId: ids.ours },
          context: { cspNonce: "" },
        }),
      );
      expect(status).toBe(404);
    }
    const [code] = await handle.db
      .select({ status: commentCodes.status })
      .from(commentCodes)
      .where(eq(commentCodes.commentId, comment!.id));
    expect(code!.status).toBe("suggested");
    const entries = await handle.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.inspectionId, ids.ours),
          inArray(auditLog.action, ["bulk_accept", "bulk_undo"]),
        ),
      );
    expect(entries).toEqual([]);
  });

  for (const [file, route] of Object.entries(adminRoutes)) {
    const name = file.split("/").pop()!;
    it(`GET ${name}: signed out → sign-in, inspector → 404, admin → in`, async () => {
      const call = (cookie?: string) =>
        routeStatus(() =>
          route.loader!({ request: request("GET", cookie), params: {}, context: {} }),
        );
      expect(await call()).toBe(302);
      expect(await call(cookies.member)).toBe(404);
      expect(await call(cookies.admin)).toBe(200);
    });
  }
});

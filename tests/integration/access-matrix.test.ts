/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { recordings, responses, users } from "~db/schema";
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
  theirWebinar: "",
  ourRecording: "",
  theirRecording: "",
};
const cookies = { member: "", stranger: "", admin: "" };

async function account(email: string, role: "admin" | "inspector" = "inspector") {
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
  const webinar = (inspectionId: string) =>
    createWebinar(handle.db, {
      inspectionId,
      title: "Meet us",
      startsAt: new Date(Date.now() + 3 * 86_400_000),
      endsAt: new Date(Date.now() + 3 * 86_400_000 + 3_600_000),
      capacity: 5,
      audience: "both",
      host: "inspectors",
      joinUrl: "https://example.org/room",
    });
  ids.ourWebinar = await webinar(ids.ours);
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
    }
  }

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

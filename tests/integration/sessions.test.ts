import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { eq } from "drizzle-orm";
import { auditLog, endedSessions, users } from "~db/schema";
import { hashPassword } from "~/auth/password.server";
import {
  absoluteTimeoutMs,
  currentInspector,
  signOut as endSignedIn,
  startSession,
} from "~/auth/session.server";
import { runRetention } from "~/server/jobs.server";
import { action as signOut } from "~/routes/sign-out";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * A session is a signed cookie, so signing out must also make a copy of that cookie useless
 * (a shared computer, a cookie lifted from a log): its id is recorded as ended.
 */
let handle: DatabaseHandle;
let userId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const [row] = await handle.db
    .insert(users)
    .values({
      email: "leaver@sessions.test",
      name: "Leaver",
      passwordHash: await hashPassword("long enough pw"),
      role: "inspector",
    })
    .returning({ id: users.id });
  userId = row!.id;
});
afterAll(() => handle.close());

const withCookie = (cookie: string) =>
  new Request("http://localhost/inspections", { headers: { Cookie: cookie.split(";")[0]! } });

describe(`signing out on ${databaseKind}`, () => {
  it("ends that session for every copy of its cookie, and only that session", async () => {
    const laptop = await startSession(userId);
    const phone = await startSession(userId);
    expect(await currentInspector(handle.db, withCookie(laptop))).toBeDefined();
    const response = (await signOut({
      request: new Request("http://localhost/sign-out", {
        method: "POST",
        headers: { Cookie: laptop.split(";")[0]! },
      }),
      params: {},
      context: { cspNonce: "" },
    })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Set-Cookie")).toMatch(/sv_session=;/);
    // The copy kept from before signing out opens nothing now.
    expect(await currentInspector(handle.db, withCookie(laptop))).toBeUndefined();
    // Signing out on the laptop does not sign the phone out.
    expect(await currentInspector(handle.db, withCookie(phone))).toBeDefined();
  });

  it("audits a sign-out by whoever was signed in, and nothing for a request with no session", async () => {
    const signedOut = () =>
      handle.db.select().from(auditLog).where(eq(auditLog.action, "sign_out"));
    const before = (await signedOut()).length;
    const session = await startSession(userId);
    await endSignedIn(handle.db, withCookie(session));
    await endSignedIn(handle.db, new Request("http://localhost/sign-out", { method: "POST" }));
    // The ended session's cookie no longer names anyone: signing out with it again is not audited.
    await endSignedIn(handle.db, withCookie(session));
    const entries = await signedOut();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ userId, inspectionId: null, action: "sign_out" });
  });

  it("forgets ended sessions once they would have timed out anyway", async () => {
    const before = (await handle.db.select().from(endedSessions)).length;
    expect(before).toBeGreaterThan(0);
    const later = new Date(Date.now() + absoluteTimeoutMs + 60_000);
    expect(await runRetention(handle.db, later)).toMatchObject({ sessions: before });
    expect(await handle.db.select().from(endedSessions)).toEqual([]);
  });
});

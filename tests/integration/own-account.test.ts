import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { auditLog, users } from "~db/schema";
import { hashPassword } from "~/auth/password.server";
import { currentInspector, startSession } from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { action as accountAction, loader as accountLoader } from "~/routes/account._index";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * An inspector's own account (#16, "Inspector accounts"): changing their password asks for the
 * current one again and ends every other session, keeping the one they are using.
 */
let handle: DatabaseHandle;

async function makeUser(email: string, password: string, role: "admin" | "inspector") {
  const [row] = await handle.db
    .insert(users)
    .values({ email, name: email.split("@")[0]!, passwordHash: await hashPassword(password), role })
    .returning({ id: users.id });
  return row!.id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
});
afterAll(() => handle.close());

const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;
const request = (cookie: string, fields?: Record<string, string>, path = "/account") =>
  new Request(`http://localhost${path}`, {
    method: fields ? "POST" : "GET",
    headers: {
      Cookie: cookie,
      ...(fields ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
    },
    body: fields ? new URLSearchParams(fields) : undefined,
  });
const args = (req: Request) => ({ request: req, params: {}, context: { cspNonce: "" } });
const signedIn = async (cookie: string) =>
  Boolean(await currentInspector(handle.db, request(cookie)));
/** A session that began a second ago, so a change made now is after it. */
const earlierSession = async (userId: string) =>
  cookieOf(await startSession(userId, Date.now() - 1_000));

type Refusal = { data: { errors: Record<string, string> }; init: { status: number } };

describe(`changing your own password on ${databaseKind}`, () => {
  it("asks for the current password and a new one of at least 12 characters, in words", async () => {
    const id = await makeUser("rules@account.test", "the first password", "inspector");
    const cookie = await earlierSession(id);
    const page = (await accountLoader(args(request(cookie)))) as { title: string; email: string };
    expect(page.title).toBe("Your account");
    expect(page.email).toBe("rules@account.test");
    const cases: [Record<string, string>, Record<string, string>][] = [
      [
        { currentPassword: "", newPassword: "", confirmPassword: "" },
        {
          currentPassword: "Enter your current password",
          newPassword: "Enter a new password",
        },
      ],
      [
        { currentPassword: "x", newPassword: "short one", confirmPassword: "short one" },
        { newPassword: "Your new password must be at least 12 characters" },
      ],
      [
        {
          currentPassword: "the first password",
          newPassword: "the first password",
          confirmPassword: "the first password",
        },
        { newPassword: "Your new password must be different from your current one" },
      ],
      [
        {
          currentPassword: "the first password",
          newPassword: "a brand new password",
          confirmPassword: "a brand new pasword",
        },
        { confirmPassword: "The new passwords are not the same. Type the new password again" },
      ],
      [
        {
          currentPassword: "not my password",
          newPassword: "a brand new password",
          confirmPassword: "a brand new password",
        },
        { currentPassword: "Your current password is not right. Check it and try again." },
      ],
    ];
    for (const [fields, errors] of cases) {
      const answer = (await accountAction(args(request(cookie, fields)))) as Refusal;
      expect(answer.init.status, JSON.stringify(fields)).toBe(400);
      expect(answer.data.errors).toEqual(errors);
    }
    // Nothing changed: the first password still signs in, and the session goes on.
    expect(await signIn(handle.db, "rules@account.test", "the first password")).toMatchObject({
      ok: true,
    });
    expect(await signedIn(cookie)).toBe(true);
  });

  it("ends every other session, keeps this person signed in, and audits it", async () => {
    const id = await makeUser("changer@account.test", "the old password", "inspector");
    const here = await earlierSession(id);
    const phone = await earlierSession(id);
    const stolenCopy = here;
    const answer = (await accountAction(
      args(
        request(here, {
          currentPassword: "the old password",
          newPassword: "a fresh long password",
          confirmPassword: "a fresh long password",
        }),
      ),
    )) as Response;
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/account?changed=password");
    const renewed = cookieOf(answer.headers.get("Set-Cookie")!);
    expect(renewed).not.toBe(here);
    // This person carries on; the phone, and any copy of the old cookie, are signed out.
    expect(await signedIn(renewed)).toBe(true);
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(stolenCopy)).toBe(false);
    const page = (await accountLoader(
      args(request(renewed, undefined, "/account?changed=password")),
    )) as { passwordChanged: boolean };
    expect(page.passwordChanged).toBe(true);

    expect(await signIn(handle.db, "changer@account.test", "the old password")).toMatchObject({
      ok: false,
    });
    expect(await signIn(handle.db, "changer@account.test", "a fresh long password")).toMatchObject({
      ok: true,
    });
    const log = await handle.db.select().from(auditLog).where(eq(auditLog.userId, id));
    expect(log.map((entry) => entry.action)).toContain("password_changed");
    expect(JSON.stringify(log)).not.toContain("a fresh long password");
    expect(JSON.stringify(log)).not.toContain("the old password");
  });

  it("counts wrong current passwords with wrong sign-ins, so an open session cannot guess it", async () => {
    const id = await makeUser("guessed@account.test", "the real password", "inspector");
    const cookie = await earlierSession(id);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const answer = (await accountAction(
        args(
          request(cookie, {
            currentPassword: `guess number ${i}`,
            newPassword: "the attacker's password",
            confirmPassword: "the attacker's password",
          }),
        ),
      )) as Refusal;
      statuses.push(answer.init.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // The account's sign-in is limited by the same count.
    expect(await signIn(handle.db, "guessed@account.test", "the real password")).toMatchObject({
      reason: "rate_limited",
    });
    const log = await handle.db.select().from(auditLog).where(eq(auditLog.userId, id));
    expect(log.filter((entry) => entry.action === "password_change_failed")).toHaveLength(10);
  });

  it("is only for someone signed in", async () => {
    const thrown = await accountLoader(args(request(""))).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(302);
    expect((thrown as Response).headers.get("Location")).toBe("/sign-in?returnTo=%2Faccount");
  });
});

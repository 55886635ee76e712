import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { demoInspector } from "~/demo/demo.server";
import { auditLog, recoveryCodes, users } from "~db/schema";
import { resetPassword, setAccountDisabled } from "~/auth/accounts.server";
import { hashPassword } from "~/auth/password.server";
import { currentInspector, startSession } from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { twoFactorRequired } from "~/auth/two-factor.server";
import { forgetAllGuesses } from "~/platform/guessing.server";
import { loadSettings } from "~/platform/settings.server";
import { action as accountsAction } from "~/routes/admin.accounts";
import { action as twoFactorAction, loader as twoFactorLoader } from "~/routes/account.two-factor";
import { action as signInAction, loader as signInLoader } from "~/routes/sign-in";
import { createTestDatabase, databaseKind } from "./test-database";
import { raced } from "../racing";

/*
 * Two-step sign-in (#16, "Inspector accounts"): set up with a code before it is on, ten
 * recovery codes shown once and usable once, a code asked for after the password, codes
 * never accepted twice, guessing limited per account and per client, admins (or everyone)
 * made to set it up straight after their password, and the demo's inspector exempt on a
 * demo only.
 */
let handle: DatabaseHandle;
const password = "a long enough password";

async function makeUser(email: string, role: "admin" | "inspector" = "inspector") {
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
afterEach(() => {
  loadSettings(process.env);
  forgetAllGuesses();
});

const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;
const cookiesOf = (headers: Headers) =>
  headers
    .getSetCookie()
    .map(cookieOf)
    .filter((c) => !c.endsWith("="));
function request(path: string, cookie = "", fields?: Record<string, string>) {
  return new Request(`http://localhost${path}`, {
    method: fields ? "POST" : "GET",
    headers: {
      Cookie: cookie,
      ...(fields ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
    },
    body: fields ? new URLSearchParams(fields) : undefined,
  });
}
const args = (req: Request, clientKey = "test-client") => ({
  request: req,
  params: {},
  context: { cspNonce: "", clientKey },
});
const signedIn = async (cookie: string) =>
  Boolean(await currentInspector(handle.db, request("/inspections", cookie)));
const earlierSession = async (userId: string) =>
  cookieOf(await startSession(userId, Date.now() - 1_000));
/** What an authenticator app shows for a key, `steps` periods from now. */
const appCode = (key: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/ /g, "")) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
type Data<T> = { data: T; init: { status?: number; headers?: HeadersInit } | null };

/** Turns two-step sign-in on from the account page; returns the key and recovery codes. */
async function turnOnFor(userId: string) {
  const cookie = await earlierSession(userId);
  const page = (await twoFactorLoader(args(request("/account/two-factor", cookie)))) as {
    setUp: { key: string; qrSrc: string };
  };
  const answer = (await twoFactorAction(
    args(
      request("/account/two-factor", cookie, {
        intent: "turnOn",
        code: appCode(page.setUp.key),
      }),
    ),
  )) as { recoveryCodes: string[] };
  return { key: page.setUp.key, codes: answer.recoveryCodes, cookie };
}

/** The password step of the sign-in page; returns its answer and the half-way cookie. */
async function passwordStep(email: string, clientKey?: string) {
  const answer = (await signInAction(
    args(request("/sign-in", "", { email, password, returnTo: "/inspections" }), clientKey),
  )) as Data<{ view: { step: string } }>;
  const headers = new Headers(answer.init?.headers);
  return { answer, pending: cookiesOf(headers).find((c) => c.startsWith("sv_sign_in="))! };
}

async function codeStep(pending: string, fields: Record<string, string>, clientKey?: string) {
  return (await signInAction(
    args(
      request("/sign-in", pending, { step: "code", returnTo: "/inspections", ...fields }),
      clientKey,
    ),
  )) as Response | Data<{ errors: { code: string } }>;
}

describe(`setting two-step sign-in up on ${databaseKind}`, () => {
  it("shows a key as text and as a QR code, the same until it is confirmed by a code", async () => {
    const id = await makeUser("setup@two-factor.test");
    const cookie = await earlierSession(id);
    const first = (await twoFactorLoader(args(request("/account/two-factor", cookie)))) as {
      setUp: { key: string; qrSrc: string };
    };
    expect(first.setUp.key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(first.setUp.qrSrc).toMatch(/^data:image\/svg\+xml;base64,/);
    const again = (await twoFactorLoader(args(request("/account/two-factor", cookie)))) as {
      setUp: { key: string };
    };
    expect(again.setUp.key).toBe(first.setUp.key);
    // Not on until a right code: a wrong one, or none, is refused in words.
    const refusals: [string, string][] = [
      ["", "Enter the 6-digit code from your authenticator app"],
      ["000000", "The code is not right"],
    ];
    for (const [code, words] of refusals) {
      const wrong = (await twoFactorAction(
        args(request("/account/two-factor", cookie, { intent: "turnOn", code })),
      )) as unknown as Data<{ errors: { code: string } }>;
      expect(wrong.init?.status).toBe(400);
      expect(wrong.data.errors.code).toContain(words);
    }
    expect(await signIn(handle.db, "setup@two-factor.test", password)).toEqual({
      ok: true,
      userId: id,
    });
  });

  it("turns on with a code, shows ten recovery codes once, and keeps only hashes", async () => {
    const id = await makeUser("turns-on@two-factor.test");
    const { key, codes, cookie } = await turnOnFor(id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    // The page's own session goes on: the answer showing the codes loads with it.
    expect(await signedIn(cookie)).toBe(true);
    // Nothing kept in the clear: not the key, not a recovery code, not in the audit log.
    const [row] = await handle.db.select().from(users).where(eq(users.id, id));
    const stored = JSON.stringify([
      row,
      await handle.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, id)),
      await handle.db.select().from(auditLog).where(eq(auditLog.userId, id)),
    ]);
    expect(stored).not.toContain(key.replace(/ /g, ""));
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ""));
    }
    expect(row!.twoFactorOnAt).not.toBeNull();
    const page = (await twoFactorLoader(args(request("/account/two-factor", cookie)))) as {
      setUp?: unknown;
      state: { on: boolean };
    };
    expect(page.state.on).toBe(true);
    expect(page.setUp).toBeUndefined();
  });
});

describe(`signing in with two-step sign-in on ${databaseKind}`, () => {
  it("asks for a code after the password; the half-way cookie opens nothing", async () => {
    const id = await makeUser("code@two-factor.test");
    const { key } = await turnOnFor(id);
    const { answer, pending } = await passwordStep("code@two-factor.test");
    expect(answer.data.view.step).toBe("code");
    expect(answer.init?.status ?? 200).toBe(200);
    expect(pending).toMatch(/^sv_sign_in=/);
    expect(
      cookiesOf(new Headers(answer.init?.headers)).filter((c) => c.startsWith("sv_session=")),
    ).toEqual([]);
    expect(await signedIn(pending)).toBe(false);
    // Reloading the page shows the code step again.
    const page = (await signInLoader(args(request("/sign-in", pending)))) as {
      view: { step: string };
    };
    expect(page.view.step).toBe("code");

    const wrong = (await codeStep(pending, { code: "123 456" })) as Data<{
      errors: { code: string };
    }>;
    expect(wrong.init?.status).toBe(400);
    expect(wrong.data.errors.code).toContain("The code is not right");
    // The next period's code (the one set up with has been used): accepted, once.
    const code = appCode(key, 1);
    const right = (await codeStep(pending, { code })) as Response;
    expect(right.status).toBe(302);
    expect(right.headers.get("Location")).toBe("/inspections");
    const session = cookiesOf(right.headers).find((c) => c.startsWith("sv_session="))!;
    expect(await signedIn(session)).toBe(true);
    const log = await handle.db.select().from(auditLog).where(eq(auditLog.userId, id));
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(["sign_in_password", "sign_in", "two_factor_failed"]),
    );
    expect(JSON.stringify(log)).not.toContain(code);

    // The same code again, even from a new password step, is refused: no replay.
    const again = await passwordStep("code@two-factor.test");
    const replay = (await codeStep(again.pending, { code })) as Data<{ errors: { code: string } }>;
    expect(replay.init?.status).toBe(400);
  });

  it("takes each recovery code once, in any case, with or without dashes", async () => {
    const id = await makeUser("recovery@two-factor.test");
    const { codes } = await turnOnFor(id);
    const { pending } = await passwordStep("recovery@two-factor.test");
    const shown = (await codeStep(pending, { show: "recovery" })) as unknown as Data<{
      view: { recovery: boolean };
    }>;
    expect(shown.data.view.recovery).toBe(true);
    const typed = codes[3]!.toLowerCase().replace(/-/g, " ");
    const used = (await codeStep(pending, { use: "recovery", recoveryCode: typed })) as Response;
    expect(used.status).toBe(302);
    const again = await passwordStep("recovery@two-factor.test");
    const twice = (await codeStep(again.pending, {
      use: "recovery",
      recoveryCode: codes[3]!,
    })) as Data<{ errors: { code: string } }>;
    expect(twice.init?.status).toBe(400);
    expect(twice.data.errors.code).toContain("The recovery code is not right");
    const other = (await codeStep(again.pending, {
      use: "recovery",
      recoveryCode: codes[4]!,
    })) as Response;
    expect(other.status).toBe(302);
  });

  it(`counts codes per account before checking them, so many at once cannot all be tried${raced}`, async () => {
    const id = await makeUser("guessed@two-factor.test");
    const { key } = await turnOnFor(id);
    const { pending } = await passwordStep("guessed@two-factor.test");
    // Twenty wrong codes at once, each from its own client: at most five are checked.
    const answers = (await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        codeStep(pending, { code: String(100000 + i) }, `client-${i}`),
      ),
    )) as Data<unknown>[];
    const statuses = answers.map((a) => a.init?.status);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
    // The right code waits too, while the account is limited.
    const right = (await codeStep(pending, { code: appCode(key, 1) }, "client-x")) as Data<{
      errors: { code: string };
    }>;
    expect(right.init?.status).toBe(429);
    expect(right.data.errors.code).toMatch(/Too many attempts/);
  });

  it("slows one client's wrong codes on many accounts, never another client's", async () => {
    const keys: string[] = [];
    const pendings: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const email = `client${i}@two-factor.test`;
      keys.push((await turnOnFor(await makeUser(email))).key);
      pendings.push((await passwordStep(email, "another")).pending);
    }
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 16; attempt += 1) {
      const answer = (await codeStep(
        pendings[attempt % 4]!,
        { code: String(200000 + attempt) },
        "guesser",
      )) as Data<unknown>;
      statuses.push(answer.init!.status!);
    }
    // Four accounts take four wrong codes each, but the client is stopped after ten.
    expect(statuses.filter((s) => s === 400)).toHaveLength(10);
    expect(statuses.at(-1)).toBe(429);
    const genuine = (await codeStep(pendings[0]!, { code: appCode(keys[0]!, 1) }, "another")) as
      | Response
      | Data<unknown>;
    expect(genuine).toBeInstanceOf(Response);
  });

  it("ends the half-way sign-in after a password reset or disabling", async () => {
    const admin = await makeUser("resetter@two-factor.test", "admin");
    const id = await makeUser("half-way@two-factor.test");
    await turnOnFor(id);
    const { pending } = await passwordStep("half-way@two-factor.test");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await resetPassword(handle.db, admin, id);
    const expired = (await codeStep(pending, { code: "123456" })) as unknown as Data<{
      errors: { email: string };
    }>;
    expect(expired.init?.status).toBe(400);
    expect(expired.data.errors.email).toBe("Your sign-in took too long to finish. Sign in again.");
    await setAccountDisabled(handle.db, admin, id, true);
    expect(await signInLoader(args(request("/sign-in", pending)))).toMatchObject({
      view: undefined,
    });
  });
});

describe(`who must use two-step sign-in on ${databaseKind}`, () => {
  it("takes an admin without it to set it up straight after the password", async () => {
    const id = await makeUser("new-admin@two-factor.test", "admin");
    expect(await signIn(handle.db, "new-admin@two-factor.test", password)).toMatchObject({
      ok: true,
      secondStep: "setup",
    });
    const { answer, pending } = await passwordStep("new-admin@two-factor.test");
    const view = answer.data.view as { step: string; setUp: { key: string } };
    expect(view.step).toBe("setup");
    expect(await signedIn(pending)).toBe(false);
    const confirmed = (await signInAction(
      args(
        request("/sign-in", pending, {
          step: "setup",
          returnTo: "/admin/accounts",
          code: appCode(view.setUp.key),
        }),
      ),
    )) as Data<{ recoveryCodes: string[]; returnTo: string }>;
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    expect(confirmed.data.returnTo).toBe("/admin/accounts");
    const session = cookiesOf(new Headers(confirmed.init?.headers)).find((c) =>
      c.startsWith("sv_session="),
    )!;
    expect(await signedIn(session)).toBe(true);
    const [row] = await handle.db.select().from(users).where(eq(users.id, id));
    expect(row!.twoFactorOnAt).not.toBeNull();
    // The admin may not turn it off; an admin may reset it for someone who lost their phone.
    const off = (await twoFactorAction(
      args(
        request("/account/two-factor", session, {
          intent: "turnOff",
          password,
          code: appCode(view.setUp.key, 1),
        }),
      ),
    )) as Data<unknown>;
    expect(off.init?.status).toBe(409);
  });

  it("takes everyone there when REQUIRE_TWO_FACTOR=all", async () => {
    await makeUser("everyone@two-factor.test");
    expect(await signIn(handle.db, "everyone@two-factor.test", password)).not.toHaveProperty(
      "secondStep",
    );
    loadSettings({ ...process.env, REQUIRE_TWO_FACTOR: "all" });
    expect(await signIn(handle.db, "everyone@two-factor.test", password)).toMatchObject({
      secondStep: "setup",
    });
  });

  it("lets the demo's inspector in with the password alone on a demo, never in production", () => {
    const demo = { email: demoInspector.email, role: "admin" as const };
    loadSettings({ DEMO: "1", NODE_ENV: "production" });
    expect(twoFactorRequired(demo)).toBe(false);
    expect(twoFactorRequired({ ...demo, email: "someone.else@send-voice.test" })).toBe(true);
    loadSettings({
      NODE_ENV: "production",
      PUBLIC_URL: "https://send-voice.example.org",
      SESSION_SECRET: "a-random-secret-for-this-test-only-0123456789",
    });
    expect(twoFactorRequired(demo)).toBe(true);
  });
});

describe(`turning two-step sign-in off, and sessions ending, on ${databaseKind}`, () => {
  it("asks for the password and a code, then ends other sessions", async () => {
    const id = await makeUser("turns-off@two-factor.test");
    const { key, codes, cookie: here } = await turnOnFor(id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const phone = cookieOf(await startSession(id));
    const wrongPassword = (await twoFactorAction(
      args(
        request("/account/two-factor", here, {
          intent: "turnOff",
          password: "not it at all",
          code: appCode(key, 1),
        }),
      ),
    )) as Data<{ errors: Record<string, string> }>;
    expect(wrongPassword.init?.status).toBe(400);
    expect(wrongPassword.data.errors.password).toContain("not right");
    const noCode = (await twoFactorAction(
      args(request("/account/two-factor", here, { intent: "turnOff", password })),
    )) as Data<{ errors: Record<string, string> }>;
    expect(noCode.data.errors.code).toBe("Enter the 6-digit code from your authenticator app");
    const off = (await twoFactorAction(
      args(
        request("/account/two-factor", here, {
          intent: "turnOff",
          use: "recovery",
          password,
          recoveryCode: codes[0]!,
        }),
      ),
    )) as Response;
    expect(off.status).toBe(302);
    expect(off.headers.get("Location")).toBe("/account?changed=twoFactorOff");
    expect(await signedIn(cookiesOf(off.headers)[0]!)).toBe(true);
    expect(await signedIn(phone)).toBe(false);
    expect(await signIn(handle.db, "turns-off@two-factor.test", password)).not.toHaveProperty(
      "secondStep",
    );
    expect(
      await handle.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, id)),
    ).toEqual([]);
  });

  it("ends every session on a password reset, a disabling, and an admin's reset of two-step sign-in", async () => {
    const admin = await makeUser("admin@two-factor.test", "admin");
    const adminCookie = await earlierSession(admin);
    const id = await makeUser("ended@two-factor.test");
    await turnOnFor(id);
    const post = (fields: Record<string, string>) =>
      accountsAction(args(request("/admin/accounts", adminCookie, { accountId: id, ...fields })));
    for (const intent of ["resetTwoFactor", "reset", "disable"]) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const before = cookieOf(await startSession(id));
      expect(await signedIn(before), intent).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await post({ intent });
      expect(await signedIn(before), intent).toBe(false);
    }
    const [row] = await handle.db.select().from(users).where(eq(users.id, id));
    expect(row!.twoFactorOnAt).toBeNull();
    expect(row!.twoFactorSecret).toBeNull();
    const log = await handle.db.select().from(auditLog).where(eq(auditLog.userId, admin));
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(["two_factor_reset", "password_reset", "account_disabled"]),
    );
  });
});

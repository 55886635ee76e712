import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoInspector } from "~/demo/demo.server";
import { Client } from "./http";
import { startSecurityServer } from "./server";
import type { SecurityServer } from "./server";
import { appCode, keyOnPage, signInSettingUp } from "./two-factor";

/*
 * Inspector accounts over HTTP, against the production build (#16, "Inspector accounts"):
 * changing a password ends every other session of the account at once; two-step sign-in asks
 * for a code after the password, which a half-way sign-in cannot skip, a code is never taken
 * twice, and admins set it up before anything else. The demo's inspector (an admin) signs in
 * with the password alone, since this server is the demo.
 */
const slowTest = 120_000;
let server: SecurityServer;
let admin: Client;

/** An account made on the admin page, which shows its one-time password once. */
async function makeAccount(email: string, role: "admin" | "inspector" = "inspector") {
  const made = await admin.post("/admin/accounts", {
    intent: "create",
    name: email.split("@")[0]!,
    email,
    role,
  });
  return /<p class="resume-code"[^>]*>([^<]+)<\/p>/.exec(made.body)![1]!;
}

beforeAll(async () => {
  server = await startSecurityServer();
  admin = new Client(server.origin);
  expect((await admin.signIn(demoInspector.email, demoInspector.password)).status).toBe(302);
}, 300_000);
afterAll(() => server?.stop(), 30_000);

describe("changing your own password (#16)", { timeout: slowTest }, () => {
  it("ends the account's other sessions and keeps the one that changed it", async () => {
    const email = "changes.password@send-voice.test";
    const password = await makeAccount(email);
    const laptop = new Client(server.origin);
    const phone = new Client(server.origin);
    expect((await laptop.signIn(email, password)).status).toBe(302);
    expect((await phone.signIn(email, password)).status).toBe(302);
    // A copy of the laptop's cookie taken before the change.
    const copy = new Client(server.origin);
    copy.plant(laptop.cookieHeader("/"));
    expect((await copy.get("/inspections")).status).toBe(200);

    expect(await laptop.page("/account")).toContain("Change your password");
    const wrong = await laptop.post("/account?index", {
      currentPassword: "not the password",
      newPassword: "a new password for me",
      confirmPassword: "a new password for me",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain("Your current password is not right");
    expect((await phone.get("/inspections")).status).toBe(200);

    const changed = await laptop.post("/account?index", {
      currentPassword: password,
      newPassword: "a new password for me",
      confirmPassword: "a new password for me",
    });
    expect(changed.status).toBe(302);
    expect(changed.location).toBe("/account?changed=password");
    expect(await laptop.page("/account?changed=password")).toContain(
      "Your password has been changed",
    );
    for (const ended of [phone, copy]) {
      const answer = await ended.get("/inspections");
      expect(answer.status).toBe(302);
      expect(answer.location).toMatch(/^\/sign-in/);
    }
    expect((await new Client(server.origin).signIn(email, password)).status).toBe(400);
    expect((await new Client(server.origin).signIn(email, "a new password for me")).status).toBe(
      302,
    );
  });
});

describe("two-step sign-in (#16)", { timeout: slowTest }, () => {
  const fieldTag = (html: string, name: string) =>
    new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? "";

  it("sets up from the account page with a QR code and a key, and asks for a code at sign-in", async () => {
    const email = "two.step@send-voice.test";
    const password = await makeAccount(email);
    const owner = new Client(server.origin);
    expect((await owner.signIn(email, password)).status).toBe(302);
    const setUpPage = await owner.page("/account/two-factor");
    expect(setUpPage).toMatch(/<img[^>]*src="data:image\/svg\+xml;base64,[^"]+"[^>]*alt="[^"]+"/);
    const key = keyOnPage(setUpPage);
    const codeInput = fieldTag(setUpPage, "code");
    expect(codeInput).toMatch(/autocomplete="one-time-code"/i);
    expect(codeInput).toMatch(/inputmode="numeric"/i);
    const on = await owner.post("/account/two-factor", { intent: "turnOn", code: appCode(key) });
    expect(on.status).toBe(200);
    const codes = [...on.body.matchAll(/<li><code>([A-Z2-9-]{19})<\/code><\/li>/g)].map(
      (m) => m[1]!,
    );
    expect(codes).toHaveLength(10);
    // Shown once: the page afterwards has no codes.
    expect(await owner.page("/account/two-factor")).not.toContain(codes[0]!);

    const visitor = new Client(server.origin);
    const half = await visitor.signIn(email, password);
    expect(half.status).toBe(200);
    expect(half.body).toContain("Enter the code from your authenticator app");
    expect(half.setCookies.some((line) => line.startsWith("sv_session="))).toBe(false);
    const pendingLine = half.setCookies.find((line) => line.startsWith("sv_sign_in="))!;
    expect(pendingLine).toMatch(/;\s*HttpOnly/i);
    expect(pendingLine).toMatch(/;\s*Secure/i);
    expect(pendingLine).toMatch(/;\s*Path=\/sign-in/i);
    // Half signed in opens nothing, even with the half-way cookie sent to every path.
    const skipper = new Client(server.origin);
    skipper.plant(pendingLine.split(";")[0]!);
    for (const path of ["/inspections", "/account", "/admin/accounts"])
      expect((await skipper.get(path)).status, path).not.toBe(200);

    const wrong = await visitor.post("/sign-in", {
      step: "code",
      returnTo: "/inspections",
      code: "000000",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain("Error: ");
    expect(wrong.body).toContain('href="#code"');
    const code = appCode(key, 1);
    const right = await visitor.post("/sign-in", { step: "code", returnTo: "/inspections", code });
    expect(right.status).toBe(302);
    expect(right.location).toBe("/inspections");
    expect((await visitor.get("/inspections")).status).toBe(200);

    // The same code, sent again through a new sign-in, is refused.
    const replayer = new Client(server.origin);
    expect((await replayer.signIn(email, password)).status).toBe(200);
    const replay = await replayer.post("/sign-in", {
      step: "code",
      returnTo: "/inspections",
      code,
    });
    expect(replay.status).toBe(400);
    // A recovery code works once.
    const recovered = await replayer.post("/sign-in", {
      step: "code",
      use: "recovery",
      returnTo: "/inspections",
      recoveryCode: codes[0]!,
    });
    expect(recovered.status).toBe(302);
  });

  it("takes a new admin to set it up straight after the password, before any page", async () => {
    const email = "new.admin@send-voice.test";
    const password = await makeAccount(email, "admin");
    const client = new Client(server.origin);
    const { first, confirmed } = await signInSettingUp(client, email, password);
    expect(first.body).toContain("Set up two-step sign-in");
    expect(first.setCookies.some((line) => line.startsWith("sv_session="))).toBe(false);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toContain("Your recovery codes");
    expect((await client.get("/admin/accounts")).status).toBe(200);
  });

  it("limits wrong codes for an account, then refuses the right one too", async () => {
    const email = "code.guessed@send-voice.test";
    const password = await makeAccount(email);
    const owner = new Client(server.origin);
    expect((await owner.signIn(email, password)).status).toBe(302);
    const key = keyOnPage(await owner.page("/account/two-factor"));
    expect(
      (await owner.post("/account/two-factor", { intent: "turnOn", code: appCode(key) })).status,
    ).toBe(200);
    const guesser = new Client(server.origin);
    expect((await guesser.signIn(email, password)).status).toBe(200);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1)
      statuses.push(
        (
          await guesser.post("/sign-in", {
            step: "code",
            returnTo: "/inspections",
            code: String(300000 + attempt),
          })
        ).status,
      );
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const right = await guesser.post("/sign-in", {
      step: "code",
      returnTo: "/inspections",
      code: appCode(key, 1),
    });
    expect(right.status).toBe(429);
    // It says when to try again, as sign-in does.
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("lets the demo's inspector, an admin, in with the password alone on the demo", async () => {
    const answer = await new Client(server.origin).signIn(
      demoInspector.email,
      demoInspector.password,
    );
    expect(answer.status).toBe(302);
    expect(answer.location).toBe("/inspections");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoInspector } from "../../db/demo.server";
import { Client } from "./http";
import { startSecurityServer } from "./server";
import type { SecurityServer } from "./server";

/*
 * Inspector accounts over HTTP, against the production build (#16, "Inspector accounts"):
 * changing a password ends every other session of the account at once.
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

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { auditLog, inspectionTeam, organiserInvitations, outbox, users } from "~db/schema";
import {
  acceptInvitation,
  deleteSpentInvitations,
  findInvitation,
  inviteOrganiser,
  waitingInvitations,
  withdrawInvitation,
} from "~/auth/organiser-invitations.server";
import { startSession } from "~/auth/session.server";
import { getFixedT } from "~/i18n/i18n.server";
import { createInspection } from "~/inspections/inspections.server";
import { useDatabase } from "~/platform/db.server";
import { loader as inspectionsLoader } from "~/routes/inspections._index";
import { loader as newInspectionLoader } from "~/routes/inspections.new";
import {
  action as organisersAction,
  loader as organisersLoader,
} from "~/routes/inspections.$inspectionId.organisers";
import { routeStatus } from "./route-status";
import { today } from "../clock";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * A lead invites a parent carer forum organiser (#22): one email with a link that works once,
 * for a week, whose token is kept only hashed; the organiser's account is an organiser's, on
 * that team as "organiser", sees only its inspections' webinars and cannot set one up.
 */
let handle: DatabaseHandle;
let leadId: string;
let inspectionId: string;
const dayMs = 24 * 60 * 60_000;
const form = { name: "Olu Organiser", password: "a long forum password", confirmPassword: "" };
form.confirmPassword = form.password;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const [lead] = await handle.db
    .insert(users)
    .values({ email: "lead@forum.test", name: "Lead", passwordHash: "-", role: "inspector" })
    .returning({ id: users.id });
  leadId = lead!.id;
  inspectionId = await createInspection(handle.db, {
    localAreaName: "Forumshire",
    notifiedOn: today(),
    team: [{ userId: leadId, role: "lead" }],
  });
});
afterAll(() => handle.close());

async function invite(email: string, now = new Date()) {
  const t = await getFixedT("en", "inspector");
  expect(await inviteOrganiser(handle.db, { byUserId: leadId, inspectionId, email, t }, now)).toBe(
    true,
  );
  const [mail] = await handle.db.select().from(outbox).where(eq(outbox.to, email));
  const token = /\/invitation\/([\w-]+)/.exec(mail!.body!)![1]!;
  return { mail: mail!, token };
}

describe(`forum organisers' invitations on ${databaseKind}`, () => {
  it("emails one link, keeps only its hash, and works once", async () => {
    const { mail, token } = await invite("olu@forum.example");
    expect(mail.kind).toBe("invitation");
    expect(mail.subject).toBe("Invitation: run the forum's webinars for the Forumshire inspection");
    expect(mail.body).toContain("7 days");
    const rows = await handle.db.select().from(organiserInvitations);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await findInvitation(handle.db, token))?.areaName).toBe("Forumshire");

    const accepted = await acceptInvitation(handle.db, token, form);
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const [account] = await handle.db.select().from(users).where(eq(users.id, accepted.userId));
    expect(account!).toMatchObject({ email: "olu@forum.example", role: "organiser" });
    expect(account!.passwordHash).toMatch(/^scrypt\$/);
    const [member] = await handle.db
      .select({ role: inspectionTeam.role })
      .from(inspectionTeam)
      .where(eq(inspectionTeam.userId, accepted.userId));
    expect(member!.role).toBe("organiser");
    // Used: the same link does nothing the second time.
    expect(await findInvitation(handle.db, token)).toBeUndefined();
    expect(await acceptInvitation(handle.db, token, form)).toEqual({
      ok: false,
      reason: "unknown",
    });

    // Their list shows the inspection's webinars only; setting one up is not theirs to do.
    const cookie = (await startSession(accepted.userId)).split(";")[0]!;
    const request = (path: string) =>
      new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
    const list = await inspectionsLoader({
      request: request("/inspections"),
      params: {},
      context: { cspNonce: "" },
    });
    expect(list.rows).toEqual([]);
    expect(list.organised).toEqual([{ id: inspectionId, areaName: "Forumshire" }]);
    expect(list.mayCreate).toBe(false);
    expect(
      await routeStatus(() =>
        newInspectionLoader({
          request: request("/inspections/new"),
          params: {},
          context: { cspNonce: "" },
        }),
      ),
    ).toBe(404);
  });

  it("refuses a link more than 7 days old, a made-up one, and an address with an account", async () => {
    const longAgo = new Date(Date.now() - 8 * dayMs);
    const { token } = await invite("late@forum.example", longAgo);
    expect(await findInvitation(handle.db, token)).toBeUndefined();
    expect((await acceptInvitation(handle.db, token, form)).ok).toBe(false);
    expect(await findInvitation(handle.db, "x".repeat(24))).toBeUndefined();
    const { token: leads } = await invite("lead@forum.test");
    expect(await acceptInvitation(handle.db, leads, form)).toEqual({
      ok: false,
      reason: "hasAccount",
    });
    const [lead] = await handle.db.select().from(users).where(eq(users.id, leadId));
    expect(lead!.role).toBe("inspector");
  });

  it("shows the lead the invitations waiting, lets them withdraw one, and the sweep deletes spent ones", async () => {
    const { token: wrong } = await invite("wrong@forum.example");
    const { token: right } = await invite("right@forum.example");
    const cookie = (await startSession(leadId)).split(";")[0]!;
    const path = `/inspections/${inspectionId}/organisers`;
    const asLead = (body?: URLSearchParams) =>
      new Request(`http://localhost${path}`, {
        method: body ? "POST" : "GET",
        headers: { Cookie: cookie },
        body,
      });
    const page = async () =>
      (await organisersLoader({
        request: asLead(),
        params: { inspectionId },
        context: { cspNonce: "" },
      })) as { waiting: { id: string; email: string }[] };
    const waiting = (await page()).waiting.map((i) => i.email);
    expect(waiting).toEqual(expect.arrayContaining(["wrong@forum.example", "right@forum.example"]));
    // Used and run-out invitations are not listed.
    expect(waiting).not.toContain("olu@forum.example");
    expect(waiting).not.toContain("late@forum.example");

    const [row] = (await page()).waiting.filter((i) => i.email === "wrong@forum.example");
    const withdraw = new URLSearchParams({ intent: "withdraw", invitationId: row!.id });
    const answer = await organisersAction({
      request: asLead(withdraw),
      params: { inspectionId },
      context: { cspNonce: "" },
    });
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).headers.get("Location")).toBe(`${path}?withdrawn`);
    expect(await findInvitation(handle.db, wrong)).toBeUndefined();
    expect((await page()).waiting.map((i) => i.email)).not.toContain("wrong@forum.example");
    const [entry] = await handle.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, "organiser_invitation_withdrawn"));
    expect(entry!.detail).toEqual({ email: "wrong@forum.example" });
    // Pressed again (another tab), or made up, or another inspection's: nothing happens.
    const again = { byUserId: leadId, inspectionId, invitationId: row!.id };
    expect(await withdrawInvitation(handle.db, again)).toBe(false);
    expect(await withdrawInvitation(handle.db, { ...again, invitationId: "not-a-uuid" })).toBe(
      false,
    );
    const [other] = await waitingInvitations(handle.db, inspectionId);
    const elsewhere = { ...again, invitationId: other!.id, inspectionId: crypto.randomUUID() };
    expect(await withdrawInvitation(handle.db, elsewhere)).toBe(false);
    expect(await findInvitation(handle.db, right)).toBeDefined();

    // The sweep deletes used and run-out invitations with their addresses, not waiting ones.
    const addresses = async () =>
      (await handle.db.select({ email: organiserInvitations.email }).from(organiserInvitations))
        .map((r) => r.email)
        .sort();
    expect(await addresses()).toContain("olu@forum.example");
    expect(await addresses()).toContain("late@forum.example");
    expect(await deleteSpentInvitations(handle.db)).toBeGreaterThanOrEqual(2);
    const left = await addresses();
    expect(left).not.toContain("olu@forum.example");
    expect(left).not.toContain("late@forum.example");
    expect(left).toContain("right@forum.example");
    // A week on, the waiting one has run out too.
    await deleteSpentInvitations(handle.db, new Date(Date.now() + 8 * dayMs));
    expect(await addresses()).toEqual([]);
  });
});

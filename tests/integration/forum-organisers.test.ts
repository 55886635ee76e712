import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { inspectionTeam, organiserInvitations, outbox, users } from "~db/schema";
import {
  acceptInvitation,
  findInvitation,
  inviteOrganiser,
} from "~/auth/organiser-invitations.server";
import { startSession } from "~/auth/session.server";
import { getFixedT } from "~/i18n/i18n.server";
import { createInspection } from "~/inspections/inspections.server";
import { useDatabase } from "~/platform/db.server";
import { loader as inspectionsLoader } from "~/routes/inspections._index";
import { loader as newInspectionLoader } from "~/routes/inspections.new";
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
});

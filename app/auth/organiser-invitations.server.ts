import { and, asc, eq, gt, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { TFunction } from "i18next";
import { z } from "zod";
import type { Database } from "~db/client.server";
import { inspectionTeam, inspections, localAreas, organiserInvitations, users } from "~db/schema";
import { enqueue, publicUrlMark, wakeMailWorker } from "~/mail/outbox.server";
import { isUuid } from "~/platform/ids";
import { randomToken, sha256 } from "~/platform/random.server";
import { hitRateLimit } from "~/platform/rate-limit.server";
import { oneLineText } from "~/platform/text";
import { audit } from "./audit.server";
import { newAccountSchema } from "./accounts.server";
import { hashPassword, minimumPasswordLength } from "./password.server";

/*
 * A parent carer forum organiser joins an inspection (#22): its lead invites them by email,
 * and the emailed link (single use, a week, only its SHA-256 kept) lets them choose their name
 * and password. Their account is an organiser's, on that team as "organiser": the inspection's
 * webinars and nothing else (inspections/context.server.ts).
 */

const dayMs = 24 * 60 * 60_000;
/** How long an invitation's link works: the email and the pages say "7 days". */
export const invitationDays = 7;
/** Invitations one inspection sends a day: enough for a forum, too few to spam with. */
const invitationsPerDay = 20;

/** Messages are keys under `organisers.errors` (inspector namespace). */
export const inviteSchema = z.object({ email: newAccountSchema.shape.email });

export const acceptSchema = z
  .object({
    name: oneLineText("oneLine").min(1, "nameRequired").max(120, "tooLong"),
    password: z
      .string()
      .min(1, "passwordRequired")
      .min(minimumPasswordLength, "passwordTooShort")
      .max(1000, "tooLong"),
    confirmPassword: z.string().max(1000, "tooLong"),
  })
  .refine((form) => form.confirmPassword === form.password, {
    path: ["confirmPassword"],
    message: "confirmDifferent",
  });

/**
 * Emails an invitation to run the inspection's webinars, in the lead's language, with the
 * invitation and its email written together. Audited. False past the day's limit.
 */
export async function inviteOrganiser(
  db: Database,
  invite: { byUserId: string; inspectionId: string; email: string; t: TFunction },
  now = new Date(),
): Promise<boolean> {
  const token = randomToken();
  const sent = await db.transaction(async (tx) => {
    const key = `organiser-invite:${invite.inspectionId}`;
    if (!(await hitRateLimit(tx, key, invitationsPerDay, dayMs, now)).allowed) return false;
    const [area] = await tx
      .select({ name: localAreas.name })
      .from(inspections)
      .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
      .where(eq(inspections.id, invite.inspectionId));
    await tx.insert(organiserInvitations).values({
      inspectionId: invite.inspectionId,
      email: invite.email,
      tokenHash: sha256(token),
      invitedBy: invite.byUserId,
      expiresAt: new Date(now.getTime() + invitationDays * dayMs),
      createdAt: now,
    });
    const values = { area: area!.name, link: `${publicUrlMark}/invitation/${token}` };
    await enqueue(tx, [
      {
        kind: "invitation",
        to: invite.email,
        subject: invite.t("organisers.mail.subject", values),
        body: ["body", "link", "expires", "notYou"]
          .map((part) => invite.t(`organisers.mail.${part}`, values))
          .join("\n\n"),
        expiresAt: new Date(now.getTime() + invitationDays * dayMs),
      },
    ]);
    await audit(tx, {
      userId: invite.byUserId,
      inspectionId: invite.inspectionId,
      action: "organiser_invited",
      detail: { email: invite.email },
    });
    return true;
  });
  if (sent) wakeMailWorker();
  return sent;
}

const isToken = (token: string) => /^[\w-]{20,40}$/.test(token);

/** An invitation by its link's token, while it works: not used, not expired. */
export async function findInvitation(db: Database, token: string, now = new Date()) {
  if (!isToken(token)) return undefined;
  const [row] = await db
    .select({
      id: organiserInvitations.id,
      inspectionId: organiserInvitations.inspectionId,
      email: organiserInvitations.email,
      areaName: localAreas.name,
    })
    .from(organiserInvitations)
    .innerJoin(inspections, eq(inspections.id, organiserInvitations.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(
      and(
        eq(organiserInvitations.tokenHash, sha256(token)),
        isNull(organiserInvitations.acceptedAt),
        gt(organiserInvitations.expiresAt, now),
      ),
    );
  return row;
}

export type Acceptance =
  | { ok: true; userId: string; inspectionId: string }
  | { ok: false; reason: "unknown" | "hasAccount" };

/**
 * The organiser sets their name and password: the invitation is used up (of two presses at
 * once, one goes on), an organiser account made for the invited address, and put on the team
 * as "organiser". An address that already has an account is refused: its owner signs in, and
 * the lead adds them to the team. Audited.
 */
export async function acceptInvitation(
  db: Database,
  token: string,
  form: z.output<typeof acceptSchema>,
  now = new Date(),
): Promise<Acceptance> {
  const found = await findInvitation(db, token, now);
  if (!found) return { ok: false, reason: "unknown" };
  const passwordHash = await hashPassword(form.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, found.email.toLowerCase()));
    if (existing) return { ok: false, reason: "hasAccount" } as const;
    const [used] = await tx
      .update(organiserInvitations)
      .set({ acceptedAt: now })
      .where(and(eq(organiserInvitations.id, found.id), isNull(organiserInvitations.acceptedAt)))
      .returning({ id: organiserInvitations.id });
    if (!used) return { ok: false, reason: "unknown" } as const;
    const [user] = await tx
      .insert(users)
      .values({
        email: found.email.toLowerCase(),
        name: form.name,
        passwordHash,
        role: "organiser",
      })
      .returning({ id: users.id });
    await tx
      .insert(inspectionTeam)
      .values({ inspectionId: found.inspectionId, userId: user!.id, role: "organiser" });
    await audit(tx, {
      userId: user!.id,
      inspectionId: found.inspectionId,
      action: "organiser_joined",
      detail: { email: found.email },
    });
    return { ok: true, userId: user!.id, inspectionId: found.inspectionId } as const;
  });
}

/** The lead's view of invitations still waiting: not used, not run out. Oldest first. */
export async function waitingInvitations(db: Database, inspectionId: string, now = new Date()) {
  return db
    .select({
      id: organiserInvitations.id,
      email: organiserInvitations.email,
      sentAt: organiserInvitations.createdAt,
      expiresAt: organiserInvitations.expiresAt,
    })
    .from(organiserInvitations)
    .where(
      and(
        eq(organiserInvitations.inspectionId, inspectionId),
        isNull(organiserInvitations.acceptedAt),
        gt(organiserInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(organiserInvitations.createdAt));
}

/**
 * The lead takes back an invitation not yet used (sent to the wrong address, say): its link
 * stops working at once and the address is not kept. Audited. False when there was none to
 * take back: already used, run out, withdrawn, or another inspection's.
 */
export async function withdrawInvitation(
  db: Database,
  withdraw: { byUserId: string; inspectionId: string; invitationId: string },
): Promise<boolean> {
  if (!isUuid(withdraw.invitationId)) return false;
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(organiserInvitations)
      .where(
        and(
          eq(organiserInvitations.id, withdraw.invitationId),
          eq(organiserInvitations.inspectionId, withdraw.inspectionId),
          isNull(organiserInvitations.acceptedAt),
        ),
      )
      .returning({ email: organiserInvitations.email });
    if (!gone) return false;
    await audit(tx, {
      userId: withdraw.byUserId,
      inspectionId: withdraw.inspectionId,
      action: "organiser_invitation_withdrawn",
      detail: { email: gone.email },
    });
    return true;
  });
}

/**
 * The hourly sweep's part: invitations whose link has run out or been used are deleted, with
 * the address they were sent to (an organiser who joined has their account; one who did not
 * is not kept on file). Returns how many.
 */
export async function deleteSpentInvitations(db: Database, now = new Date()): Promise<number> {
  const gone = await db
    .delete(organiserInvitations)
    .where(or(isNotNull(organiserInvitations.acceptedAt), lte(organiserInvitations.expiresAt, now)))
    .returning({ id: organiserInvitations.id });
  return gone.length;
}

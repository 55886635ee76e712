import { and, asc, eq } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspectionTeam, users } from "~db/schema";
import { audit } from "~/auth/audit.server";
import { countFailedGuess, guessingWait } from "~/platform/guessing.server";

export async function listTeam(db: Database, inspectionId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: inspectionTeam.role })
    .from(inspectionTeam)
    .innerJoin(users, eq(users.id, inspectionTeam.userId))
    .where(eq(inspectionTeam.inspectionId, inspectionId))
    .orderBy(asc(inspectionTeam.role), asc(users.name));
}

export type TeamChange =
  | { ok: true }
  | { ok: false; reason: "noAccount" | "alreadyOnTeam" | "lastLead" | "notOnTeam" };

export type TeamAddition = TeamChange | { ok: false; reason: "tooManyLookups"; retryAfter: number };

/**
 * Adds an existing, enabled account to the team by its email address. Audited. Whether an
 * address has an account shows here, so looking up addresses that have none is limited per
 * inspector (#16, finding 18): past the limit, the seconds until they may try again.
 */
export async function addToTeam(
  db: Database,
  byUserId: string,
  inspectionId: string,
  email: string,
  role: "lead" | "member",
): Promise<TeamAddition> {
  const wait = guessingWait("team-lookup", byUserId);
  if (wait > 0) return { ok: false, reason: "tooManyLookups", retryAfter: wait };
  const [account] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!account || account.disabledAt) {
    countFailedGuess("team-lookup", byUserId);
    return { ok: false, reason: "noAccount" };
  }
  const added = await db
    .insert(inspectionTeam)
    .values({ inspectionId, userId: account.id, role })
    .onConflictDoNothing()
    .returning({ userId: inspectionTeam.userId });
  if (!added.length) return { ok: false, reason: "alreadyOnTeam" };
  await audit(db, {
    userId: byUserId,
    inspectionId,
    action: "team_changed",
    detail: { added: account.id, email: email.trim().toLowerCase(), role },
  });
  return { ok: true };
}

/** Takes someone off the team; their access ends at once. The last lead stays. */
export async function removeFromTeam(
  db: Database,
  byUserId: string,
  inspectionId: string,
  userId: string,
): Promise<TeamChange> {
  return db.transaction(async (tx) => {
    const team = await tx
      .select({ userId: inspectionTeam.userId, role: inspectionTeam.role })
      .from(inspectionTeam)
      .where(eq(inspectionTeam.inspectionId, inspectionId))
      .for("update");
    const leaving = team.find((m) => m.userId === userId);
    if (!leaving) return { ok: false, reason: "notOnTeam" } as const;
    if (leaving.role === "lead" && team.filter((m) => m.role === "lead").length === 1)
      return { ok: false, reason: "lastLead" } as const;
    await tx
      .delete(inspectionTeam)
      .where(and(eq(inspectionTeam.inspectionId, inspectionId), eq(inspectionTeam.userId, userId)));
    await audit(tx, {
      userId: byUserId,
      inspectionId,
      action: "team_changed",
      detail: { removed: userId, role: leaving.role },
    });
    return { ok: true } as const;
  });
}

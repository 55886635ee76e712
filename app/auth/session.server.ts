import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { and, eq, isNull, lt, notExists } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { getDb } from "../../db/client.server";
import type { Database } from "../../db/client.server";
import { endedSessions, inspectionTeam, users } from "../../db/schema";
import { logInfo } from "../platform/log.server";
import { isUuid } from "../platform/ids";

/** Signed with SESSION_SECRET (comma-separated to rotate); a random one when unset (demo only). */
function sessionSecrets(): string[] {
  const configured = process.env.SESSION_SECRET?.split(",").filter(Boolean);
  if (configured?.length) return configured;
  const globalStore = globalThis as typeof globalThis & { __sendVoiceSecret?: string };
  if (!globalStore.__sendVoiceSecret) {
    globalStore.__sendVoiceSecret = randomBytes(32).toString("base64url");
    if (process.env.NODE_ENV === "production")
      logInfo("session_secret_generated", {
        note: "set SESSION_SECRET so sessions survive restarts and work across processes",
      });
  }
  return [globalStore.__sendVoiceSecret];
}

export const idleTimeoutMs = 30 * 60_000;
export const absoluteTimeoutMs = 12 * 60 * 60_000;

interface SessionData {
  userId: string;
  /** Random per sign-in: a new session id every time, so a planted cookie is useless. */
  sid: string;
  signedInAt: number;
  lastSeenAt: number;
}

function storage() {
  return createCookieSessionStorage<SessionData>({
    cookie: {
      name: "sv_session",
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
      path: "/",
      secrets: sessionSecrets(),
    },
  });
}

export interface Inspector {
  id: string;
  email: string;
  name: string;
  role: "admin" | "inspector";
}

/** Starts a fresh session (new id) for a user who has just proved who they are. */
export async function startSession(userId: string, now = Date.now()): Promise<string> {
  const sessions = storage();
  const session = await sessions.getSession();
  session.set("userId", userId);
  session.set("sid", randomBytes(16).toString("base64url"));
  session.set("signedInAt", now);
  session.set("lastSeenAt", now);
  return sessions.commitSession(session);
}

/**
 * Signs out: the cookie is cleared, and the session's id is recorded as ended, so a copy of
 * the cookie taken before (a shared computer, a proxy log) no longer works either.
 */
export async function endSession(db: Database, request: Request): Promise<string> {
  const sessions = storage();
  const session = await sessions.getSession(request.headers.get("Cookie"));
  const sid = session.get("sid");
  if (sid) {
    const until = new Date((session.get("signedInAt") ?? Date.now()) + absoluteTimeoutMs);
    await db.insert(endedSessions).values({ sid, until }).onConflictDoNothing();
  }
  return sessions.destroySession(session);
}

/** Forgets ended sessions that would have timed out by now anyway. */
export async function deleteEndedSessions(db: Database, now = new Date()): Promise<number> {
  const deleted = await db
    .delete(endedSessions)
    .where(lt(endedSessions.until, now))
    .returning({ sid: endedSessions.sid });
  return deleted.length;
}

/**
 * The signed-in inspector, or undefined. Sessions end after 30 minutes idle or 12 hours in
 * all, and when the account is disabled. Returns a refreshed cookie to send back.
 */
export async function currentInspector(
  db: Database,
  request: Request,
  now = Date.now(),
): Promise<{ inspector: Inspector; cookie: string } | undefined> {
  const sessions = storage();
  const session = await sessions.getSession(request.headers.get("Cookie"));
  const userId = session.get("userId");
  const sid = session.get("sid");
  const signedInAt = session.get("signedInAt") ?? 0;
  const lastSeenAt = session.get("lastSeenAt") ?? 0;
  if (!userId || !sid || now - lastSeenAt > idleTimeoutMs || now - signedInAt > absoluteTimeoutMs)
    return undefined;
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        isNull(users.disabledAt),
        notExists(
          db
            .select({ sid: endedSessions.sid })
            .from(endedSessions)
            .where(eq(endedSessions.sid, sid)),
        ),
      ),
    );
  if (!user) return undefined;
  session.set("lastSeenAt", now);
  return { inspector: user, cookie: await sessions.commitSession(session) };
}

/** For inspector pages: the inspector, or a trip to sign-in that comes back here. */
export async function requireInspector(db: Database, request: Request) {
  const found = await currentInspector(db, request);
  if (!found) {
    const url = new URL(request.url);
    throw redirect(`/sign-in?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return found;
}

/**
 * An inspection this inspector is on. Any other inspection — someone else's, or none —
 * answers 404, so its existence is not revealed.
 */
export async function requireInspectionAccess(
  db: Database,
  inspectorId: string,
  inspectionId: string | undefined,
) {
  if (!inspectionId || !isUuid(inspectionId)) throw new Response(null, { status: 404 });
  const [member] = await db
    .select({ role: inspectionTeam.role })
    .from(inspectionTeam)
    .where(
      and(eq(inspectionTeam.inspectionId, inspectionId), eq(inspectionTeam.userId, inspectorId)),
    );
  if (!member) throw new Response(null, { status: 404 });
  return member;
}

/** Only local paths, so sign-in cannot be used to send people to another site. */
export function safeReturnTo(value: unknown): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.includes("\\")
  )
    return "/inspections";
  return value;
}

/**
 * The start of every page about one inspection: a signed-in inspector on its team, or a
 * trip to sign-in, or 404.
 */
export async function requireTeamInspection(request: Request, inspectionId: string | undefined) {
  const db = await getDb();
  const { inspector } = await requireInspector(db, request);
  const member = await requireInspectionAccess(db, inspector.id, inspectionId);
  return { db, inspector, inspectionId: inspectionId!, teamRole: member.role };
}

/** Admin pages: anyone else signed in gets 404, as for an inspection they are not on. */
export async function requireAdmin(request: Request) {
  const db = await getDb();
  const { inspector, cookie } = await requireInspector(db, request);
  if (inspector.role !== "admin") throw new Response(null, { status: 404 });
  return { db, admin: inspector, cookie };
}

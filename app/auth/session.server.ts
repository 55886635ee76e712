import { createCookie, createCookieSessionStorage, data, redirect } from "@remix-run/node";
import { and, eq, isNull, lt, notExists } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb } from "~/platform/db.server";
import type { Database } from "~db/client.server";
import { endedSessions, inspectionTeam, users } from "~db/schema";
import { isUuid } from "~/platform/ids";
import { readForm } from "~/platform/forms.server";
import { localPath } from "~/platform/local-path";
import { settings } from "~/platform/settings.server";
import { audit } from "./audit.server";
import type { KeptSubmission } from "./kept-submission";
import { twoFactorRequired } from "./two-factor.server";

/**
 * Signed with SESSION_SECRET (comma-separated to rotate), which a production start requires
 * (platform/settings.server.ts); a random one per run in the demo and in development.
 */
export function sessionSecrets(): string[] {
  const configured = settings().sessionSecrets;
  if (configured) return configured;
  const globalStore = globalThis as typeof globalThis & { __sendVoiceSecret?: string };
  globalStore.__sendVoiceSecret ??= randomBytes(32).toString("base64url");
  return [globalStore.__sendVoiceSecret];
}

/**
 * How long a session lasts with nothing done: SESSION_IDLE_MINUTES, 30 by default, between 5
 * and 480. Pages warn two minutes before (components/inspector/SessionTimeout).
 */
export function idleTimeoutMs(): number {
  return settings().sessionIdleMinutes * 60_000;
}
export const absoluteTimeoutMs = 12 * 60 * 60_000;

/** Why a request that carries a session is no longer signed in, when the session says. */
export type SignedOutReason = "idle" | "expired";

interface SessionData {
  userId: string;
  /** Random per sign-in: a new session id every time, so a planted cookie is useless. */
  sid: string;
  signedInAt: number;
  lastSeenAt: number;
}

/** Session cookies are Secure on the built app (the demo included): HTTPS, or localhost. */
export const secureCookies = () => settings().secureCookies;

/**
 * Whether the browser will drop the sign-in cookie: it is Secure in production, and browsers
 * keep a Secure cookie over plain HTTP only on localhost. Without this, signing in on a real
 * hostname over HTTP fails silently (back to this page, signed out). `url` is the request's as
 * Express saw it: behind a proxy that ends HTTPS, TRUST_PROXY lets it read X-Forwarded-Proto.
 */
export function signInCookieDropped(url: URL): boolean {
  if (!secureCookies() || url.protocol !== "http:") return false;
  return (
    !["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) &&
    !url.hostname.endsWith(".localhost")
  );
}

function storage() {
  return createCookieSessionStorage<SessionData>({
    cookie: {
      name: "sv_session",
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies(),
      path: "/",
      secrets: sessionSecrets(),
    },
  });
}

export interface Inspector {
  id: string;
  email: string;
  name: string;
  /** "organiser": a forum organiser's account (#22), on teams only as an organiser. */
  role: "admin" | "inspector" | "organiser";
}

/** Someone's part in one inspection's team. */
export type TeamRole = "lead" | "member" | "organiser";

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

/*
 * Half a sign-in: the password was right and a second step (a code, or setting two-step
 * sign-in up) is still to come. Held in its own signed cookie, sent to /sign-in only, for ten
 * minutes; it never opens any other page. Which step comes next is read from the account each
 * time, and a password reset, a disabling or a new password since ends it, as for sessions.
 */
const pendingSignInMs = 10 * 60_000;

function pendingSignInCookie() {
  return createCookie("sv_sign_in", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/sign-in",
    secrets: sessionSecrets(),
    maxAge: pendingSignInMs / 1000,
  });
}

export function startPendingSignIn(userId: string, now = Date.now()): Promise<string> {
  return pendingSignInCookie().serialize({ userId, passwordAt: now });
}

export function endPendingSignIn(): Promise<string> {
  return pendingSignInCookie().serialize("", { maxAge: 0 });
}

export interface PendingSignIn {
  userId: string;
  /** "code": two-step sign-in is on; "setup": the account must use it and has not set it up. */
  step: "code" | "setup";
}

export async function readPendingSignIn(
  db: Database,
  request: Request,
  now = Date.now(),
): Promise<PendingSignIn | undefined> {
  const value: unknown = await pendingSignInCookie().parse(request.headers.get("Cookie"));
  const parsed = z.object({ userId: z.string().uuid(), passwordAt: z.number() }).safeParse(value);
  if (!parsed.success) return undefined;
  const { userId, passwordAt } = parsed.data;
  if (now - passwordAt > pendingSignInMs || passwordAt > now + 60_000) return undefined;
  const [user] = await db
    .select({
      email: users.email,
      role: users.role,
      twoFactorOnAt: users.twoFactorOnAt,
      sessionsValidFrom: users.sessionsValidFrom,
    })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return undefined;
  if (user.sessionsValidFrom && passwordAt < user.sessionsValidFrom.getTime()) return undefined;
  if (user.twoFactorOnAt) return { userId, step: "code" };
  return twoFactorRequired(user) ? { userId, step: "setup" } : undefined;
}

/**
 * Signs out, audited for whoever was signed in: the cookie is cleared, and the session's id is
 * recorded as ended, so a copy of the cookie taken before (a shared computer, a proxy log) no
 * longer works either. Answers the Set-Cookie header that clears it.
 */
export async function signOut(db: Database, request: Request): Promise<string> {
  const signedIn = await currentInspector(db, request);
  if (signedIn) await audit(db, { userId: signedIn.inspector.id, action: "sign_out" });
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
  if (!userId || !sid || now - lastSeenAt > idleTimeoutMs() || now - signedInAt > absoluteTimeoutMs)
    return undefined;
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionsValidFrom: users.sessionsValidFrom,
    })
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
  // Signed in before a password reset or a disabling: that session has ended.
  if (user.sessionsValidFrom && signedInAt < user.sessionsValidFrom.getTime()) return undefined;
  session.set("lastSeenAt", now);
  const { sessionsValidFrom: _ended, ...inspector } = user;
  return { inspector, cookie: await sessions.commitSession(session) };
}

/** Whether a session ran out of time, rather than never existing or being ended. */
export async function signedOutReason(
  request: Request,
  now = Date.now(),
): Promise<SignedOutReason | undefined> {
  const session = await storage().getSession(request.headers.get("Cookie"));
  if (!session.get("userId")) return undefined;
  if (now - (session.get("signedInAt") ?? 0) > absoluteTimeoutMs) return "expired";
  if (now - (session.get("lastSeenAt") ?? 0) > idleTimeoutMs()) return "idle";
  return undefined;
}

/** What a kept form may weigh, encoded, so the sign-in form that carries it stays readable. */
export const maxKeptBytes = 120_000;

/**
 * For inspector pages: the inspector, or a trip to sign-in that comes back here. A page asked
 * for goes to sign-in, told why the session ended. A form sent after the session ended is not
 * lost: the answer is a 401 holding what was sent (never stored anywhere), which the area's
 * error page offers back through sign-in (components/inspector/SignInForm).
 */
export async function requireInspector(db: Database, request: Request) {
  const found = await currentInspector(db, request);
  if (found) return found;
  const reason = await signedOutReason(request);
  const url = new URL(request.url);
  const here = url.pathname + url.search;
  // A form is kept only for a real session that ran out (a signed cookie): a stranger's
  // post is never read, and goes to sign-in like a page.
  if (request.method === "GET" || request.method === "HEAD" || !reason)
    throw redirect(
      `/sign-in?returnTo=${encodeURIComponent(here)}${reason ? `&reason=${reason}` : ""}`,
    );
  let fields: [string, string][] = [];
  let droppedFiles = 0;
  // Only a small form: no one can make the server hold a large body.
  try {
    for (const [name, value] of await readForm(request, { maxBytes: 256 * 1024 })) {
      if (typeof value === "string") fields.push([name, value]);
      else if (value.size > 0) droppedFiles += 1;
    }
  } catch {
    // Not a form we can read, or too large (a recording): nothing to keep.
  }
  // Bounded as it will travel: JSON, then form-encoded in the sign-in page.
  if (encodeURIComponent(JSON.stringify(fields)).length > maxKeptBytes) fields = [];
  const kept: KeptSubmission = {
    reason,
    userId: (await storage().getSession(request.headers.get("Cookie"))).get("userId")!,
    idleMinutes: idleTimeoutMs() / 60_000,
    action: safeReturnTo(here),
    fields,
    droppedFiles,
  };
  throw data({ kept }, { status: 401 });
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
  return localPath(value, "/inspections");
}

/**
 * What only an inspection's lead may do (its team, its dates, closing and reopening its
 * surveys): anyone else on the team is told so (403), in words, by the area's error page.
 */
export function requireLead(teamRole: TeamRole) {
  if (teamRole !== "lead") throw data({ notLead: true }, { status: 403 });
}

/** Admin pages: anyone else signed in gets 404, as for an inspection they are not on. */
export async function requireAdmin(request: Request) {
  const db = await getDb();
  const { inspector, cookie } = await requireInspector(db, request);
  if (inspector.role !== "admin") throw new Response(null, { status: 404 });
  return { db, admin: inspector, cookie };
}

/**
 * The loader of every signed-in area's layout (inspections, the account): signed in only, the
 * name and role the navigation shows, and a renewed cookie for the sliding idle time-out.
 */
export async function inspectorAreaLoader(request: Request) {
  const { inspector, cookie } = await requireInspector(await getDb(), request);
  return data(
    {
      name: inspector.name,
      isAdmin: inspector.role === "admin",
      isOrganiser: inspector.role === "organiser",
      idleMs: idleTimeoutMs(),
    },
    { headers: { "Set-Cookie": cookie } },
  );
}

import { and, asc, count, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Database, DbOrTx, Transaction } from "~db/client.server";
import {
  inspections,
  localAreas,
  outbox,
  webinarBookingLinks,
  webinarFeedbackLinks,
  webinarSignupRequests,
  webinarSignups,
  webinars,
} from "~db/schema";
import type { AccessNeeds, Webinar, WebinarSignup, WebinarSignupRequest } from "~db/schema";
import { enqueue, publicUrlMark } from "~/mail/outbox.server";
import type { NewMessage } from "~/mail/outbox.server";
import { randomToken, sha256 } from "~/platform/random.server";
import { hitRateLimit } from "~/platform/rate-limit.server";
import { needsEmails } from "./access-needs.server";
import { composeEmail } from "./emails.server";
import type { EmailKind, Recipient, WebinarChange } from "./emails.server";
import { isUuid } from "~/platform/ids";

export type NewWebinar = Omit<typeof webinars.$inferInsert, "id" | "createdAt">;

export async function createWebinar(db: DbOrTx, input: NewWebinar): Promise<string> {
  const [row] = await db.insert(webinars).values(input).returning({ id: webinars.id });
  return row!.id;
}

// Written out in full: in a one-table query drizzle leaves column names unqualified, and an
// unqualified "id" inside the subquery would mean the sign-up's own id.
const signupsWith = (status: "confirmed" | "waiting") =>
  sql<number>`(select count(*)::int from "webinar_signups" s
    where s."webinar_id" = "webinars"."id" and s."status" = ${status})`;
const placesTaken = signupsWith("confirmed");
const waitingCount = signupsWith("waiting");

/**
 * An inspection's webinars of the given hosts (all unless said) with their places taken and
 * waiting lists, soonest first.
 */
export async function listWebinars(
  db: Database,
  inspectionId: string,
  hosts: readonly Webinar["host"][] = ["inspectors", "forum"],
) {
  return db
    .select({ webinar: webinars, confirmed: placesTaken, waiting: waitingCount })
    .from(webinars)
    .where(and(eq(webinars.inspectionId, inspectionId), inArray(webinars.host, [...hosts])))
    .orderBy(asc(webinars.startsAt));
}

/** The public page: the area's name and the webinars that have not started yet. */
export async function publicWebinars(db: Database, webinarsToken: string, now = new Date()) {
  const [inspection] = await db
    .select({ id: inspections.id, areaName: localAreas.name })
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(inspections.webinarsToken, webinarsToken));
  if (!inspection) return undefined;
  const rows = await db
    .select({ webinar: webinars, confirmed: placesTaken })
    .from(webinars)
    .where(and(eq(webinars.inspectionId, inspection.id), gt(webinars.startsAt, now)))
    .orderBy(asc(webinars.startsAt));
  return {
    areaName: inspection.areaName,
    webinars: rows.map(({ webinar, confirmed }) => ({
      ...publicFields(webinar),
      cancelled: Boolean(webinar.cancelledAt),
      placesLeft: webinar.cancelledAt ? 0 : Math.max(0, webinar.capacity - confirmed),
    })),
  };
}

/** What anyone may see of a webinar: never the join link. */
function publicFields(webinar: Webinar) {
  const { joinUrl: _hidden, ...rest } = webinar;
  return rest;
}

/** One upcoming webinar of the inspection behind a public webinars token. */
export async function findOpenWebinar(
  db: Database,
  webinarsToken: string,
  webinarId: string,
  now = new Date(),
) {
  if (!isUuid(webinarId)) return undefined;
  const [row] = await db
    .select({ webinar: webinars, areaName: localAreas.name, confirmed: placesTaken })
    .from(webinars)
    .innerJoin(inspections, eq(inspections.id, webinars.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(
      and(
        eq(webinars.id, webinarId),
        eq(inspections.webinarsToken, webinarsToken),
        gt(webinars.startsAt, now),
      ),
    );
  if (!row) return undefined;
  return {
    ...publicFields(row.webinar),
    areaName: row.areaName,
    cancelled: Boolean(row.webinar.cancelledAt),
    placesLeft: row.webinar.cancelledAt ? 0 : Math.max(0, row.webinar.capacity - row.confirmed),
  };
}

export interface SignUpDetails {
  name: string;
  email: string;
  role: WebinarSignup["role"];
  accessNeeds: AccessNeeds;
  question?: string;
  language: string;
}

export type SignUpResult =
  | { outcome: "confirmed"; token: string }
  | { outcome: "waiting"; token: string }
  | { outcome: "duplicate"; status: "confirmed" | "waiting" }
  | { outcome: "closed" };

export const emailKey = (email: string) => email.trim().toLowerCase();

interface Context {
  now?: Date;
}

const dayMs = 24 * 60 * 60_000;

/** How long the link in a "confirm your place" email works: the email says "one week". */
export const requestLifetimeMs = 7 * dayMs;

/**
 * Emails one address gets from a webinar's sign-up form in a day. Anyone can type anyone's
 * address, so without a cap the form could send a stranger email after email. Past the cap
 * the answer is the same "Check your email" (so it says nothing about the address either) and
 * nothing is sent; the emails already sent hold working links.
 */
export const emailsPerAddress = { limit: 3, windowMs: dayMs };

/**
 * A sign-up from the public form. Whoever typed the address learns nothing about it: the
 * answer is the same whether or not the address already has a place (the route shows "Check
 * your email" either way), and nothing anyone can see moves, because no place is taken until
 * the address's owner confirms from the email (`confirmSignUp`). What differs goes to the
 * address: a link to confirm a place, or, when it already has one, a link to that booking.
 * Both ways write one link and one email, so they take about as long.
 */
export async function requestSignUp(
  db: Database,
  webinarId: string,
  details: SignUpDetails,
  context: Context = {},
): Promise<"emailed" | "closed"> {
  const now = context.now ?? new Date();
  return db.transaction(async (tx) => {
    const [webinar] = await tx.select().from(webinars).where(eq(webinars.id, webinarId));
    if (!webinar || webinar.startsAt <= now || webinar.cancelledAt) return "closed";
    // Counted by a hash of the address, not the address; the hourly sweep deletes old counts.
    const { limit, windowMs } = emailsPerAddress;
    const addressKey = `webinar-email:${webinarId}:${sha256(emailKey(details.email))}`;
    if (!(await hitRateLimit(tx, addressKey, limit, windowMs, now)).allowed) return "emailed";
    const existing = await activeSignup(tx, webinarId, details.email);
    const token = randomToken();
    if (existing) {
      await tx
        .insert(webinarBookingLinks)
        .values({ tokenHash: sha256(token), signupId: existing.id });
      const position =
        existing.status === "waiting" ? await waitingPosition(tx, existing) : undefined;
      const about = { webinar, signup: existing, token, position, status: existing.status };
      await enqueue(tx, await emailsFor(tx, "already", about, now));
    } else {
      const [request] = await tx
        .insert(webinarSignupRequests)
        .values({
          webinarId,
          tokenHash: sha256(token),
          name: details.name,
          email: details.email.trim(),
          role: details.role,
          accessNeeds: details.accessNeeds,
          question: details.question ?? null,
          language: details.language,
          // The app's clock, not the database's: a link's week is counted by the same clock.
          createdAt: now,
        })
        .returning();
      await enqueue(tx, await emailsFor(tx, "confirm", { webinar, signup: request!, token }, now));
    }
    return "emailed";
  });
}

/** The address's place or place on the waiting list at this webinar, if it has one. */
async function activeSignup(db: DbOrTx, webinarId: string, email: string) {
  const [row] = await db
    .select()
    .from(webinarSignups)
    .where(
      and(
        eq(webinarSignups.webinarId, webinarId),
        eq(webinarSignups.emailKey, emailKey(email)),
        inArray(webinarSignups.status, ["confirmed", "waiting"]),
      ),
    );
  return row as (WebinarSignup & { status: "confirmed" | "waiting" }) | undefined;
}

const isLinkToken = (token: string) => /^[\w-]{20,40}$/.test(token);

/** A sign-up waiting for its address's owner, by the token in its email, while the link works. */
export async function findSignUpRequest(db: Database, token: string, now = new Date()) {
  if (!isLinkToken(token)) return undefined;
  const [row] = await db
    .select({
      request: webinarSignupRequests,
      webinar: webinars,
      areaName: localAreas.name,
      confirmed: placesTaken,
    })
    .from(webinarSignupRequests)
    .innerJoin(webinars, eq(webinars.id, webinarSignupRequests.webinarId))
    .innerJoin(inspections, eq(inspections.id, webinars.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(
      and(
        eq(webinarSignupRequests.tokenHash, sha256(token)),
        gt(webinarSignupRequests.createdAt, new Date(now.getTime() - requestLifetimeMs)),
      ),
    );
  if (!row) return undefined;
  return { ...row, full: row.confirmed >= row.webinar.capacity };
}

/**
 * The address's owner presses "Confirm my place": a place, or a place on the waiting list
 * when the webinar is full, counted with the webinar's row locked as in `signUp`. The link
 * they followed becomes their booking's link. An address that meanwhile got a place (from
 * another of its emails) keeps that one place, and this link shows it.
 */
export async function confirmSignUp(
  db: Database,
  token: string,
  context: Context = {},
): Promise<"confirmed" | "waiting" | "already" | "started" | "unknown"> {
  const now = context.now ?? new Date();
  const found = await findSignUpRequest(db, token, now);
  if (!found) return "unknown";
  return db.transaction(async (tx) => {
    const [webinar] = await tx
      .select()
      .from(webinars)
      .where(eq(webinars.id, found.webinar.id))
      .for("update");
    if (!webinar) return "unknown";
    if (webinar.startsAt <= now || webinar.cancelledAt) return "started";
    // Taken by deleting it: of two presses at once, only one goes on.
    const [request] = await tx
      .delete(webinarSignupRequests)
      .where(eq(webinarSignupRequests.id, found.request.id))
      .returning();
    if (!request) return "unknown";
    const existing = await activeSignup(tx, webinar.id, request.email);
    if (existing) {
      await tx
        .insert(webinarBookingLinks)
        .values({ tokenHash: request.tokenHash, signupId: existing.id });
      return "already";
    }
    return takePlace(tx, webinar, detailsOf(request), token, now);
  });
}

function detailsOf(request: WebinarSignupRequest): SignUpDetails {
  return {
    name: request.name,
    email: request.email,
    role: request.role,
    accessNeeds: request.accessNeeds,
    question: request.question ?? undefined,
    language: request.language,
  };
}

/**
 * Takes a place now, or a place on the waiting list when the webinar is full: for addresses
 * whose owner has confirmed (`confirmSignUp`), and for tests. The webinar's row is locked for
 * the transaction, so sign-ups for one webinar are counted one at a time and the capacity
 * holds however many arrive together. The emails are written in the same transaction.
 */
export async function signUp(
  db: Database,
  webinarId: string,
  details: SignUpDetails,
  context: Context = {},
): Promise<SignUpResult> {
  const now = context.now ?? new Date();
  return db.transaction(async (tx) => {
    const [webinar] = await tx
      .select()
      .from(webinars)
      .where(eq(webinars.id, webinarId))
      .for("update");
    if (!webinar || webinar.startsAt <= now || webinar.cancelledAt)
      return { outcome: "closed" } as const;
    const existing = await activeSignup(tx, webinarId, details.email);
    if (existing) return { outcome: "duplicate", status: existing.status } as const;
    const token = randomToken();
    const outcome = await takePlace(tx, webinar, details, token, now);
    return { outcome, token } as const;
  });
}

/** Call with the webinar's row locked: the count of places taken must hold until commit. */
async function takePlace(
  tx: Transaction,
  webinar: Webinar,
  details: SignUpDetails,
  token: string,
  now: Date,
): Promise<"confirmed" | "waiting"> {
  const taken = await placesTakenBy(tx, webinar.id);
  const status = taken < webinar.capacity ? "confirmed" : "waiting";
  const [signup] = await tx
    .insert(webinarSignups)
    .values({
      webinarId: webinar.id,
      name: details.name,
      email: details.email.trim(),
      emailKey: emailKey(details.email),
      role: details.role,
      accessNeeds: details.accessNeeds,
      question: details.question ?? null,
      language: details.language,
      status,
    })
    .returning();
  await tx.insert(webinarBookingLinks).values({ tokenHash: sha256(token), signupId: signup!.id });
  const position = status === "waiting" ? await waitingPosition(tx, signup!) : undefined;
  await enqueue(
    tx,
    await emailsFor(tx, status, { webinar, signup: signup!, token, position }, now),
  );
  // A place that needs an interpreter or captions: the host hears now, in this transaction.
  if (status === "confirmed") await enqueue(tx, await needsEmails(tx, webinar, signup!));
  return status;
}

/** How many places are taken; call with the webinar's row locked for a count that holds. */
export async function placesTakenBy(db: DbOrTx, webinarId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(webinarSignups)
    .where(and(eq(webinarSignups.webinarId, webinarId), eq(webinarSignups.status, "confirmed")));
  return row!.n;
}

export async function bookingLink(db: DbOrTx, signupId: string): Promise<string> {
  const token = randomToken();
  await db.insert(webinarBookingLinks).values({ tokenHash: sha256(token), signupId });
  return token;
}

async function waitingPosition(db: DbOrTx, signup: WebinarSignup): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(webinarSignups)
    .where(
      and(
        eq(webinarSignups.webinarId, signup.webinarId),
        eq(webinarSignups.status, "waiting"),
        lte(webinarSignups.seq, signup.seq),
      ),
    );
  return row!.n;
}

interface EmailAbout {
  webinar: Webinar;
  signup: Recipient & { email: string };
  token: string;
  position?: number;
  /** For "already": what the address has. */
  status?: "confirmed" | "waiting";
  /** For "changed": what changed. */
  change?: WebinarChange;
}

/**
 * The messages for a new status: a place brings its reminder 24 hours before, if still ahead.
 * A "confirm your place" email is about a request, not a sign-up, and goes no later than its
 * link works.
 */
export async function emailsFor(
  db: DbOrTx,
  kind: EmailKind,
  about: EmailAbout,
  now: Date,
): Promise<NewMessage[]> {
  const [area] = await db
    .select({ name: localAreas.name })
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(inspections.id, about.webinar.inspectionId));
  // The site's address goes in when the message is sent (outbox.server.ts), so one queued
  // before PUBLIC_URL was put right links to the right place after a restart.
  const link = `${publicUrlMark}/booking/${about.token}`;
  const message = async (k: EmailKind, sendAfter = now): Promise<NewMessage> => ({
    webinarId: about.webinar.id,
    signupId: k === "confirm" ? null : about.signup.id,
    kind: k,
    to: about.signup.email,
    sendAfter,
    ...(await composeEmail(k, { ...about, areaName: area?.name ?? "", link })),
  });
  if (kind === "confirm") {
    const linkEnds = Math.min(now.getTime() + requestLifetimeMs, about.webinar.startsAt.getTime());
    return [{ ...(await message(kind)), expiresAt: new Date(linkEnds) }];
  }
  const messages = [await message(kind)];
  const remindAt = new Date(about.webinar.startsAt.getTime() - dayMs);
  if ((kind === "confirmed" || kind === "promoted" || kind === "changed") && remindAt > now)
    messages.push({ ...(await message("reminder", remindAt)), expiresAt: about.webinar.startsAt });
  return messages;
}

/** A booking found by the token in one of its emails. */
export async function findBooking(db: Database, token: string) {
  if (!isLinkToken(token)) return undefined;
  const [row] = await db
    .select({ signup: webinarSignups, webinar: webinars, areaName: localAreas.name })
    .from(webinarBookingLinks)
    .innerJoin(webinarSignups, eq(webinarSignups.id, webinarBookingLinks.signupId))
    .innerJoin(webinars, eq(webinars.id, webinarSignups.webinarId))
    .innerJoin(inspections, eq(inspections.id, webinars.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(webinarBookingLinks.tokenHash, sha256(token)));
  if (!row) return undefined;
  const position =
    row.signup.status === "waiting" ? await waitingPosition(db, row.signup) : undefined;
  return { ...row, position };
}

/**
 * Gives up a place (or a place on the waiting list). A freed place goes to the first person
 * waiting, who is told by email. Unsent emails to the person cancelling (their reminder) are
 * withdrawn. Cancelling twice changes nothing the second time.
 */
export async function cancelBooking(
  db: Database,
  token: string,
  context: Context = {},
): Promise<"cancelled" | "already" | "started" | "unknown"> {
  const now = context.now ?? new Date();
  const booking = await findBooking(db, token);
  if (!booking) return "unknown";
  return db.transaction(async (tx) => {
    const [webinar] = await tx
      .select()
      .from(webinars)
      .where(eq(webinars.id, booking.webinar.id))
      .for("update");
    const [signup] = await tx
      .select()
      .from(webinarSignups)
      .where(eq(webinarSignups.id, booking.signup.id));
    if (!webinar || !signup) return "unknown";
    if (signup.status === "cancelled") return "already";
    if (webinar.startsAt <= now || webinar.cancelledAt) return "started";
    const [cancelled] = await tx
      .update(webinarSignups)
      .set({ status: "cancelled", cancelledAt: now })
      .where(eq(webinarSignups.id, signup.id))
      .returning();
    await tx.delete(outbox).where(and(eq(outbox.signupId, signup.id), isNull(outbox.sentAt)));
    await enqueue(
      tx,
      await emailsFor(tx, "cancelled", { webinar, signup: cancelled!, token }, now),
    );
    if (signup.status === "confirmed") await fillPlaces(tx, webinar, now);
    return "cancelled";
  });
}

/** Offers free places to the people waiting longest. Call with the webinar's row locked. */
export async function fillPlaces(tx: Transaction, webinar: Webinar, now: Date) {
  const taken = await placesTakenBy(tx, webinar.id);
  const free = webinar.capacity - taken;
  if (free <= 0) return;
  const next = await tx
    .select()
    .from(webinarSignups)
    .where(and(eq(webinarSignups.webinarId, webinar.id), eq(webinarSignups.status, "waiting")))
    .orderBy(asc(webinarSignups.seq))
    .limit(free);
  for (const waiting of next) {
    // "You are number 3 on the waiting list" must not arrive after "a place is free".
    await tx.delete(outbox).where(and(eq(outbox.signupId, waiting.id), isNull(outbox.sentAt)));
    const [promoted] = await tx
      .update(webinarSignups)
      .set({ status: "confirmed" })
      .where(eq(webinarSignups.id, waiting.id))
      .returning();
    const token = await bookingLink(tx, waiting.id);
    await enqueue(tx, await emailsFor(tx, "promoted", { webinar, signup: promoted!, token }, now));
    await enqueue(tx, await needsEmails(tx, webinar, promoted!));
  }
}

/**
 * Inspectors can add places; people waiting get them at once. Places never go below the
 * number already taken (counted with the webinar locked, so no sign-up slips in between).
 */
export async function setCapacity(
  db: Database,
  webinarId: string,
  capacity: number,
  context: Context = {},
): Promise<{ ok: true; before: number } | { ok: false; taken: number }> {
  const now = context.now ?? new Date();
  return db.transaction(async (tx) => {
    const [webinar] = await tx
      .select()
      .from(webinars)
      .where(eq(webinars.id, webinarId))
      .for("update");
    const taken = await placesTakenBy(tx, webinarId);
    if (!webinar || webinar.cancelledAt || capacity < Math.max(1, taken) || capacity > 1000)
      return { ok: false, taken } as const;
    const [updated] = await tx
      .update(webinars)
      .set({ capacity })
      .where(eq(webinars.id, webinarId))
      .returning();
    if (updated!.startsAt > now) await fillPlaces(tx, updated!, now);
    return { ok: true, before: webinar.capacity } as const;
  });
}

/** Everyone who signed up (cancelled last), for the inspectors of this webinar. */
export async function attendees(db: Database, webinarId: string) {
  return db
    .select()
    .from(webinarSignups)
    .where(eq(webinarSignups.webinarId, webinarId))
    .orderBy(
      sql`case ${webinarSignups.status} when 'confirmed' then 0 when 'waiting' then 1 else 2 end`,
      asc(webinarSignups.seq),
    );
}

/** Ticks who came; everyone else with a place is marked as not having come. */
export async function setAttendance(db: DbOrTx, webinarId: string, cameIds: string[]) {
  const came = new Set(cameIds);
  const people = await db
    .select({ id: webinarSignups.id })
    .from(webinarSignups)
    .where(and(eq(webinarSignups.webinarId, webinarId), eq(webinarSignups.status, "confirmed")));
  for (const person of people)
    await db
      .update(webinarSignups)
      .set({ attended: came.has(person.id) })
      .where(eq(webinarSignups.id, person.id));
}

/**
 * Sign-ups, their booking links and outbox rows are deleted 30 days after the webinar ends
 * (the sign-up page says so), and unused feedback links stop working then (#22). The webinar
 * itself stays, with its anonymous feedback, so the inspection's record is whole.
 */
export async function deleteOldSignups(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 30 * dayMs);
  const old = db.select({ id: webinars.id }).from(webinars).where(lte(webinars.endsAt, cutoff));
  await db.delete(outbox).where(inArray(outbox.webinarId, old));
  await db.delete(webinarFeedbackLinks).where(inArray(webinarFeedbackLinks.webinarId, old));
  const deleted = await db
    .delete(webinarSignups)
    .where(inArray(webinarSignups.webinarId, old))
    .returning({ id: webinarSignups.id });
  return deleted.length;
}

/**
 * Sign-ups nobody confirmed are deleted once their link has stopped working: a week after
 * they were made, or when their webinar starts.
 */
export async function deleteStaleSignUpRequests(db: Database, now = new Date()): Promise<number> {
  const started = db.select({ id: webinars.id }).from(webinars).where(lte(webinars.startsAt, now));
  const deleted = await db
    .delete(webinarSignupRequests)
    .where(
      or(
        lte(webinarSignupRequests.createdAt, new Date(now.getTime() - requestLifetimeMs)),
        inArray(webinarSignupRequests.webinarId, started),
      ),
    )
    .returning({ id: webinarSignupRequests.id });
  return deleted.length;
}

/** The random part of the inspection's public webinars page address. */
export async function webinarsTokenOf(db: Database, inspectionId: string): Promise<string> {
  const [row] = await db
    .select({ token: inspections.webinarsToken })
    .from(inspections)
    .where(eq(inspections.id, inspectionId));
  return row!.token;
}

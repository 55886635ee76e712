/*
 * What must hold in the database after the faults, whatever they cut: each acknowledged
 * submission and sign-up stored once and whole, nothing stored twice, and the summary's
 * counters and the webinars' places in agreement with what is stored.
 */
import { isDeepStrictEqual } from "node:util";
import { and, eq, inArray, not, sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import {
  answers,
  comments,
  drafts,
  outbox,
  responses,
  surveyLinks,
  webinarSignups,
} from "~db/schema";
import { foldPendingCounts } from "~/summary/counts.server";
import { filterOptions } from "~/summary/filters";
import { inspectionSummary } from "~/summary/summary.server";
import { listWebinars } from "~/webinars/webinars.server";
import { oracleSummary } from "../integration/summary-oracle";
import { answerSetKey, markedText, storedForm } from "./plan";
import type { SignUpPlan, Submission } from "./plan";
import type { Outcome } from "./survey-client";

export interface Check {
  name: string;
  passed: boolean;
  /** A few examples of what went wrong, when it did. */
  detail?: string[];
}

export interface StoredFigures {
  stored: number;
  /** Sends beyond the first of a submission: second clicks, network retries, retries after a kill. */
  repeatSends: number;
  /** Repeat sends of submissions that are stored exactly once: each could have stored a copy. */
  duplicatesPrevented: number;
}

const examples = (items: string[]) => items.slice(0, 5);

/** Which of these submission keys have a stored response. */
export async function storedSubmissionKeys(db: Database, keys: string[]) {
  if (!keys.length) return new Set<string>();
  const rows = await db
    .select({ key: responses.submissionKey })
    .from(responses)
    .where(inArray(responses.submissionKey, keys));
  return new Set(rows.map((r) => r.key));
}

export async function checkDatabase(
  db: Database,
  inspectionId: string,
  submissions: Submission[],
  outcomes: (Outcome | undefined)[],
  /** Start posts cut off or failed: each may have made a draft nobody was given. */
  startsUnanswered: number,
): Promise<{ checks: Check[]; figures: StoredFigures }> {
  const [storedResponses, storedAnswers, storedComments] = await Promise.all([
    db
      .select({
        id: responses.id,
        audience: responses.audience,
        version: responses.version,
        language: responses.language,
        about: responses.about,
      })
      .from(responses)
      .where(eq(responses.inspectionId, inspectionId)),
    db
      .select({
        responseId: answers.responseId,
        questionId: answers.questionId,
        value: answers.value,
      })
      .from(answers)
      .where(eq(answers.inspectionId, inspectionId)),
    db
      .select({
        responseId: comments.responseId,
        questionId: comments.questionId,
        text: comments.text,
      })
      .from(comments)
      .where(eq(comments.inspectionId, inspectionId)),
  ]);
  const group = <T extends { responseId: string }>(rows: T[]) => {
    const byResponse = new Map<string, T[]>();
    for (const row of rows)
      byResponse.set(row.responseId, [...(byResponse.get(row.responseId) ?? []), row]);
    return byResponse;
  };
  const answersOf = group(storedAnswers);
  const commentsOf = group(storedComments);

  // Each response is recognised by the marker in its own words, or failing that (its
  // comments lost) by its closed answers, which are unique to one submission too.
  const byText = new Map(submissions.map((s) => [markedText(s.marker), s] as const));
  const byAnswerSet = new Map(
    submissions.map((s) => [answerSetKey(s.audience, s.version, s.expected), s] as const),
  );
  const copies = new Map<number, number>();
  const strangers: string[] = [];
  const broken: string[] = [];
  for (const response of storedResponses) {
    const form = storedForm(
      answersOf.get(response.id) ?? [],
      commentsOf.get(response.id) ?? [],
      response.about,
    );
    const submission =
      Object.values(form.comments)
        .map((text) => byText.get(text))
        .find((s) => s) ?? byAnswerSet.get(answerSetKey(response.audience, response.version, form));
    if (!submission) {
      strangers.push(`response ${response.id}: ${JSON.stringify(form).slice(0, 200)}`);
      continue;
    }
    copies.set(submission.index, (copies.get(submission.index) ?? 0) + 1);
    const expected = submission.expected;
    const whole =
      response.audience === submission.audience &&
      response.version === submission.version &&
      response.language === submission.language &&
      isDeepStrictEqual(form, expected);
    if (!whole) {
      broken.push(
        `#${submission.index}: stored ${form.answers.length} closed answers, ` +
          `${Object.keys(form.comments).length} comments, ${Object.keys(form.about).length} about; ` +
          `sent ${expected.answers.length}, ${Object.keys(expected.comments).length}, ` +
          `${Object.keys(expected.about).length} (${response.audience}/${response.version}/${response.language})`,
      );
    }
  }

  const lost: string[] = [];
  const twice: string[] = [];
  let repeatSends = 0;
  let duplicatesPrevented = 0;
  for (const submission of submissions) {
    const outcome = outcomes[submission.index];
    const stored = copies.get(submission.index) ?? 0;
    if (outcome?.acknowledged && stored === 0) lost.push(`#${submission.index} was acknowledged`);
    if (stored > 1) twice.push(`#${submission.index} is stored ${stored} times`);
    const repeats = Math.max(0, (outcome?.sends ?? 0) - 1);
    repeatSends += repeats;
    if (stored === 1) duplicatesPrevented += repeats;
  }

  // The draft goes in the transaction that stores its response: none may outlive it, and
  // none may go without it. Every draft of the run is accounted for: each person's (from
  // their cookie) is gone once their response is stored and kept while it is not; the others
  // can only be from start pages cut off before the cookie came back.
  const [{ leftover }] = (await db
    .select({ leftover: sql<number>`count(*)::int` })
    .from(drafts)
    .innerJoin(responses, eq(responses.submissionKey, drafts.submissionKey))
    .where(eq(responses.inspectionId, inspectionId))) as [{ leftover: number }];
  const runDrafts = await db
    .select({ id: drafts.id })
    .from(drafts)
    .innerJoin(surveyLinks, eq(surveyLinks.id, drafts.surveyLinkId))
    .where(eq(surveyLinks.inspectionId, inspectionId));
  const draftsLeft = new Set(runDrafts.map((d) => d.id));
  const draftsGiven = new Set<string>();
  const draftProblems: string[] = leftover
    ? [`${leftover} drafts share a submission key with a stored response`]
    : [];
  for (const submission of submissions) {
    const draft = outcomes[submission.index]?.draft;
    if (!draft) continue;
    draftsGiven.add(draft);
    const stored = (copies.get(submission.index) ?? 0) > 0;
    if (stored && draftsLeft.has(draft))
      draftProblems.push(`#${submission.index}: its draft is still there, its response stored`);
    if (!stored && !draftsLeft.has(draft))
      draftProblems.push(`#${submission.index}: its draft is gone, its response not stored`);
  }
  const nobodys = [...draftsLeft].filter((id) => !draftsGiven.has(id)).length;
  if (nobodys > startsUnanswered)
    draftProblems.push(
      `${nobodys} drafts nobody was given, more than the ${startsUnanswered} start pages cut off`,
    );

  const disagreements: string[] = [];
  const filters = [
    undefined,
    ...filterOptions().map((f) => ({ dimension: f.dimension, value: f.value })),
  ];
  const compare = async (stage: string) => {
    for (const threshold of [1, 5, 10]) {
      for (const filter of filters) {
        const fromCounts = await inspectionSummary(db, inspectionId, threshold, filter);
        const fromAnswers = await oracleSummary(db, inspectionId, threshold, filter);
        if (!isDeepStrictEqual(fromCounts, fromAnswers))
          disagreements.push(
            `${stage}: threshold ${threshold}, filter ${JSON.stringify(filter ?? "none")}`,
          );
      }
    }
  };
  // As the kills left them (counters plus responses still waiting to be counted), then with
  // everything folded into the counters.
  await compare("as left");
  const waiting = await pendingFor(db, inspectionId);
  while ((await foldPendingCounts(db)) > 0);
  await compare("all folded");

  const checks: Check[] = [
    {
      name: "every acknowledged submission is stored",
      passed: !lost.length,
      detail: examples(lost),
    },
    { name: "no submission is stored twice", passed: !twice.length, detail: examples(twice) },
    {
      name: "every stored response has all the answers its client sent",
      passed: !broken.length,
      detail: examples(broken),
    },
    {
      name: "every stored response is one some client sent",
      passed: !strangers.length,
      detail: examples(strangers),
    },
    {
      name: `every draft is gone once its response is stored and kept while not (${runDrafts.length} left, ${nobodys} of them given to nobody)`,
      passed: !draftProblems.length,
      detail: examples(draftProblems),
    },
    {
      name: `summary counters agree with the answers, with ${waiting} responses waiting to be counted and with none (${filters.length * 6} summaries)`,
      passed: !disagreements.length,
      detail: examples(disagreements),
    },
  ];
  return {
    checks,
    figures: { stored: storedResponses.length, repeatSends, duplicatesPrevented },
  };
}

/** How many of an inspection's responses are waiting to be folded into its counters. */
async function pendingFor(db: Database, inspectionId: string): Promise<number> {
  const [{ waiting }] = (await db
    .select({ waiting: sql<number>`count(*)::int` })
    .from(responses)
    .where(and(eq(responses.inspectionId, inspectionId), not(responses.counted)))) as [
    { waiting: number },
  ];
  return waiting;
}

/** A webinar of the run, as made: sign-ups beyond its capacity wait for a place. */
export interface RunWebinar {
  id: string;
  capacity: number;
}

/**
 * Each acknowledged sign-up stored once, on the webinar it was for, nothing stored twice or
 * by no one; places given first come, first served up to each webinar's capacity, and the
 * inspectors' list of webinars counting exactly the rows; one email queued per sign-up.
 */
export async function checkSignUps(
  db: Database,
  inspectionId: string,
  webinarsMade: RunWebinar[],
  plans: SignUpPlan[],
  outcomes: (Outcome | undefined)[],
): Promise<{ checks: Check[]; figures: { stored: number; waiting: number; repeatSends: number } }> {
  const ids = webinarsMade.map((w) => w.id);
  const rows = ids.length
    ? await db
        .select({
          id: webinarSignups.id,
          webinarId: webinarSignups.webinarId,
          email: webinarSignups.email,
          status: webinarSignups.status,
        })
        .from(webinarSignups)
        .where(inArray(webinarSignups.webinarId, ids))
    : [];
  const byEmail = new Map(plans.map((p) => [p.email, p] as const));
  const copies = new Map<number, number>();
  const strangers: string[] = [];
  const misplaced: string[] = [];
  for (const row of rows) {
    const plan = byEmail.get(row.email);
    if (!plan) {
      strangers.push(`sign-up ${row.id} (${row.status})`);
      continue;
    }
    copies.set(plan.index, (copies.get(plan.index) ?? 0) + 1);
    if (row.webinarId !== webinarsMade[plan.webinar]!.id)
      misplaced.push(`#${plan.index} is on another webinar`);
  }
  const lost: string[] = [];
  const twice: string[] = [];
  let repeatSends = 0;
  for (const plan of plans) {
    const outcome = outcomes[plan.index];
    const stored = copies.get(plan.index) ?? 0;
    if (outcome?.acknowledged && stored === 0) lost.push(`#${plan.index} was acknowledged`);
    if (stored > 1) twice.push(`#${plan.index} is stored ${stored} times`);
    // Beyond one press of the form and one of "Confirm my place".
    repeatSends += Math.max(0, (outcome?.sends ?? 0) - 2);
  }

  // With no cancellations, a webinar's first `capacity` sign-ups have places and the rest wait.
  const places: string[] = [];
  const listed = new Map((await listWebinars(db, inspectionId)).map((w) => [w.webinar.id, w]));
  for (const webinar of webinarsMade) {
    const its = rows.filter((r) => r.webinarId === webinar.id);
    const confirmed = its.filter((r) => r.status === "confirmed").length;
    const waiting = its.filter((r) => r.status === "waiting").length;
    if (confirmed !== Math.min(webinar.capacity, its.length) || confirmed + waiting !== its.length)
      places.push(
        `webinar of ${webinar.capacity} places: ${confirmed} confirmed, ${waiting} waiting of ${its.length}`,
      );
    const shown = listed.get(webinar.id);
    if (shown?.confirmed !== confirmed || shown?.waiting !== waiting)
      places.push(
        `the list shows ${shown?.confirmed} taken and ${shown?.waiting} waiting; rows say ${confirmed} and ${waiting}`,
      );
  }

  // The email a sign-up queues (its place, or its place on the waiting list), once.
  const mail = rows.length
    ? await db
        .select({ signupId: outbox.signupId, kind: outbox.kind })
        .from(outbox)
        .where(
          and(
            inArray(
              outbox.signupId,
              rows.map((r) => r.id),
            ),
            inArray(outbox.kind, ["confirmed", "waiting"]),
          ),
        )
    : [];
  const mailFor = new Map<string, string[]>();
  for (const message of mail)
    mailFor.set(message.signupId!, [...(mailFor.get(message.signupId!) ?? []), message.kind]);
  const wrongMail = rows.flatMap((row) => {
    const kinds = mailFor.get(row.id) ?? [];
    return kinds.length === 1 && kinds[0] === row.status
      ? []
      : [`sign-up ${row.id} (${row.status}): ${kinds.length ? kinds.join(", ") : "no email"}`];
  });

  const checks: Check[] = [
    { name: "every acknowledged sign-up is stored", passed: !lost.length, detail: examples(lost) },
    { name: "no sign-up is stored twice", passed: !twice.length, detail: examples(twice) },
    {
      name: "every stored sign-up is one some person sent, on their webinar",
      passed: !strangers.length && !misplaced.length,
      detail: examples([...strangers, ...misplaced]),
    },
    {
      name: "each webinar's places went first come, first served, and its figures agree with the sign-ups",
      passed: !places.length,
      detail: examples(places),
    },
    {
      name: "every sign-up queued exactly one email saying what it got",
      passed: !wrongMail.length,
      detail: examples(wrongMail),
    },
  ];
  return {
    checks,
    figures: {
      stored: rows.length,
      waiting: rows.filter((r) => r.status === "waiting").length,
      repeatSends,
    },
  };
}

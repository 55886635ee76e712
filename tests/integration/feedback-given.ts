import { and, eq } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { outbox, webinarSignups } from "~db/schema";
import type { FeedbackAnswers } from "~/webinars/feedback.server";
import { giveFeedback } from "~/webinars/feedback.server";
import { sendFollowUp } from "~/webinars/follow-up.server";
import { markAttendance, scheduleWebinar } from "~/webinars/manage.server";
import { signUp } from "~/webinars/webinars.server";

const hour = 60 * 60_000;
const none = { bsl: false, captions: false, interpreter: false, breaks: false };

/**
 * A webinar of the inspection that ended an hour ago, one person come for each answer, the
 * follow-up sent and each answer given through its own feedback link, as a parent would.
 */
export async function feedbackGiven(
  db: Database,
  who: { inspectionId: string; userId: string },
  answers: FeedbackAnswers[],
): Promise<string> {
  const startsAt = new Date(Date.now() - 2 * hour);
  const webinarId = await scheduleWebinar(db, who.userId, {
    inspectionId: who.inspectionId,
    title: "Meet the inspectors",
    startsAt,
    endsAt: new Date(startsAt.getTime() + hour),
    capacity: Math.max(1, answers.length),
    audience: "both",
    host: "inspectors",
    joinUrl: "https://meet.example.org/room",
  });
  for (const n of answers.keys())
    await signUp(
      db,
      webinarId,
      {
        name: `Parent ${n}`,
        email: `parent${n}.${webinarId}@example.org`,
        role: "parent",
        accessNeeds: none,
        language: "en",
      },
      { now: new Date(startsAt.getTime() - 24 * hour) },
    );
  const people = await db
    .select({ id: webinarSignups.id })
    .from(webinarSignups)
    .where(eq(webinarSignups.webinarId, webinarId));
  const work = { inspectorId: who.userId, inspectionId: who.inspectionId, webinarId };
  await markAttendance(
    db,
    work,
    people.map((p) => p.id),
  );
  const sent = await sendFollowUp(db, work, null);
  if (!sent.ok) throw new Error(`follow-up not sent: ${sent.reason}`);
  const emails = await db
    .select({ body: outbox.body })
    .from(outbox)
    .where(and(eq(outbox.webinarId, webinarId), eq(outbox.kind, "follow_up")));
  for (const [i, email] of emails.entries()) {
    const token = /\/webinar-feedback\/([\w-]+)\?lng=/.exec(email.body ?? "")![1]!;
    await giveFeedback(db, token, answers[i]!);
  }
  return webinarId;
}

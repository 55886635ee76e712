import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { inspectionTeam, inspections, localAreas, responses, users, webinars } from "~db/schema";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { sniffAudioType } from "~/recordings/audio-type";
import { saveDraftRecording } from "~/recordings/recordings.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { getSurvey, questionOptions } from "~surveys";
import { hashPassword } from "~/auth/password.server";
import { createInspection } from "~/inspections/inspections.server";
import { closingTimePassed } from "~/inspections/survey-window.server";
import { addDays, londonDateTime, londonDay } from "~/platform/time";
import { frozenYearProblem } from "~/summary/national";
import { seedDemoNationalYear } from "./national.server";

export const demoAreaName = "Demo local area";
export const demoInspector = {
  email: "demo.inspector@send-voice.test",
  password: "demo-inspector-password",
  name: "Demo Inspector",
};

/** Whether the demo inspector, whose password is published, can sign in to this database. */
export async function hasDemoInspector(db: Database): Promise<boolean> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, demoInspector.email), isNull(users.disabledAt)));
  return Boolean(user);
}

/**
 * Makes sure the demo inspection and inspector exist, and that the demo's surveys are open
 * today, so a demo started weeks later still works. Safe to run on every start.
 */
export async function seedDemo(db: Database, now: Date = new Date()) {
  let [user] = await db.select().from(users).where(eq(users.email, demoInspector.email));
  if (!user) {
    [user] = await db
      .insert(users)
      .values({
        email: demoInspector.email,
        name: demoInspector.name,
        passwordHash: await hashPassword(demoInspector.password),
        role: "admin",
      })
      .returning();
  }
  let [existing] = await db
    .select({
      id: inspections.id,
      areaId: localAreas.id,
      opensAt: inspections.surveysOpenAt,
      closesAt: inspections.surveysCloseAt,
    })
    .from(inspections)
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
    .where(eq(localAreas.name, demoAreaName));
  // Moved to today, an inspection in a year the national picture shows would leave it and
  // change its figures (#18): that one stays in its year, under its year's name, beside a new one.
  const today = londonDay(now);
  if (existing && closingTimePassed(existing.closesAt, now)) {
    const frozen = frozenYearProblem(now, existing.opensAt, today);
    if (frozen) {
      await db
        .update(localAreas)
        .set({ name: `${demoAreaName} (${frozen.params.year})` })
        .where(eq(localAreas.id, existing.areaId));
      existing = undefined;
    }
  }
  let inspectionId = existing?.id;
  if (!inspectionId) {
    inspectionId = await createInspection(db, {
      localAreaName: demoAreaName,
      notifiedOn: londonDay(now),
      supportService: {
        name: "Demo SEND information, advice and support service (SENDIASS)",
        phone: "0300 123 4567",
        url: "https://example.org/sendiass",
      },
      team: [{ userId: user!.id, role: "lead" }],
      now,
    });
  } else if (closingTimePassed(existing!.closesAt, now)) {
    await db
      .update(inspections)
      .set({
        notifiedOn: today,
        surveysOpenAt: now,
        surveysCloseAt: londonDateTime(addDays(today, 8), "09:00"),
        // The later weeks move with it, so the dates page's timetable still holds.
        week2StartsOn: addDays(today, 7),
        week3StartsOn: addDays(today, 14),
        surveysClosedEarly: false,
        surveysClosedAt: null,
      })
      .where(eq(inspections.id, inspectionId));
  }
  await db
    .insert(inspectionTeam)
    .values({ inspectionId, userId: user!.id, role: "lead" })
    .onConflictDoNothing();
  await seedDemoResponses(db, inspectionId);
  await seedDemoNationalYear(db, now);
  // Two webinars ahead: a big one, and a small one that shows the waiting list quickly.
  const upcoming = await db
    .select({ id: webinars.id })
    .from(webinars)
    .where(and(eq(webinars.inspectionId, inspectionId), gt(webinars.startsAt, now)));
  if (upcoming.length === 0) {
    await db.insert(webinars).values([
      {
        inspectionId,
        title: "Meet the inspectors: parents and carers",
        startsAt: londonDateTime(addDays(today, 3), "18:30"),
        endsAt: londonDateTime(addDays(today, 3), "19:30"),
        capacity: 40,
        audience: "parents",
        host: "inspectors",
        joinUrl: "https://example.org/demo-webinar-parents",
      },
      {
        inspectionId,
        title: "Parent carer forum meeting with the inspectors",
        startsAt: londonDateTime(addDays(today, 4), "10:00"),
        endsAt: londonDateTime(addDays(today, 4), "11:30"),
        capacity: 2,
        audience: "both",
        host: "forum",
        joinUrl: "https://example.org/demo-webinar-forum",
      },
    ]);
  }
  const [{ webinarsToken }] = (await db
    .select({ webinarsToken: inspections.webinarsToken })
    .from(inspections)
    .where(eq(inspections.id, inspectionId))) as [{ webinarsToken: string }];
  return { inspectionId, webinarsToken, links: await listSurveyLinks(db, inspectionId) };
}

/** Made-up comments for the demo, in the words families and practitioners use. */
const demoComments = [
  "The school listened to us and the support plan really helped him settle.",
  "We waited over a year for an assessment and nobody kept us informed.",
  "Her teaching assistant is brilliant and she now enjoys going to school.",
  "The health visitor and the school never talk to each other.",
  "I had to fight for every bit of help and it has been exhausting.",
  "The short breaks service has made a big difference to our family.",
  "Nobody asked my son what he wanted in his annual review.",
  "Training on autism has helped our staff to adapt lessons.",
];

/** Words said by espeak-ng as Ogg Opus, when it is installed (the build uses it too). */
function demoRecording(words: string): Uint8Array | undefined {
  const wav = path.join(tmpdir(), `send-voice-demo-${process.pid}.wav`);
  const ogg = wav.replace(/wav$/, "ogg");
  try {
    execFileSync("espeak-ng", ["-v", "en-gb", "-s", "150", "-w", wav, words], { stdio: "ignore" });
    execFileSync("opusenc", ["--quiet", "--speech", wav, ogg], { stdio: "ignore" });
    return new Uint8Array(readFileSync(ogg));
  } catch {
    return undefined;
  } finally {
    rmSync(wav, { force: true });
    rmSync(ogg, { force: true });
  }
}

/**
 * A few dozen sample responses, so a first look at the demo shows a real summary, comments to
 * code and suppression at work (the children's group stays under the threshold). Made through
 * the same submit path as real ones; only when the demo inspection has none yet.
 */
async function seedDemoResponses(db: Database, inspectionId: string) {
  const [{ n }] = (await db
    .select({ n: sql<number>`count(*)::int` })
    .from(responses)
    .where(eq(responses.inspectionId, inspectionId))) as [{ n: number }];
  if (n > 0) return;
  let state = 7;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const links = await listSurveyLinks(db, inspectionId);
  // Enough people that the difference below outlasts a few more answers (the e2e specs answer
  // the demo's surveys too, as positively as their first options).
  const plan = { parent: 40, practitioner: 20, child: 6 } as const;
  let spoken = 0;
  for (const [audience, count] of Object.entries(plan) as [keyof typeof plan, number][]) {
    const { token } = links.find((l) => l.audience === audience)!;
    const link = { id: (await findSurveyByToken(db, token))!.linkId };
    for (let i = 0; i < count; i += 1) {
      const version = audience === "child" || next() < 0.25 ? "easy" : "standard";
      const definition = getSurvey(audience, version);
      const draft = await startDraft(db, { surveyLinkId: link.id, version, language: "en" });
      for (const question of definition.questions) {
        if (next() < 0.15) continue;
        if (question.kind === "text") {
          // Two parents answer out loud, so the demo has recordings to hear and transcribe.
          if (audience === "parent" && spoken < 2) {
            const audio = demoRecording(demoComments[spoken]!);
            if (audio) {
              spoken += 1;
              await saveDraftRecording(db, {
                inspectionId,
                draftId: draft.id,
                questionId: question.id,
                type: sniffAudioType(audio)!,
                audio,
              });
              continue;
            }
          }
          if (next() < 0.5)
            await saveDraftAnswer(db, draft.id, question.id, {
              text: demoComments[Math.floor(next() * demoComments.length)]!,
            });
          continue;
        }
        const options = questionOptions(question);
        // Leaning positive, as many real surveys do, with a spread of views; but parents are
        // mostly unhappy about I3 (the right help at the right time), where practitioners are
        // not: a difference for the overview's "where the voices differ" to find (#18).
        const [u, v] = [next(), next()];
        const negatives = options.filter((o) => o.polarity === "negative");
        const worried = audience === "parent" && question.criteria.includes("I3") && u < 0.85;
        const index = Math.min(options.length - 1, Math.floor(u * v * options.length));
        const value = (
          worried && negatives.length
            ? negatives[Math.floor(v * negatives.length)]!
            : options[index]!
        ).value;
        await saveDraftAnswer(
          db,
          draft.id,
          question.id,
          question.kind === "multiple" ? { values: [value] } : { value },
        );
      }
      await submitResponse(db, {
        inspectionId,
        audience,
        definition,
        draft: (await findDraft(db, draft.id, link.id))!,
        language: "en",
      });
    }
  }
}

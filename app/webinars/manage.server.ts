import { and, eq } from "drizzle-orm";
import { data } from "@remix-run/node";
import { z } from "zod";
import { webinars } from "~db/schema";
import type { WebinarSignup } from "~db/schema";
import { realDate, timeOfDay } from "~/components/ui/DateInput.server";
import { checkWebinarDay } from "~/inspections/timetable.server";
import { londonDateTime } from "~/platform/time";
import { inspectionContext } from "~/inspections/context.server";
import { isUuid } from "~/platform/ids";
import { oneLineText } from "~/platform/text";

/**
 * The new-webinar form, for a webinar during its inspection (see checkWebinarDay). Messages
 * are keys under `webinars.errors` in the inspector namespace.
 */
export const webinarSchema = (
  inspection: { notifiedOn: string; week3: string },
  now: Date = new Date(),
) =>
  z
    .object({
      title: oneLineText("oneLine").min(1, "titleRequired").max(120, "tooLong"),
      day: realDate,
      starts: timeOfDay("startsInvalid"),
      ends: timeOfDay("endsInvalid"),
      capacity: z
        .string()
        .trim()
        .regex(/^\d{1,4}$/, "capacityInvalid")
        .transform(Number)
        .refine((n) => n >= 1 && n <= 1000, "capacityInvalid"),
      audience: z.enum(["parents", "forum", "both"], { error: "audienceRequired" }),
      host: z.enum(["inspectors", "forum"], { error: "hostRequired" }),
      // Only https links: nothing that could run script when a parent clicks it.
      joinUrl: oneLineText("joinUrlInvalid")
        .max(500, "tooLong")
        .regex(/^https:\/\/[^\s<>"]+$/, "joinUrlInvalid"),
    })
    .transform((form, ctx) => {
      const startsAt = londonDateTime(form.day, form.starts);
      const endsAt = londonDateTime(form.day, form.ends);
      if (endsAt <= startsAt)
        ctx.addIssue({ code: "custom", path: ["ends"], message: "endsBeforeStart" });
      if (startsAt <= now) ctx.addIssue({ code: "custom", path: ["day"], message: "inThePast" });
      else checkWebinarDay(ctx, "day", form.day, inspection);
      return { ...form, startsAt, endsAt };
    });

/** A webinar of an inspection this inspector is on; any other answers 404. */
export async function requireTeamWebinar(
  request: Request,
  inspectionId: string | undefined,
  webinarId: string | undefined,
) {
  const team = await inspectionContext(request, inspectionId);
  const valid = isUuid(webinarId ?? "");
  const [webinar] = valid
    ? await team.db
        .select()
        .from(webinars)
        .where(and(eq(webinars.id, webinarId!), eq(webinars.inspectionId, team.inspectionId)))
    : [];
  if (!webinar) throw data(null, { status: 404 });
  return { ...team, webinar };
}

export type NeedCounts = {
  bsl: number;
  captions: number;
  interpreter: number;
  breaks: number;
  other: number;
  languages: string[];
};

/** What the people with a place need, counted, so inspectors can book interpreters in time. */
export function countNeeds(people: WebinarSignup[]): NeedCounts {
  const coming = people.filter((p) => p.status === "confirmed");
  const languages = new Set<string>();
  for (const p of coming)
    if (p.accessNeeds.interpreter && p.accessNeeds.interpreterLanguage)
      languages.add(p.accessNeeds.interpreterLanguage);
  const count = (test: (p: WebinarSignup) => boolean) => coming.filter(test).length;
  return {
    bsl: count((p) => p.accessNeeds.bsl),
    captions: count((p) => p.accessNeeds.captions),
    interpreter: count((p) => p.accessNeeds.interpreter),
    breaks: count((p) => p.accessNeeds.breaks),
    other: count((p) => Boolean(p.accessNeeds.other)),
    languages: [...languages].sort(),
  };
}

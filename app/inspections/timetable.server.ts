import { z } from "zod";
import { realDate, timeOfDay } from "~/components/ui/DateInput.server";
import { addDays, addWorkingDays, londonDateTime, londonDay } from "~/platform/time";
import { frozenYearProblem } from "~/summary/national";
import { closingTimePassed } from "./survey-window.server";

/*
 * Every date an inspector enters, checked in one place against the framework's timetable
 * (the area SEND inspection handbook; DESIGN.md, "How an inspection runs"): the local area is
 * told 10 working days before fieldwork, usually on a Monday (in the week before when a bank
 * holiday falls in week 1 or 2); it sends out the surveys in week 1; week 2 is tracking
 * meetings and analysis; week 3 is on site. Messages are translation keys; a rule that names
 * a day passes it as a `YYYY-MM-DD` param, which the page writes in its own language.
 */
export const timetable = {
  /** Working days from notification to the start of fieldwork (week 3). */
  noticeWorkingDays: 10,
  /**
   * The latest week 3 can start after notification: the notice is given in the week before
   * when a bank holiday falls in week 1 or 2, so up to three weeks.
   */
  latestWeek3Days: 21,
  /** How far ahead an inspection can be set up (or its notification day moved). */
  aheadDays: 56,
  /** How long after notification it can still be set up: its surveys close on day 8. */
  lateDays: 7,
  /** Working days on site in week 3, its first included: webinars fall by its last. */
  onSiteWorkingDays: 5,
} as const;

/** A custom issue naming the days it is about (`YYYY-MM-DD`, written out on the page). */
function problem(
  ctx: z.RefinementCtx,
  path: string | undefined,
  message: string,
  params?: Record<string, string>,
) {
  ctx.addIssue({ code: "custom", message, ...(path ? { path: [path] } : {}), params });
}

/**
 * The day the local area was told, for a new inspection: no earlier than a week ago (its
 * surveys would already have closed) and no more than eight weeks ahead. Messages are
 * `create.errors` keys.
 */
export const notificationDay = (now: Date) =>
  realDate.superRefine((day, ctx) => {
    const earliest = addDays(londonDay(now), -timetable.lateDays);
    const latest = addDays(londonDay(now), timetable.aheadDays);
    if (day < earliest) problem(ctx, undefined, "notifiedTooLate", { earliest });
    else if (day > latest) problem(ctx, undefined, "notifiedTooFar", { latest });
  });

/** What is stored now, so a day that has simply passed since it was saved is kept. */
export interface StoredDates {
  notifiedOn: string;
  /** When the surveys open: the national picture counts the inspection in that year. */
  opensAt: Date;
  closesAt: Date;
  /** When the inspection was set up. */
  createdAt: Date;
}

/**
 * The dates page: the notification day, the survey window and the week 2 and week 3 dates,
 * checked against each other and the timetable. Messages are `dates.errors` keys. With
 * `reopen` (surveys closed early, or whose closing time has passed), the new closing time
 * must be ahead of `now`, and saving opens the surveys again.
 */
export const datesSchema = (options: { reopen: boolean; now: Date; stored: StoredDates }) =>
  z
    .object({
      notifiedOn: realDate,
      opensOn: realDate,
      opensAt: timeOfDay("timeInvalid"),
      closesOn: realDate,
      closesAt: timeOfDay("timeInvalid"),
      week2: realDate,
      week3: realDate,
    })
    .transform((form, ctx) => {
      const { now, stored } = options;
      const notified = form.notifiedOn;
      const opens = londonDateTime(form.opensOn, form.opensAt);
      const closes = londonDateTime(form.closesOn, form.closesAt);

      // A notification day moved: no further ahead than a new inspection's, and no more than
      // a week before the inspection was set up (nobody sets one up after its surveys closed).
      if (notified !== stored.notifiedOn) {
        const latest = addDays(londonDay(now), timetable.aheadDays);
        const setUp = londonDay(stored.createdAt);
        const earliest = addDays(setUp, -timetable.lateDays);
        if (notified > latest) problem(ctx, "notifiedOn", "notifiedTooFar", { latest });
        else if (notified < earliest)
          problem(ctx, "notifiedOn", "notifiedBeforeSetUp", { setUp, earliest });
      }

      // The area hands out the surveys once it has been told, in week 1.
      const frozen = frozenYearProblem(opens, stored.opensAt, londonDay(now));
      if (opens < londonDateTime(notified, "00:00"))
        problem(ctx, "opensOn", "opensBeforeNotified", { notified });
      // A year the national picture shows never gains or loses an inspection (#18).
      else if (frozen) problem(ctx, "opensOn", frozen.message, frozen.params);

      if (closes <= opens) problem(ctx, "closesOn", "closesBeforeOpens");
      else if (options.reopen && closingTimePassed(closes, now))
        problem(ctx, "closesOn", "reopenClosesPassed");
      // A closing time moved into the past would close the surveys at once, and let the next
      // retention sweep delete drafts and recordings: closing now is its own, explained step.
      else if (closingTimePassed(closes, now) && closes.getTime() !== stored.closesAt.getTime())
        problem(ctx, "closesOn", "closesInPast");
      // Week 1's answers shape the lines of enquiry on site: they are in before week 3.
      else if (closes > londonDateTime(form.week3, "00:00"))
        problem(ctx, "closesOn", "closesAfterWeek3", { week3: form.week3 });

      if (form.week2 <= notified) problem(ctx, "week2", "week2BeforeNotified", { notified });

      const soonest = addWorkingDays(notified, timetable.noticeWorkingDays);
      const latestWeek3 = addDays(notified, timetable.latestWeek3Days);
      if (form.week3 <= form.week2) problem(ctx, "week3", "week3BeforeWeek2");
      else if (form.week3 < soonest)
        problem(ctx, "week3", "week3TooSoon", { notified, earliest: soonest });
      else if (form.week3 > latestWeek3)
        problem(ctx, "week3", "week3TooLate", { notified, latest: latestWeek3 });

      return {
        notifiedOn: notified,
        opens,
        closes,
        week2: form.week2,
        week3: form.week3,
        reopen: options.reopen,
      };
    });

/** The last day of week 3 on site: a webinar after it is too late to be heard. */
export const lastOnSiteDay = (week3: string) =>
  addWorkingDays(week3, timetable.onSiteWorkingDays - 1);

/**
 * A webinar's day falls within its inspection: from the day the local area is told (families
 * hear of it through the area and its forum) to the last day on site in week 3. Messages are
 * `webinars.errors` keys.
 */
export function checkWebinarDay(
  ctx: z.RefinementCtx,
  path: string,
  day: string,
  inspection: { notifiedOn: string; week3: string },
) {
  const last = lastOnSiteDay(inspection.week3);
  if (day < inspection.notifiedOn)
    problem(ctx, path, "beforeNotified", { notified: inspection.notifiedOn });
  else if (day > last) problem(ctx, path, "afterOnSite", { last, week3: inspection.week3 });
}

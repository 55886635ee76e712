import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import { formatDateTime, formatEnd } from "~/i18n/format";
import type { Webinar } from "~db/schema";
import { needsText } from "./needs";
import { findBooking, findSignUpRequest } from "./webinars.server";

/**
 * What the link in a webinar email opens, for the person it was sent to: their booking, or,
 * before they have confirmed, the page that confirms it. Anything else is "this link does not
 * work", the same for a mistyped link and for one whose sign-up was deleted.
 */
export async function bookingPage(db: Database, token: string, language: string, t: TFunction) {
  const when = (webinar: Webinar) =>
    t("booking.when", {
      when: formatDateTime(webinar.startsAt, language),
      ends: formatEnd(webinar.startsAt, webinar.endsAt, language),
    });
  const now = new Date();
  const booking = await findBooking(db, token);
  if (booking) {
    const { signup, webinar } = booking;
    // A cancelled webinar shows as such, whatever the person's own booking said.
    const status = webinar.cancelledAt ? "cancelled" : signup.status;
    const titleKey = {
      confirmed: "booking.titleConfirmed",
      waiting: "booking.titleWaiting",
      cancelled: "booking.titleCancelled",
    } as const;
    return {
      found: "booking" as const,
      calendarHref: `/booking/${token}/calendar.ics`,
      title: webinar.cancelledAt ? t("booking.titleWebinarCancelled") : t(titleKey[status]),
      status,
      webinarCancelled: Boolean(webinar.cancelledAt),
      webinarTitle: webinar.title,
      position: booking.position,
      when: when(webinar),
      started: webinar.startsAt <= now,
      joinUrl: status === "confirmed" ? webinar.joinUrl : undefined,
      needs: needsText(signup.accessNeeds, t),
    };
  }
  const request = await findSignUpRequest(db, token, now);
  if (request)
    return {
      found: "request" as const,
      title: t("confirm.title"),
      webinarTitle: request.webinar.title,
      name: request.request.name,
      when: when(request.webinar),
      full: request.full,
      started: request.webinar.startsAt <= now,
      needs: needsText(request.request.accessNeeds, t),
    };
  return { found: undefined, title: t("booking.unknownTitle") };
}

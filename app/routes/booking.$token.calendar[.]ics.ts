import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/platform/db.server";
import { calendarFile } from "~/webinars/emails.server";
import { findBooking } from "~/webinars/webinars.server";

/** The calendar file for a confirmed place, from the booking page. */
export async function loader({ params }: LoaderFunctionArgs) {
  const booking = await findBooking(await getDb(), params.token ?? "");
  if (!booking || booking.signup.status !== "confirmed")
    return new Response("Not found", { status: 404 });
  const { webinar, signup, areaName } = booking;
  return new Response(await calendarFile(webinar, signup, areaName, signup.language), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="webinar.ics"',
      "Cache-Control": "no-store",
    },
  });
}

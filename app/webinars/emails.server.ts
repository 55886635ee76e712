import { createEvent } from "ics";
import type { Webinar, WebinarSignup } from "~db/schema";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";

export type EmailKind =
  | "confirm"
  | "already"
  | "confirmed"
  | "waiting"
  | "promoted"
  | "reminder"
  | "cancelled";

/** Who an email is to: a sign-up, or (for "confirm") a sign-up waiting for its address's owner. */
export type Recipient = Pick<WebinarSignup, "id" | "name" | "language">;

interface About {
  webinar: Webinar;
  signup: Recipient;
  areaName: string;
  /** The person's booking page: see, change or cancel (or, for "confirm", confirm). */
  link: string;
  position?: number;
  /** For "already": what the address already has. */
  status?: "confirmed" | "waiting";
}

/** What the email asks of the person, after when the webinar is (a link to their booking). */
const nextSteps: Partial<Record<EmailKind, string[]>> = {
  confirm: ["email.confirm.link", "email.confirm.notYou"],
  already: ["email.manage", "email.already.notYou"],
  cancelled: ["email.signUpAgain"],
};

/**
 * One email in the person's own language, as plain text (it reads well in every mail program
 * and screen reader). A place comes with its calendar file and the join link; nothing else does.
 */
export async function composeEmail(kind: EmailKind, about: About) {
  const language = isLanguageCode(about.signup.language) ? about.signup.language : "en";
  const t = await getFixedT(language, "webinars");
  const { webinar } = about;
  const values = {
    name: about.signup.name,
    title: webinar.title,
    area: about.areaName,
    when: formatDateTime(webinar.startsAt, language),
    // Only the time when it ends the day it starts: the date is said once.
    ends: formatEnd(webinar.startsAt, webinar.endsAt, language),
    joinUrl: webinar.joinUrl,
    link: about.link,
    position: about.position ?? 0,
  };
  const hasPlace =
    kind === "confirmed" ||
    kind === "promoted" ||
    kind === "reminder" ||
    (kind === "already" && about.status === "confirmed");
  const body =
    kind === "already"
      ? t(
          about.status === "waiting" ? "email.already.bodyWaiting" : "email.already.bodyPlace",
          values,
        )
      : t(`email.${kind}.body`, values);
  const next = nextSteps[kind] ?? ["email.manage"];
  const paragraphs = [
    t("email.greeting", values),
    body,
    t("email.when", values),
    ...(hasPlace ? [t("email.join", values), t("email.calendar")] : []),
    ...next.map((key) => t(key, values)),
    t(kind === "confirm" ? "email.confirm.deletion" : "email.deletion"),
    t("email.signOff", values),
  ];
  return {
    subject: t(`email.${kind}.subject`, values),
    body: paragraphs.join("\n\n"),
    calendar: hasPlace ? calendarFile(webinar, about.signup, about.areaName) : undefined,
  };
}

/** An iCalendar event for the webinar, with the join link; the same id each time it is sent. */
export function calendarFile(
  webinar: Webinar,
  signup: Pick<WebinarSignup, "id">,
  areaName: string,
) {
  const { error, value } = createEvent({
    uid: `${webinar.id}.${signup.id}@send-voice`,
    productId: "send-voice/webinars",
    title: webinar.title,
    description: `${areaName}\n${webinar.joinUrl}`,
    url: webinar.joinUrl,
    location: webinar.joinUrl,
    start: webinar.startsAt.getTime(),
    end: webinar.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    status: "CONFIRMED",
  });
  if (error || !value) throw error ?? new Error("calendar");
  return value;
}

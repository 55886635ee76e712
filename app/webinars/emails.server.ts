import { createEvent } from "ics";
import type { Webinar, WebinarSignup } from "~db/schema";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18n.server";
import { isLanguageCode, languageDirection } from "~/i18n/languages";
import type { LanguageCode } from "~/i18n/languages";
import { settings } from "~/platform/settings.server";

export type EmailKind =
  | "confirm"
  | "already"
  | "confirmed"
  | "waiting"
  | "promoted"
  | "reminder"
  | "cancelled"
  | "changed"
  | "webinarCancelled";

/** What a change to a webinar changed that the people booked need to hear (see changes.server.ts). */
export interface WebinarChange {
  /** The old title, when the title changed. */
  title?: string;
  /** The old start, when the time changed. */
  startsAt?: Date;
  joinUrl?: boolean;
}

/** Who an email is to: a sign-up, or (for "confirm") a sign-up waiting for its address's owner. */
export type Recipient = Pick<WebinarSignup, "id" | "name" | "language"> & { email?: string };

interface About {
  webinar: Webinar;
  signup: Recipient;
  areaName: string;
  /** The person's booking page: see, change or cancel (or, for "confirm", confirm). */
  link: string;
  position?: number;
  /** For "already": what the address already has. */
  status?: "confirmed" | "waiting";
  /** For "changed": what changed. */
  change?: WebinarChange;
}

/** What the email asks of the person, after when the webinar is (a link to their booking). */
const nextSteps: Partial<Record<EmailKind, string[]>> = {
  confirm: ["email.confirm.link", "email.confirm.notYou"],
  already: ["email.manage", "email.already.notYou"],
  cancelled: ["email.signUpAgain"],
  webinarCancelled: [],
};

/**
 * Right-to-left languages' plain text: each line starts with a right-to-left mark, so a mail
 * program that sets the direction from a line's first strong character (as most do, for text
 * without HTML) reads it right to left even where it starts with a name, link or number.
 */
export function inDirection(text: string, language: LanguageCode): string {
  if (languageDirection(language) !== "rtl") return text;
  return text
    .split("\n")
    .map((line) => (line ? `\u200f${line}` : line))
    .join("\n");
}

/** The lines saying what changed, in the person's language. */
function changeLines(
  t: Awaited<ReturnType<typeof getFixedT>>,
  change: WebinarChange,
  language: LanguageCode,
) {
  return [
    ...(change.title !== undefined ? [t("email.changed.title", { before: change.title })] : []),
    ...(change.startsAt
      ? [t("email.changed.time", { before: formatDateTime(change.startsAt, language) })]
      : []),
    ...(change.joinUrl ? [t("email.changed.joinUrl")] : []),
  ];
}

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
    kind === "changed" ||
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
    ...(kind === "changed" && about.change ? changeLines(t, about.change, language) : []),
    t("email.when", values),
    ...(hasPlace ? [t("email.join", values), t("email.calendar")] : []),
    ...(kind === "webinarCancelled" ? [t("email.webinarCancelled.calendar")] : []),
    ...next.map((key) => t(key, values)),
    t(kind === "confirm" ? "email.confirm.deletion" : "email.deletion"),
    t("email.signOff", values),
  ];
  const calendar =
    hasPlace || kind === "webinarCancelled"
      ? calendarFile(webinar, about.signup, about.areaName, language)
      : undefined;
  return {
    subject: t(`email.${kind}.subject`, values),
    body: inDirection(paragraphs.join("\n\n"), language),
    calendar: await calendar,
  };
}

/** Who the calendar files come from: the address email is sent from (RFC 5546 needs one). */
function organizerEmail(): string {
  const mail = settings().mail;
  const from = mail.transport === "smtp" ? /[^\s<>]+@[^\s<>]+/.exec(mail.from)?.[0] : undefined;
  return from ?? `no-reply@${new URL(settings().publicUrl).hostname}`;
}

/**
 * An iCalendar event for the webinar, with the join link, its text in the person's language.
 * The same UID each time it is sent, with the webinar's `sequence`, so a calendar updates the
 * event it has; a cancelled webinar's is a METHOD:CANCEL with STATUS:CANCELLED.
 */
export async function calendarFile(
  webinar: Webinar,
  signup: Pick<WebinarSignup, "id" | "name"> & { email?: string },
  areaName: string,
  language: string = "en",
) {
  const lng = isLanguageCode(language) ? language : "en";
  const t = await getFixedT(lng, "webinars");
  const cancelled = Boolean(webinar.cancelledAt);
  const values = { title: webinar.title, area: areaName };
  const { error, value } = createEvent({
    uid: `${webinar.id}.${signup.id}@send-voice`,
    productId: "send-voice/webinars",
    method: cancelled ? "CANCEL" : "PUBLISH",
    sequence: webinar.sequence,
    title: cancelled ? t("email.calendarFile.cancelledTitle", values) : webinar.title,
    description: cancelled
      ? t("email.calendarFile.cancelled", values)
      : `${t("email.calendarFile.description", values)}\n${webinar.joinUrl}`,
    ...(cancelled ? {} : { url: webinar.joinUrl, location: webinar.joinUrl }),
    start: webinar.startsAt.getTime(),
    end: webinar.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    organizer: { name: t("email.calendarFile.organizer", values), email: organizerEmail() },
    ...(cancelled && signup.email
      ? { attendees: [{ name: signup.name, email: signup.email }] }
      : {}),
  });
  if (error || !value) throw error ?? new Error("calendar");
  return value;
}

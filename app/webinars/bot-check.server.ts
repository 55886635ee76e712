import { createHmac, timingSafeEqual } from "node:crypto";
import { sessionSecrets } from "~/auth/session.server";
import { settings } from "~/platform/settings.server";

/*
 * The sign-up form's defence against scripts, without a CAPTCHA (#22): a field people never
 * see or reach (a script fills every box) and a signed time the form was shown (a script
 * posts at once). Whoever trips either is told only "Please try again"; nothing is stored.
 */

/** The field people never see: named like one a script would fill. */
export const honeypotField = "website";
/** The signed time the form was shown. */
export const formShownField = "formShown";

/** A form shown more than a day ago is shown again rather than trusted. */
const stampLifetimeMs = 24 * 60 * 60_000;

const signature = (secret: string, webinarId: string, shownAt: number) =>
  createHmac("sha256", secret).update(`webinar-signup:${webinarId}:${shownAt}`).digest();

/** When this webinar's form was shown, signed with the newest session secret. */
export function formShownStamp(webinarId: string, now = new Date()): string {
  const shownAt = now.getTime();
  const [secret] = sessionSecrets();
  return `${shownAt}.${signature(secret!, webinarId, shownAt).toString("base64url")}`;
}

/** When the form was shown, if the stamp is one this site signed for this webinar. */
function shownAtOf(stamp: string, webinarId: string): number | undefined {
  const match = /^(\d{13})\.([\w-]{43})$/.exec(stamp);
  if (!match) return undefined;
  const shownAt = Number(match[1]);
  const given = Buffer.from(match[2]!, "base64url");
  const signedByUs = sessionSecrets().some((secret) =>
    timingSafeEqual(given, signature(secret, webinarId, shownAt)),
  );
  return signedByUs ? shownAt : undefined;
}

/**
 * Whether a sign-up looks sent by a person: the hidden field empty, and the form shown (by
 * this site, for this webinar) at least SIGNUP_MIN_SECONDS ago and less than a day ago.
 */
export function looksHuman(
  form: { honeypot: string; formShown: string },
  webinarId: string,
  now = new Date(),
): boolean {
  if (form.honeypot !== "") return false;
  const minimumMs = settings().signUpMinSeconds * 1000;
  if (minimumMs === 0) return true;
  const shownAt = shownAtOf(form.formShown, webinarId);
  if (shownAt === undefined) return false;
  const onPageMs = now.getTime() - shownAt;
  return onPageMs >= minimumMs && onPageMs < stampLifetimeMs;
}

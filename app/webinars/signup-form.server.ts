import { z } from "zod";
import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import { mailIsSent } from "~/mail/transports.server";
import { countFailedGuess, guessingWait } from "~/platform/guessing.server";
import { wakeMailWorker } from "~/mail/outbox.server";
import { hitRateLimit } from "~/platform/rate-limit.server";
import { checkFields, firstIssues, textField } from "~/platform/form-fields";
import { hasNoControlCharacters, oneLineText } from "~/platform/text";
import { looksHuman } from "./bot-check.server";
import { requestSignUp } from "./webinars.server";
import type { SignUpDetails } from "./webinars.server";

import { needOptions, roleOptions } from "./needs";

/** A one-line field: a line break or control character is refused with `oneLine`, not kept. */
const line = (max: number, oneLine: string) => oneLineText(oneLine).max(max, "tooLong");
/** A text box: line breaks are its own; other control characters are refused. */
const words = (max: number) =>
  z
    .string()
    .refine(hasNoControlCharacters, "hiddenCharacters")
    .trim()
    .max(max, "tooLong")
    .transform((v) => v || undefined);

/** The sign-up form. Messages are keys under `signUp.errors` in the webinars namespace. */
export const signUpSchema = z
  .object({
    name: line(120, "nameOneLine").min(1, "nameRequired"),
    email: line(254, "emailInvalid")
      .min(1, "emailRequired")
      // Loose on purpose (one @, a dot in the domain), but no spaces or the characters that
      // make "Name <address>" or lists: one address, so one place per mailbox.
      .regex(/^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\]+$/, "emailInvalid"),
    role: z.enum(roleOptions, { error: "roleRequired" }),
    needs: z
      .array(z.enum(needOptions, { error: "needsInvalid" }))
      .max(needOptions.length, "needsInvalid"),
    interpreterLanguage: line(60, "interpreterLanguageOneLine").transform((v) => v || undefined),
    otherNeeds: words(500),
    question: words(1000),
    consent: z.literal("yes", { error: "consentRequired" }),
  })
  // Checked even when other fields have problems, so a person sees all there is to fix at once.
  .refine(
    (form) =>
      !(Array.isArray(form.needs) && form.needs.includes("interpreter")) ||
      !!form.interpreterLanguage?.trim(),
    { path: ["interpreterLanguage"], error: "interpreterLanguageRequired", when: () => true },
  );

/**
 * Checks the form; errors are keys under `signUp.errors`, one per field. Every rule is checked
 * at once, so a person sees all there is to fix in one go.
 */
export function checkSignUp(values: SignUpFields) {
  const parsed = signUpSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, form: parsed.data };
  const issues = Object.entries(firstIssues(parsed.error));
  return { ok: false as const, errors: Object.fromEntries(issues.map(([f, { key }]) => [f, key])) };
}

/** What a person types and chooses. */
export type SignUpFields = {
  name: string;
  email: string;
  role: string;
  needs: string[];
  interpreterLanguage: string;
  otherNeeds: string;
  question: string;
  consent: string;
};

export type SignUpValues = SignUpFields & {
  /** The signed time the form was shown, kept so time spent fixing errors counts. */
  formShown: string;
  /** The field people never see (bot-check.server.ts); never shown again. */
  website: string;
};

/** What was typed, kept as typed so a page with errors loses nothing. */
export function signUpValues(form: FormData): SignUpValues {
  const one = (name: string, max = 2000) => textField(form, name, max);
  return {
    name: one("name"),
    email: one("email"),
    role: one("role", 20),
    needs: form
      .getAll("needs")
      .filter((v): v is string => typeof v === "string")
      .slice(0, 10),
    interpreterLanguage: one("interpreterLanguage"),
    otherNeeds: one("otherNeeds"),
    question: one("question"),
    consent: one("consent", 10),
    formShown: one("formShown", 100),
    website: one("website", 200),
  };
}

export function toDetails(form: z.output<typeof signUpSchema>, language: string): SignUpDetails {
  return {
    name: form.name,
    email: form.email,
    role: form.role,
    question: form.question,
    language,
    accessNeeds: {
      bsl: form.needs.includes("bsl"),
      captions: form.needs.includes("captions"),
      interpreter: form.needs.includes("interpreter"),
      interpreterLanguage: form.needs.includes("interpreter")
        ? form.interpreterLanguage
        : undefined,
      breaks: form.needs.includes("breaks"),
      other: form.otherNeeds,
    },
  };
}

/** The sign-up page's answer: the form again (with errors or a notice), or "Check your email". */
export type SignUpAnswer =
  | { sent?: undefined; errors: Record<string, string>; values: SignUpValues; notice?: string }
  | { sent: { email: string; emailSent: boolean } };

/**
 * Answers a sign-up. Every sign-up that passes the checks gets the same answer, "Check your
 * email", whether or not the address already has a place: whoever typed an address must not
 * learn whether its owner is booked (#16). What differs goes to the address (requestSignUp).
 */
export async function answerSignUp(
  db: Database,
  webinarId: string,
  values: SignUpValues,
  about: { language: string; clientKey: string; t: TFunction },
): Promise<{ answer: SignUpAnswer; status: number; headers?: Record<string, string> }> {
  const { t } = about;
  const checked = checkFields(signUpSchema, values, { prefix: "signUp.errors", t });
  if (!checked.ok) return { answer: { errors: checked.errors, values }, status: 400 };
  // A script, or a person who somehow tripped the checks: the same two words either way, the
  // form as typed, and a fresh time from the page (a stale one would fail again).
  if (!looksHuman({ honeypot: values.website, formShown: values.formShown }, webinarId)) {
    const kept = { ...values, formShown: "", website: "" };
    return {
      answer: { errors: {}, values: kept, notice: t("signUp.errors.tryAgain") },
      status: 400,
    };
  }
  // One client may sign up only so often (counted in memory, no address kept), and its
  // refused attempts never reach the webinar's own limit, shared by every app process, which
  // stops a script emailing strangers faster than people sign up.
  const tooMany = (seconds: number) => ({
    answer: { errors: {}, values, notice: t("signUp.errors.tooMany") },
    status: 429,
    headers: { "Retry-After": String(seconds) },
  });
  const clientWait = guessingWait("webinar-signup", about.clientKey);
  if (clientWait > 0) return tooMany(clientWait);
  countFailedGuess("webinar-signup", about.clientKey);
  const limit = await hitRateLimit(db, `webinar-signup:${webinarId}`, 30, 60_000);
  if (!limit.allowed) return tooMany(limit.retryAfterSeconds);
  const outcome = await requestSignUp(db, webinarId, toDetails(checked.form, about.language));
  if (outcome === "closed")
    return { answer: { errors: {}, values, notice: t("signUp.closed") }, status: 409 };
  wakeMailWorker();
  // With no mail service set up, the email waits in the outbox: never say it was sent.
  return { answer: { sent: { email: checked.form.email, emailSent: mailIsSent() } }, status: 200 };
}

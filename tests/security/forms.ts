/* Forms the security tests fill in, as a person would. */
import type { FormFields } from "./http";

/** A London calendar day `days` from today, as the three date fields take it. */
export function dayFields(prefix: string, days: number): FormFields {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(new Date(Date.now() + days * 86_400_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    [`${prefix}Day`]: part("day"),
    [`${prefix}Month`]: part("month"),
    [`${prefix}Year`]: part("year"),
  };
}

export const webinarForm = (title: string): FormFields => ({
  title,
  ...dayFields("webinar", 10),
  starts: "18:00",
  ends: "19:00",
  capacity: "50",
  audience: "parents",
  host: "inspectors",
  joinUrl: "https://example.org/room",
});

export const signUpForm = (name: string, email: string, words = ""): FormFields => ({
  name,
  email,
  role: "parent",
  needs: words ? ["bsl", "interpreter"] : [],
  interpreterLanguage: words.slice(0, 60),
  otherNeeds: words,
  question: words,
  consent: "yes",
});

import { z } from "zod";
import type { SignUpDetails } from "./webinars.server";

import { needOptions, roleOptions } from "./needs";

const text = (max: number) => z.string().trim().max(max, "tooLong");
const optional = (max: number) => text(max).transform((v) => v || undefined);

/** The sign-up form. Messages are keys under `signUp.errors` in the webinars namespace. */
export const signUpSchema = z.object({
  name: text(120).min(1, "nameRequired"),
  email: text(254)
    .min(1, "emailRequired")
    // Loose on purpose (one @, a dot in the domain), but no spaces or the characters that
    // make "Name <address>" or lists: one address, so one place per mailbox.
    .regex(/^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\]+$/, "emailInvalid"),
  role: z.enum(roleOptions, { error: "roleRequired" }),
  needs: z
    .array(z.enum(needOptions, { error: "needsInvalid" }))
    .max(needOptions.length, "needsInvalid"),
  interpreterLanguage: optional(60),
  otherNeeds: optional(500),
  question: optional(1000),
  consent: z.literal("yes", { error: "consentRequired" }),
});

/**
 * Checks the form; errors are keys under `signUp.errors`, one per field, in form order. Every
 * rule is checked at once, so a person sees all there is to fix in one go.
 */
export function checkSignUp(values: SignUpValues) {
  const parsed = signUpSchema.safeParse(values);
  const errors: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues)
    errors[String(issue.path[0])] ??= issue.message;
  if (values.needs.includes("interpreter") && !values.interpreterLanguage.trim())
    errors.interpreterLanguage ??= "interpreterLanguageRequired";
  if (parsed.success && Object.keys(errors).length === 0)
    return { ok: true as const, form: parsed.data };
  return { ok: false as const, errors };
}

export type SignUpValues = {
  name: string;
  email: string;
  role: string;
  needs: string[];
  interpreterLanguage: string;
  otherNeeds: string;
  question: string;
  consent: string;
};

/** What was typed, kept as typed so a page with errors loses nothing. */
export function signUpValues(form: FormData): SignUpValues {
  const one = (name: string, max = 2000) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, max) : "";
  };
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

/*
 * One way to read a form: each typed field read as text, cut to a length (`textField`), each
 * choice read as one of its options (`choiceField`), each record's id read as a UUID
 * (`idField`), the
 * values checked by the form's zod schema, and the schema's first complaint about each field
 * turned into words (`checkFields`, `fieldErrors`). One-line fields refuse line breaks and
 * control characters in their schemas (`oneLineText` in `text.ts`).
 */
import type { z } from "zod";
import { isUuid } from "./ids";

/** A typed field as sent, cut to `max` characters; "" when it is missing or a file. */
export function textField(form: FormData, name: string, max: number): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
}

/**
 * A choice sent by a button, radio or hidden field (an intent, a version): one of `choices`,
 * or undefined when it is missing, a file or anything else.
 */
export function choiceField<Choice extends string>(
  form: FormData,
  name: string,
  choices: readonly Choice[],
): Choice | undefined {
  const value = form.get(name);
  return choices.find((choice) => choice === value);
}

/**
 * A record's id sent in a hidden field (a comment, a recording, an account): a well-formed
 * UUID, or undefined, so a forged id is refused before it reaches a uuid column (a 500).
 */
export function idField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && isUuid(value) ? value : undefined;
}

/** Several typed fields, each as `textField` reads it. */
export function textFields<Name extends string>(
  form: FormData,
  names: readonly Name[],
  max: number,
): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, textField(form, name, max)])) as Record<
    Name,
    string
  >;
}

/** The first rule each field broke: its message (a translation key) and the rule's params. */
export function firstIssues(
  error: z.ZodError,
): Record<string, { key: string; params?: Record<string, string> }> {
  const issues: Record<string, { key: string; params?: Record<string, string> }> = {};
  for (const issue of error.issues) {
    const params = issue.code === "custom" ? (issue.params as Record<string, string>) : undefined;
    issues[String(issue.path[0])] ??= { key: issue.message, params };
  }
  return issues;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One message a field, the first the form's rules found, in words: each rule's message is a
 * translation key under `prefix` (GOV.UK: one error per field, in the summary and by it).
 * A rule's params fill the message; days among them (`YYYY-MM-DD`) are written by `formatDay`
 * in the page's language.
 */
export function fieldErrors(
  error: z.ZodError,
  prefix: string,
  t: (key: string, options?: Record<string, string>) => string,
  formatDay: (day: string) => string = (day) => day,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, { key, params }] of Object.entries(firstIssues(error))) {
    const options = params
      ? Object.fromEntries(
          Object.entries(params).map(([name, value]) => [
            name,
            isoDay.test(value) ? formatDay(value) : value,
          ]),
        )
      : undefined;
    errors[field] = t(`${prefix}.${key}`, options);
  }
  return errors;
}

/**
 * Checks what was typed against the form's schema: the checked form, or one message a field
 * in words (as `fieldErrors` writes them).
 */
export function checkFields<Schema extends z.ZodType>(
  schema: Schema,
  values: unknown,
  messages: {
    prefix: string;
    t: (key: string, options?: Record<string, string>) => string;
    formatDay?: (day: string) => string;
  },
): { ok: true; form: z.output<Schema> } | { ok: false; errors: Record<string, string> } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, form: parsed.data };
  return {
    ok: false,
    errors: fieldErrors(parsed.error, messages.prefix, messages.t, messages.formatDay),
  };
}

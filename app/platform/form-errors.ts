import type { z } from "zod";

/**
 * One message a field, the first the form's rules found, in words: each rule's message is a
 * translation key under `prefix` (GOV.UK: one error per field, in the summary and by it).
 */
export function fieldErrors(
  error: z.ZodError,
  prefix: string,
  t: (key: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues)
    errors[String(issue.path[0])] ??= t(`${prefix}.${issue.message}`);
  return errors;
}

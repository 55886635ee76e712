import type { z } from "zod";

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
  for (const issue of error.issues) {
    const params = issue.code === "custom" ? (issue.params as Record<string, string>) : undefined;
    const options = params
      ? Object.fromEntries(
          Object.entries(params).map(([name, value]) => [
            name,
            isoDay.test(value) ? formatDay(value) : value,
          ]),
        )
      : undefined;
    errors[String(issue.path[0])] ??= t(`${prefix}.${issue.message}`, options);
  }
  return errors;
}

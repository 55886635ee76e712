import { z } from "zod";

/**
 * A form sent after its session ended (auth/session.server.ts, requireInspector), carried
 * through sign-in in the page itself, never stored: where it was sent and what it held.
 */
export const keptSubmissionSchema = z.object({
  reason: z.enum(["idle", "expired"]),
  /** Whose session it was: kept for that person only, not whoever signs in next. */
  userId: z.string().uuid(),
  idleMinutes: z.number().int().min(1).max(480),
  // A path on this site only: no "//host", no backslashes, no spaces or control characters.
  action: z
    .string()
    .max(2000)
    .regex(/^\/(?![/\\])[\x21-\x7e]*$/),
  fields: z.array(z.tuple([z.string().max(200), z.string().max(60_000)])).max(200),
  droppedFiles: z.number().int().min(0).max(20),
});

export type KeptSubmission = z.infer<typeof keptSubmissionSchema>;

/** Reads the `kept` field a sign-in form carries, or undefined when it is absent or altered. */
export function readKeptSubmission(value: FormDataEntryValue | null): KeptSubmission | undefined {
  if (typeof value !== "string" || !value || value.length > 400_000) return undefined;
  try {
    const parsed = keptSubmissionSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The values a person typed (words, not ids or choices), to show them what was kept. */
export function typedValues(kept: KeptSubmission): string[] {
  return kept.fields
    .map(([, value]) => value.trim())
    .filter((value) => value.length > 40 || /\s/.test(value));
}

/** Longest transcript a team member may type for one recording, in characters. */
export const maxTranscript = 5000;

export type TranscriptCheck =
  | { ok: true; transcript: string }
  | { ok: false; transcript: string; problem: "empty" | "tooLong" };

/** A transcript as posted: trimmed, with Windows line ends made plain; empty or too long refused. */
export function readTranscript(raw: FormDataEntryValue | null): TranscriptCheck {
  const transcript = typeof raw === "string" ? raw.replace(/\r\n/g, "\n").trim() : "";
  if (!transcript) return { ok: false, transcript, problem: "empty" };
  if ([...transcript].length > maxTranscript) return { ok: false, transcript, problem: "tooLong" };
  return { ok: true, transcript };
}

import { textBoxText } from "~/platform/text";

/** Longest transcript a team member may type for one recording, in characters. */
export const maxTranscript = 5000;

export type TranscriptCheck =
  | { ok: true; transcript: string }
  | { ok: false; transcript: string; problem: "empty" | "tooLong" };

/** A transcript as posted, kept as a text box's words are (`textBoxText`); empty or too long refused. */
export function readTranscript(raw: FormDataEntryValue | null): TranscriptCheck {
  const transcript = typeof raw === "string" ? textBoxText(raw) : "";
  if (!transcript) return { ok: false, transcript, problem: "empty" };
  if ([...transcript].length > maxTranscript) return { ok: false, transcript, problem: "tooLong" };
  return { ok: true, transcript };
}

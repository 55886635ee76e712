import { readForm, readUploadForm } from "~/platform/forms.server";
import type { UploadedForm } from "~/platform/forms.server";
import { uploadSlots } from "~/platform/upload-slots.server";
import { maxRecordingBytes } from "./audio-type";

/** How long a person is asked to wait when every upload slot is taken. */
export const busyRetrySeconds = 60;

/**
 * A question page's form as it is sent. An own-words page may carry a recording: it is read as
 * it arrives (never more than 10 MB, copied once), taking one of this process's upload slots
 * until `release` (once it is stored); when none is free, or the file is too large, the form
 * comes back `refused` with the fields sent before it. Other pages are small forms.
 */
export async function readQuestionForm(
  request: Request,
  { ownWords, clientKey }: { ownWords: boolean; clientKey: string | undefined },
): Promise<UploadedForm> {
  if (!ownWords) return { form: await readForm(request), release: () => {} };
  return readUploadForm(request, {
    fileField: "recording",
    maxFileBytes: maxRecordingBytes,
    takeSlot: () => uploadSlots().take(clientKey ?? "unknown"),
  });
}

/** The text fields of an own-words page whose draft has gone; its recording is read and dropped. */
export async function readOwnWordsFields(request: Request): Promise<FormData> {
  return (
    await readUploadForm(request, { fileField: "recording", maxFileBytes: maxRecordingBytes })
  ).form;
}

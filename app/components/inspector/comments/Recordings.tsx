import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TextArea } from "~/components/ui";
import type { Audience } from "~/inspections/audiences";

export interface RecordingItem {
  id: string;
  audience: Audience;
  questionId: string;
  questionKey?: string;
}

/** A transcript the action refused, with the words typed, so nothing is lost. */
export interface RefusedTranscript {
  recordingId: string;
  error: string;
  transcript: string;
}

/** Spoken answers waiting for a transcript: play, type what was said, save (or delete). */
export function Recordings({
  inspectionId,
  recordings,
  refused,
}: {
  inspectionId: string;
  recordings: RecordingItem[];
  refused: RefusedTranscript | undefined;
}) {
  const { t } = useTranslation(["inspector", "survey-common"]);
  if (!recordings.length) return null;
  return (
    <section aria-labelledby="recordings" className="recordings">
      <h2 className="heading-m" id="recordings" tabIndex={-1}>
        {t("recordings.title", { count: recordings.length })}
      </h2>
      <p>{t("recordings.intro")}</p>
      <ol className="comment-list">
        {recordings.map((recording, index) => {
          const error = refused?.recordingId === recording.id ? refused.error : undefined;
          const headingId = `recording-${recording.id}`;
          const question = recording.questionKey ? t(recording.questionKey) : recording.questionId;
          return (
            <li key={recording.id} className="recording" aria-labelledby={headingId}>
              <p className="caption" id={headingId}>
                {t(`audience.${recording.audience}`)} · {question}
              </p>
              {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the transcript below is its caption */}
              <audio
                controls
                preload="none"
                src={`/inspections/${inspectionId}/recordings/${recording.id}`}
                aria-label={t("recordings.play", {
                  number: index + 1,
                  count: recordings.length,
                  question: `${t(`audience.${recording.audience}`)}, ${question}`,
                })}
              />
              <Form method="post">
                <input type="hidden" name="recordingId" value={recording.id} />
                <TextArea
                  id={`transcript-${recording.id}`}
                  name="transcript"
                  label={t("recordings.transcript")}
                  hint={t("recordings.transcriptHint")}
                  error={error}
                  defaultValue={error ? refused?.transcript : undefined}
                  rows={4}
                />
                <div className="button-group">
                  <Button name="intent" value="transcribe">
                    {t("recordings.save")}
                  </Button>
                  <Button name="intent" value="discard" variant="warning">
                    {t("recordings.discard")}
                  </Button>
                </div>
              </Form>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/plain";
import {
  maxRecordingBytes,
  maxRecordingSeconds,
  recordingClock as clock,
} from "~/recordings/audio-type";
import { Picture } from "./Picture";

export const recordingFieldId = "recording";

/** How long before the two-minute stop the recorder says it is about to stop. */
const endingSoonSeconds = 15;

/**
 * "Say it out loud" under an own-words question. Without JavaScript it is a file input that
 * takes audio (`capture`, so phones open their recorder) posted with the page's form. With
 * JavaScript a recorder (start, stop, listen back, record again, two minutes at most) puts
 * its recording into that same input, so both ways send the same form.
 */
export function SpokenAnswer({
  recordingHref,
  hasRecording,
  easy,
  error,
}: {
  /** Where the person's saved recording plays from, when there is one. */
  recordingHref: string;
  hasRecording: boolean;
  /** Easy read: no file sizes or formats, one idea a sentence. */
  easy: boolean;
  error?: string;
}) {
  const { t } = useTranslation("survey");
  const inputRef = useRef<HTMLInputElement>(null);
  const [clientError, setClientError] = useState<string>();
  // Beside the recorder, the file input is only the other way: its label says so.
  const [canRecord, setCanRecord] = useState(false);
  const shownError = clientError ?? error;
  return (
    <section
      className={`field spoken-answer${shownError ? " field--invalid" : ""}`}
      aria-labelledby="spoken-heading"
    >
      <h2 className="heading-m spoken-answer__heading" id="spoken-heading">
        <Picture id="microphone" />
        {t("spoken.heading")}
      </h2>
      {hasRecording ? (
        <div className="spoken-answer__saved">
          <p>{t("spoken.saved")}</p>
          <p className="hint">{t("spoken.skipDeletes")}</p>
          {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the person's own words; the inspectors write them down */}
          <audio controls preload="none" src={recordingHref} aria-label={t("spoken.listenSaved")} />
          <Button name="intent" value="delete-recording" variant="secondary">
            {t("spoken.delete")}
          </Button>
        </div>
      ) : null}
      <Recorder
        input={inputRef}
        onProblem={setClientError}
        onSupported={setCanRecord}
        hasRecording={hasRecording}
        easy={easy}
      />
      <label className="label" htmlFor={recordingFieldId}>
        {t(
          canRecord
            ? hasRecording
              ? "spoken.fileOnlyAgain"
              : "spoken.fileOnly"
            : hasRecording
              ? "spoken.fileAgain"
              : "spoken.file",
        )}
      </label>
      <p className="hint" id="recording-hint">
        {t(easy ? "spoken.hintEasy" : "spoken.hint")}
      </p>
      {shownError ? (
        <p className="field-error" id="recording-error">
          <span className="visually-hidden">{t("common:error.prefix")} </span>
          {shownError}
        </p>
      ) : null}
      <input
        ref={inputRef}
        className="file-input"
        type="file"
        id={recordingFieldId}
        name="recording"
        accept="audio/*"
        capture="user"
        aria-describedby={shownError ? "recording-hint recording-error" : "recording-hint"}
        aria-invalid={shownError ? true : undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          setClientError(
            file && file.size > maxRecordingBytes
              ? t(easy ? "spoken.tooBigEasy" : "spoken.tooBig", {
                  size: t("spoken.megabytes", { count: maxRecordingBytes / 2 ** 20 }),
                })
              : undefined,
          );
        }}
      />
    </section>
  );
}

type RecorderState =
  | { step: "idle" }
  | { step: "recording"; seconds: number }
  | { step: "recorded"; seconds: number; url: string }
  | { step: "unavailable" };

/** The in-page recorder; it draws nothing until it knows the browser can record. */
function Recorder({
  input,
  onProblem,
  onSupported,
  hasRecording,
  easy,
}: {
  input: React.RefObject<HTMLInputElement>;
  onProblem: (message: string | undefined) => void;
  onSupported: (supported: boolean) => void;
  hasRecording: boolean;
  easy: boolean;
}) {
  const { t } = useTranslation("survey");
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<RecorderState>({ step: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const recorder = useRef<MediaRecorder>();
  const timer = useRef<ReturnType<typeof setInterval>>();

  useEffect(() => {
    const canRecord =
      typeof window.MediaRecorder === "function" &&
      typeof navigator.mediaDevices?.getUserMedia === "function" &&
      typeof DataTransfer === "function";
    setSupported(canRecord);
    onSupported(canRecord);
    return () => {
      clearInterval(timer.current);
      recorder.current?.stream.getTracks().forEach((track) => track.stop());
    };
    // onSupported is a state setter: it never changes.
  }, [onSupported]);

  useEffect(() => {
    if (state.step !== "recorded") return;
    return () => URL.revokeObjectURL(state.url);
  }, [state]);

  // Continue (or Save) pressed while recording: stop first, then send the form with the
  // recording in it, rather than sending it without what was just said.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const finishFirst = (event: SubmitEvent) => {
      const media = recorder.current;
      if (media?.state !== "recording") return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const submitter = event.submitter;
      media.addEventListener("stop", () =>
        // After onstop has put the recording in the file input.
        setTimeout(() => form.requestSubmit(submitter as HTMLElement | null), 0),
      );
      media.stop();
    };
    form.addEventListener("submit", finishFirst, true);
    return () => form.removeEventListener("submit", finishFirst, true);
  }, [input, supported]);

  if (!supported) return null;

  async function start() {
    onProblem(undefined);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setState({ step: "unavailable" });
      setAnnouncement(t(easy ? "spoken.noMicrophoneEasy" : "spoken.noMicrophone"));
      return;
    }
    const type = ["audio/webm;codecs=opus", "audio/mp4", "audio/ogg;codecs=opus"].find((type) =>
      MediaRecorder.isTypeSupported(type),
    );
    const media = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    const started = Date.now();
    media.ondataavailable = (event) => chunks.push(event.data);
    media.onstop = () => {
      clearInterval(timer.current);
      stream.getTracks().forEach((track) => track.stop());
      const seconds = Math.min(maxRecordingSeconds, (Date.now() - started) / 1000);
      const blob = new Blob(chunks, { type: media.mimeType });
      const extension = media.mimeType.includes("mp4")
        ? "m4a"
        : media.mimeType.includes("ogg")
          ? "ogg"
          : "webm";
      const file = new File([blob], `recording.${extension}`, { type: blob.type });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      if (input.current) input.current.files = transfer.files;
      setState({ step: "recorded", seconds, url: URL.createObjectURL(blob) });
      setAnnouncement(t("spoken.stopped", { time: clock(seconds) }));
    };
    recorder.current = media;
    media.start();
    setState({ step: "recording", seconds: 0 });
    setAnnouncement(t("spoken.recordingNow", { limit: clock(maxRecordingSeconds) }));
    let warned = false;
    timer.current = setInterval(() => {
      const seconds = (Date.now() - started) / 1000;
      if (seconds >= maxRecordingSeconds) media.stop();
      else setState({ step: "recording", seconds });
      // The time left is shown; it is also said, once, before the recording stops by itself.
      if (!warned && seconds >= maxRecordingSeconds - endingSoonSeconds) {
        warned = true;
        setAnnouncement(t("spoken.endingSoon", { count: endingSoonSeconds }));
      }
    }, 250);
  }

  return (
    <div className="recorder">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {state.step === "recording" ? (
        <p className="recorder__time" aria-hidden="true">
          <span className="recorder__dot" /> {clock(state.seconds)} / {clock(maxRecordingSeconds)}
        </p>
      ) : null}
      {/* One button that changes, so focus stays on it when recording starts and stops. */}
      <Button
        type="button"
        variant={state.step === "recording" ? "warning" : "secondary"}
        onClick={() => (state.step === "recording" ? recorder.current?.stop() : void start())}
      >
        {t(
          state.step === "recording"
            ? "spoken.stop"
            : state.step === "recorded"
              ? "spoken.again"
              : hasRecording
                ? "spoken.again"
                : "spoken.start",
        )}
      </Button>
      {state.step === "recorded" ? (
        <div className="recorder__listen">
          <p>{t("spoken.listenBack", { time: clock(state.seconds) })}</p>
          {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the person's own recording */}
          <audio controls src={state.url} aria-label={t("spoken.listenNew")} />
          <p className="hint">{t("spoken.sendHint")}</p>
        </div>
      ) : null}
      {state.step === "unavailable" ? (
        <p className="field-error">{t("spoken.noMicrophone")}</p>
      ) : null}
    </div>
  );
}

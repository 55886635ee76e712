import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/plain";
import type { ReadAloudProps } from "~/respond/read-aloud.server";
import { Picture } from "./Picture";

/**
 * "Read this to me": reads the page (on a question page, the question, then its answers).
 * Without JavaScript it is a plain audio player of the pre-made audio, Ogg Opus or MP3,
 * whichever the browser plays. With JavaScript it is one button that uses the device's own
 * voice for the page's language when there is one (clearer, follows the person's speech
 * settings, and can say a resume code), else plays the pre-made audio, and says so in words
 * when the device cannot. With neither, it is not shown.
 */
export function ReadAloud({
  text,
  lang,
  sources,
  labelId = "read-aloud-label",
}: ReadAloudProps & { labelId?: string }) {
  const { t } = useTranslation("common");
  // undefined until the browser has said which voices it has: until then, the no-JS player.
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>();
  const [reading, setReading] = useState(false);
  const [failed, setFailed] = useState(false);
  const audio = useRef<HTMLAudioElement>(null);

  useEffect(() => {
    const synth = typeof window.speechSynthesis === "object" ? window.speechSynthesis : undefined;
    const pick = () =>
      setVoice(
        synth?.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang) ?? null,
      );
    pick();
    synth?.addEventListener("voiceschanged", pick);
    return () => {
      synth?.removeEventListener("voiceschanged", pick);
      synth?.cancel();
    };
  }, [lang]);

  // Names the player without JavaScript; hidden from screen readers, which hear it as the
  // player's name, so it is not read twice.
  const label = (
    <span className="read-aloud__label" id={labelId} aria-hidden="true">
      <Picture id="speaker" />
      {t("readAloud.label")}
    </span>
  );

  const hasAudio = sources.length > 0;
  const audioSources = sources.map(({ src, type }) => <source key={src} src={src} type={type} />);

  if (voice === undefined) {
    if (!hasAudio) return null;
    return (
      <div className="read-aloud">
        {label}
        {/* eslint-disable-next-line jsx-a11y/media-has-caption -- it speaks the words shown on the page */}
        <audio controls preload="none" aria-labelledby={labelId}>
          {audioSources}
        </audio>
      </div>
    );
  }
  if (!voice && !hasAudio) return null;

  function stop() {
    window.speechSynthesis?.cancel();
    if (audio.current) {
      audio.current.pause();
      audio.current.currentTime = 0;
    }
    setReading(false);
  }

  function read() {
    setFailed(false);
    if (voice) speak(voice);
    else playPreMade();
  }

  function speak(chosen: SpeechSynthesisVoice) {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = chosen;
    utterance.lang = chosen.lang;
    utterance.rate = 0.9;
    utterance.onend = () => setReading(false);
    utterance.onerror = (event) => {
      // Stopped by the person (or by the next page): not a failure.
      if (event.error === "interrupted" || event.error === "canceled") setReading(false);
      // The device's voice broke: the pre-made audio may still work.
      else playPreMade();
    };
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    setReading(true);
  }

  function playPreMade() {
    const player = audio.current;
    if (!player) return fail();
    // The first format this browser plays, set directly: with <source> children a failed
    // load never settles play(), and the person would hear nothing and be told nothing.
    const playable = sources.find(({ type }) => player.canPlayType(type) !== "");
    if (!playable) return fail();
    if (player.getAttribute("src") !== playable.src) player.src = playable.src;
    player.currentTime = 0;
    player.play().then(() => setReading(true), fail);
  }

  /** Says so in words. Cleared first, so a second failure is announced again. */
  function fail() {
    setReading(false);
    setFailed(false);
    window.setTimeout(() => setFailed(true), 100);
  }

  return (
    <div className="read-aloud">
      <Button type="button" variant="secondary" onClick={() => (reading ? stop() : read())}>
        <Picture id="speaker" />
        {t(reading ? "readAloud.stop" : "readAloud.label")}
      </Button>
      {hasAudio ? (
        // eslint-disable-next-line jsx-a11y/media-has-caption -- it speaks the words shown on the page
        <audio
          ref={audio}
          preload="none"
          onEnded={() => setReading(false)}
          onError={() => reading && fail()}
          hidden
        />
      ) : null}
      <p className="read-aloud__status" role="status">
        {failed ? t("readAloud.failed") : ""}
      </p>
    </div>
  );
}

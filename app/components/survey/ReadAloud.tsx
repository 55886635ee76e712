import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import { Picture } from "./Picture";

/**
 * "Read this to me": reads the question, then its answers. Without JavaScript it is a plain
 * audio player of the pre-made audio. With JavaScript it is one button that uses the
 * device's own voice for the page's language when there is one (clearer, and follows the
 * person's speech settings), else plays the pre-made audio. With neither, it is not shown.
 */
export function ReadAloud({ text, lang, src }: { text: string; lang: string; src?: string }) {
  const { t } = useTranslation("survey");
  // undefined until the browser has said which voices it has: until then, the no-JS player.
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>();
  const [reading, setReading] = useState(false);
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

  const label = (
    <span className="read-aloud__label" id="read-aloud-label">
      <Picture id="speaker" />
      {t("readAloud.label")}
    </span>
  );

  if (voice === undefined) {
    if (!src) return null;
    return (
      <div className="read-aloud">
        {label}
        {/* eslint-disable-next-line jsx-a11y/media-has-caption -- it speaks the words shown on the page */}
        <audio controls preload="none" src={src} aria-labelledby="read-aloud-label" />
      </div>
    );
  }
  if (!voice && !src) return null;

  function stop() {
    window.speechSynthesis?.cancel();
    if (audio.current) {
      audio.current.pause();
      audio.current.currentTime = 0;
    }
    setReading(false);
  }

  function read() {
    if (voice) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      utterance.onend = () => setReading(false);
      utterance.onerror = () => setReading(false);
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(utterance);
      setReading(true);
    } else if (audio.current) {
      audio.current.currentTime = 0;
      audio.current.play().then(
        () => setReading(true),
        () => setReading(false),
      );
    }
  }

  return (
    <div className="read-aloud">
      <Button
        type="button"
        variant="secondary"
        onPress={() => (reading ? stop() : read())}
        aria-describedby={undefined}
      >
        <Picture id="speaker" />
        {t(reading ? "readAloud.stop" : "readAloud.label")}
      </Button>
      {src ? (
        // eslint-disable-next-line jsx-a11y/media-has-caption -- it speaks the words shown on the page
        <audio ref={audio} src={src} preload="none" onEnded={() => setReading(false)} hidden />
      ) : null}
    </div>
  );
}

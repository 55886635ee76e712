import { useEffect, useState } from "react";
import { Checkbox } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { OptionContent } from "~/components/ui/choice-parts";

const keys = ["j", "k", "a", "r", "c"] as const;
const storageKey = "send-voice-queue-shortcuts";

/** Typing in a field, or a key with a modifier, is never a shortcut. */
function isTyping(event: KeyboardEvent) {
  const target = event.target as Element | null;
  return (
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    Boolean(
      target?.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])"),
    )
  );
}

/** Presses what the page marks with `data-shortcut`: a link, a form's button, or the code field. */
function press(key: (typeof keys)[number]) {
  const target = document.querySelector<HTMLElement>(`[data-shortcut="${key}"]`);
  if (!target) return false;
  if (key === "c") target.querySelector<HTMLInputElement>("input[name=code]")?.focus();
  else if (target instanceof HTMLFormElement) target.querySelector("button")?.click();
  else target.click();
  return true;
}

/**
 * Single-key shortcuts for the reading queue, with JavaScript only, listed on the page. They
 * never fire while typing in a field, and can be turned off (WCAG 2.1.4), remembered here.
 */
export function QueueShortcuts() {
  const { t } = useTranslation("inspector");
  const [ready, setReady] = useState(false);
  const [on, setOn] = useState(true);
  useEffect(() => {
    setOn(window.localStorage.getItem(storageKey) !== "off");
    setReady(true);
  }, []);
  useEffect(() => {
    if (!on) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event)) return;
      const key = keys.find((k) => k === event.key);
      if (key && press(key)) event.preventDefault();
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [on]);
  if (!ready) return null;
  return (
    <section aria-labelledby="queue-shortcuts" className="queue__shortcuts">
      <h2 id="queue-shortcuts">{t("queue.shortcuts.title")}</h2>
      <dl>
        {keys.map((key) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`queue.shortcuts.${key}`)}</dd>
          </div>
        ))}
      </dl>
      <Checkbox
        className="choice choice--checkbox"
        isSelected={on}
        onChange={(selected) => {
          setOn(selected);
          window.localStorage.setItem(storageKey, selected ? "on" : "off");
        }}
      >
        <OptionContent option={{ value: "on", label: t("queue.shortcuts.use") }} />
      </Checkbox>
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { helpNowPictures } from "~/offline/protocol";
import type { HelpNow } from "~/respond/help-now.server";
import { Picture } from "./Picture";
import { ReadAloud } from "./ReadAloud";

/**
 * "Do you need to talk to someone now?", first on the page after own words that may be a
 * disclosure (#19). Calm and plain; easy read with pictures and read-aloud. Plain text and
 * no links out that could say who looked.
 */
export function HelpNowPanel({
  helpline,
  easy,
  readAloud,
  carryOn = true,
}: HelpNow & {
  /** Whether the survey goes on below it (not on the saved page). */ carryOn?: boolean;
}) {
  const { t } = useTranslation("survey");
  const [speech, help, home] = helpNowPictures;
  const lines = [
    { picture: speech, text: t("helpNow.intro") },
    { picture: help, text: t(helpline === "childline" ? "done.childline" : "done.nspcc") },
    { picture: home, text: t("helpNow.emergency") },
  ];
  return (
    <section className="panel help-now" aria-labelledby="help-now-title">
      <h2 id="help-now-title">{t("done.talkTitle")}</h2>
      {readAloud ? <ReadAloud {...readAloud} labelId="help-now-read-aloud" /> : null}
      {easy ? (
        <ul className="easy-list">
          {lines.map((line) => (
            <li key={line.picture}>
              <Picture id={line.picture} />
              <span>{line.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        lines.map((line) => <p key={line.picture}>{line.text}</p>)
      )}
      <p>{t("done.talkBody")}</p>
      {carryOn ? <p>{t("helpNow.carryOn")}</p> : null}
    </section>
  );
}

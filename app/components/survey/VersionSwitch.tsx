import { useTranslation } from "react-i18next";
import { Button } from "~/components/plain";
import type { SurveyVersion } from "~surveys/lists";

/**
 * "Switch to easy read" / "Switch to the standard version" (#20): a button of the question's
 * own form, after Continue so Enter never changes version, which keeps what the page has
 * chosen and carries on at the same question in the other version. Works without JavaScript.
 */
export function VersionSwitch({ to, easy }: { to: SurveyVersion; easy: boolean }) {
  const { t } = useTranslation("survey");
  return (
    <p className="switch-version">
      <Button name="intent" value="switch" variant="secondary">
        {t(to === "easy" ? "question.switchToEasy" : "question.switchToStandard")}
      </Button>{" "}
      <span className="hint">{t(easy ? "question.switchKeptEasy" : "question.switchKept")}</span>
    </p>
  );
}

/** A question asked again after a change of version: what was answered before. */
export function AskedAgainNote(props: { version: string; answerKeys: string[]; easy: boolean }) {
  const { t } = useTranslation(["survey", "survey-common"]);
  const answer = props.answerKeys.map((key) => t(key)).join(", ");
  return (
    <p className="panel">
      {props.easy
        ? t("question.askedAgainEasy", { answer })
        : t("question.askedAgain", { answer, version: t(`version.${props.version}`) })}
    </p>
  );
}

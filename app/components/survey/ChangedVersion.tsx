import { useTranslation } from "react-i18next";

/*
 * The check page after a change of version (#20): which questions are asked again, what was
 * answered before, and the answers given in the other version to questions this one does not
 * ask (they are sent too).
 */

interface CheckRow {
  id: string;
  questionKey: string;
  state: string;
  changeHref: string;
}

/** The questions asked again, each a link to its page, before the list of answers. */
export function AskedAgainList({ rows, easy }: { rows: CheckRow[]; easy: boolean }) {
  const { t } = useTranslation("survey");
  const again = rows.filter((row) => row.state === "askedAgain");
  if (again.length === 0) return null;
  return (
    <div className="panel" id="asked-again">
      <h2>{t(easy ? "check.askedAgain.titleEasy" : "check.askedAgain.title")}</h2>
      <p>{t(easy ? "check.askedAgain.bodyEasy" : "check.askedAgain.body")}</p>
      <ul>
        {again.map((row) => (
          <li key={row.id}>
            <a href={row.changeHref}>{t(row.questionKey)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A check row's value for a question asked again: what was answered before, and where. */
export function AskedAgainRow({ version, answerKeys }: { version: string; answerKeys: string[] }) {
  const { t } = useTranslation(["survey", "survey-common"]);
  return (
    <span className="muted">
      {t("check.askedAgain.row", {
        answer: answerKeys.map((key) => t(key)).join(", "),
        version: t(`version.${version}`),
      })}
    </span>
  );
}

interface OtherRow {
  id: string;
  questionKey: string;
  answerKeys: string[];
  text?: string;
}

/** Answers given in the other version to questions this version does not ask. */
export function OtherVersionAnswers({ rows, easy }: { rows: OtherRow[]; easy: boolean }) {
  const { t } = useTranslation(["survey", "survey-common"]);
  if (rows.length === 0) return null;
  return (
    <>
      <h2>{t(easy ? "check.otherVersion.titleEasy" : "check.otherVersion.title")}</h2>
      <p>{t(easy ? "check.otherVersion.bodyEasy" : "check.otherVersion.body")}</p>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.id}>
            <dt className="summary-list__key">{t(row.questionKey)}</dt>
            <dd className="summary-list__value">
              {row.text ?? row.answerKeys.map((key) => t(key)).join(", ")}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

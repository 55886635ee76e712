import { useTranslation } from "react-i18next";

/** Whether text has anything to see: not only spaces, joiners or direction marks. */
export const hasWords = (text: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(text);

/**
 * A comment's words as the label of a choice: a comment with nothing to see (only spaces or
 * invisible marks) still names its box, so no checkbox or radio is left without a label.
 */
export function CommentWords({ text }: { text: string }) {
  const { t } = useTranslation("inspector");
  return hasWords(text) ? <span dir="auto">{text}</span> : <span>{t("themes.noWords")}</span>;
}

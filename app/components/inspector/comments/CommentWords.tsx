import { useTranslation } from "react-i18next";
import { hasVisibleWords } from "~surveys/typed-text";

/**
 * A comment's words as the label of a choice: a comment with nothing to see (only spaces or
 * invisible marks; answers like that are no longer stored, but older ones may be) still names its
 * box, so no checkbox or radio is left without a label.
 */
export function CommentWords({ text }: { text: string }) {
  const { t } = useTranslation("inspector");
  return hasVisibleWords(text) ? (
    <span dir="auto">{text}</span>
  ) : (
    <span>{t("themes.noWords")}</span>
  );
}

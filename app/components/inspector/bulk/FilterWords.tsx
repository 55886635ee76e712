import { useTranslation } from "react-i18next";
import type { CommentFilter } from "~/coding/comment-filter";
import { languageName } from "~/i18n/format";

/** Which comments a bulk action is about, in words: "Comments under this filter: …". */
export function FilterWords({
  filter,
  themeLabel,
}: {
  filter: CommentFilter;
  themeLabel: string | null;
}) {
  const { t, i18n } = useTranslation("inspector");
  const parts = [
    filter.audience && t(`audience.${filter.audience}`),
    filter.criterion,
    filter.theme && t("bulk.theme", { theme: themeLabel ?? "?" }),
    filter.language && languageName(filter.language, i18n.language),
    filter.unread && t("queue.unreadOnly"),
    filter.uncoded && t("queue.uncodedOnly"),
    filter.search && t("bulk.words", { words: filter.search }),
  ].filter(Boolean);
  return <p>{parts.length ? t("bulk.filter", { filter: parts.join(", ") }) : t("bulk.all")}</p>;
}

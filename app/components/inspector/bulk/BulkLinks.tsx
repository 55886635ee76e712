import { useTranslation } from "react-i18next";
import type { CommentFilter } from "~/coding/comment-filter";
import { commentFilterQuery } from "~/coding/comment-filter";

/** The way to a bulk action on the comments a page shows: each asks for confirmation first. */
export function BulkLinks({
  inspectionId,
  filter,
  heading = 2,
}: {
  inspectionId: string;
  filter: CommentFilter;
  /** 1 on the bulk page itself, when no action is chosen yet. */
  heading?: 1 | 2;
}) {
  const { t } = useTranslation("inspector");
  // A near-duplicate group is opened to read its comments, not to act on them in bulk.
  if (filter.group) return null;
  const to = (kind: string) =>
    `/inspections/${inspectionId}/comments/bulk?${new URLSearchParams([
      ["kind", kind],
      ...new URLSearchParams(commentFilterQuery(filter)),
    ])}`;
  return (
    <section aria-labelledby="bulk-title">
      {heading === 1 ? (
        <h1 id="bulk-title" className="page-heading">
          {t("bulk.title")}
        </h1>
      ) : (
        <h2 id="bulk-title">{t("bulk.title")}</h2>
      )}
      <ul>
        <li>
          <a href={to("accept")}>{t("bulk.acceptLink")}</a>
        </li>
        <li>
          <a href={to("read")}>{t("bulk.readLink")}</a>
        </li>
      </ul>
    </section>
  );
}

import { useTranslation } from "react-i18next";
import type { GroupSummary } from "~/coding/near-duplicates.server";

/**
 * Said of a comment that stands for a group of near-identical ones (#19): "Same or nearly the
 * same words from 14 people: Parents and carers: 9, Practitioners: 5", and a link to each.
 */
export function NearDuplicateNote({
  group,
  inspectionId,
  commentId,
}: {
  group: GroupSummary;
  inspectionId: string;
  commentId: string;
}) {
  const { t } = useTranslation("inspector");
  const audiences = group.audiences
    .map(({ audience, count }) =>
      t("nearDuplicates.audience", { count, audience: t(`audience.${audience}`) }),
    )
    .join(", ");
  return (
    <p className="panel" id={`group-${commentId}`}>
      {t("nearDuplicates.same", { count: group.count, audiences })}{" "}
      <a href={`/inspections/${inspectionId}/comments?group=${group.id}`}>
        {t("nearDuplicates.open", { count: group.count })}
      </a>
    </p>
  );
}

/** How many comments are shown; for an opened group, that these are its comments, each of them. */
export function ShownCount({
  count,
  group,
  inspectionId,
}: {
  count: number;
  group?: string;
  inspectionId: string;
}) {
  const { t } = useTranslation("inspector");
  if (!group) return <p>{t("comments.count", { count })}</p>;
  return (
    <p className="panel">
      {t("nearDuplicates.opened", { count })}{" "}
      <a href={`/inspections/${inspectionId}/comments`}>{t("nearDuplicates.showAll")}</a>
    </p>
  );
}

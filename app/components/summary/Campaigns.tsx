import { useTranslation } from "react-i18next";
import { formatNumber } from "~/i18n/format";

/**
 * "312 comments came in 4 groups of near-identical words": one campaign's letter is not read
 * as many voices (#19). Counted over the audiences the summary quotes; nothing when none.
 */
export function Campaigns({
  inspectionId,
  campaigns,
}: {
  inspectionId: string;
  campaigns: { groups: number; grouped: number } | undefined;
}) {
  const { t, i18n } = useTranslation("inspector");
  if (!campaigns?.groups) return null;
  return (
    <p className="panel">
      {t("nearDuplicates.summary", {
        count: campaigns.groups,
        grouped: formatNumber(campaigns.grouped, i18n.language),
      })}{" "}
      <a href={`/inspections/${inspectionId}/comments`}>{t("comments.link")}</a>
    </p>
  );
}

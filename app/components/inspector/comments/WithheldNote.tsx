import { useTranslation } from "react-i18next";
import type { Audience } from "~/inspections/audiences";

/** Which audiences' comments are here to read but never quoted, being fewer than the threshold. */
export function WithheldNote({ withheld, threshold }: { withheld: Audience[]; threshold: number }) {
  const { t } = useTranslation("inspector");
  if (!withheld.length) return null;
  return (
    <p className="panel">
      {t("comments.withheld", {
        count: threshold,
        audiences: withheld.map((a) => t(`audience.${a}`)).join(", "),
      })}
    </p>
  );
}

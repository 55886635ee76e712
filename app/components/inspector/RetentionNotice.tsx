import { useTranslation } from "react-i18next";

/**
 * For an inspection's lead: when the inspection ends and when everything people sent for it
 * is deleted (RETENTION_YEARS later), or the day it was. Days come written in the page's
 * language (retentionNotice in app/inspections/retention.server.ts).
 */
export function RetentionNotice({
  lastDay,
  deletes,
  deletedOn,
}: {
  lastDay: string;
  deletes: string;
  deletedOn: string | null;
}) {
  const { t } = useTranslation("inspector");
  return (
    <p>
      {deletedOn
        ? t("retention.deleted", { date: deletedOn })
        : t("retention.due", { lastDay, date: deletes })}
    </p>
  );
}

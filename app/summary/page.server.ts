import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import { criterion, framework } from "~surveys/framework";
import { audit } from "~/auth/audit.server";
import { formatDate, formatDateTime, languageName } from "~/i18n/format";
import type { LanguageCode } from "~/i18n/languages";
import { audiences } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import { filterGroups, filterOptions, filterParam } from "./filters";
import type { SummaryFilter } from "./filters";
import { campaignsAmong, nearDuplicates } from "~/coding/near-duplicates.server";
import { exportQuery } from "./inspection-export.server";
import { summaryQuotes, withheldIn } from "./quotable.server";
import { inspectionSummary } from "./summary.server";
import type { InspectionSummary } from "./summary.server";
import { suppressionThreshold } from "./threshold.server";
import { webinarFeedbackSummary } from "./webinar-feedback.server";

/**
 * Everything the summary page shows of one inspection, for one filter (or everyone) and one
 * audience (or all): the suppressed figures, quotes where they may be shown
 * (quotable.server.ts), the filter's choices, and days and languages as people read them.
 * Viewing is audited.
 */
export async function summaryPage(
  db: Database,
  input: {
    inspection: { id: string; areaName: string };
    userId: string;
    filter: SummaryFilter | undefined;
    audience: Audience | undefined;
    language: LanguageCode;
    t: TFunction;
  },
) {
  const { inspection, filter, language, t } = input;
  const summary = await inspectionSummary(db, inspection.id, suppressionThreshold(), filter);
  await audit(db, {
    userId: input.userId,
    inspectionId: inspection.id,
    action: "summary_viewed",
    detail: filter ? { filter: filterParam(filter) } : {},
  });
  const options = filterOptions();
  // Quotes only for everyone: beside a filter, a quote would be tied to "about you" answers.
  const withheld = withheldIn(summary);
  const quotes = filter ? {} : await summaryQuotes(db, inspection.id, withheld);
  const campaigns = filter
    ? undefined
    : campaignsAmong(
        await nearDuplicates(db, inspection.id),
        audiences.filter((a) => !withheld.includes(a)),
      );
  return {
    id: inspection.id,
    area: inspection.areaName,
    title: `${t("summary.title")}: ${inspection.areaName}`,
    // What a printed copy is and when it was made, as the CSV files say (#25).
    about: t("export.about", { what: t("summary.title"), area: inspection.areaName }),
    made: t("export.made", { when: formatDateTime(new Date(), language) }),
    summary,
    quotes,
    campaigns,
    // Webinar feedback has no about-you answers to filter by, and no audience: shown with
    // everyone only.
    webinarFeedback:
      filter || input.audience
        ? null
        : await webinarFeedbackSummary(db, inspection.id, summary.threshold),
    subPointTexts: Object.fromEntries(
      framework.flatMap((c) => c.subPoints.map((p) => [p.id, p.text] as const)),
    ),
    filterValue: filter ? filterParam(filter) : "",
    // The same figures as a spreadsheet: narrowed exactly as the page is.
    download: `/inspections/${inspection.id}/export/summary.csv${exportQuery({
      filter: filter && filterParam(filter),
      audience: input.audience,
    })}`,
    filterLabel: filter
      ? options.find((o) => o.dimension === filter.dimension && o.value === filter.value)!.label
      : undefined,
    filterDimension: filter?.dimension,
    filterGroups: filterGroups(),
    audience: input.audience ?? "",
    shownAudiences: input.audience ? [input.audience] : [...audiences],
    breakdownLabels: breakdownLabels(summary, language, t),
    criteria: Object.fromEntries(
      Object.values(summary.byAudience)
        .flat()
        .map((r) => [r.criterion, criterion(r.criterion).title]),
    ),
  };
}

/** Days and languages as a person reads them, not as they are stored. */
export function breakdownLabels(summary: InspectionSummary, language: LanguageCode, t: TFunction) {
  return Object.fromEntries(
    summary.breakdowns.map((breakdown) => [
      breakdown.by,
      Object.fromEntries(
        breakdown.rows.map((row) => [
          row.value,
          breakdown.by === "day"
            ? formatDate(row.value, language)
            : breakdown.by === "language"
              ? languageName(row.value, language)
              : t(`summary.values.${row.value}`),
        ]),
      ),
    ]),
  );
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breakdowns } from "~/components/summary/Breakdowns";
import { Campaigns } from "~/components/summary/Campaigns";
import { columnKeys } from "~/components/summary/columns";
import { CriterionTable } from "~/components/summary/CriterionTable";
import { Quotes } from "~/components/summary/Quotes";
import { StackedBarKey } from "~/components/summary/StackedBar";
import { SummaryFilters } from "~/components/summary/SummaryFilters";
import { WebinarFeedback } from "~/components/summary/WebinarFeedback";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { isAudience } from "~/inspections/audiences";
import { inspectionContext } from "~/inspections/context.server";
import { polarityColumns } from "~/summary/columns";
import { parseFilter } from "~/summary/filters";
import {
  fewerThanThreshold,
  figureText,
  hiddenFigure,
  hiddenFiguresExplained,
} from "~/summary/labels";
import { summaryPage } from "~/summary/page.server";
import type { ShownCell } from "~/summary/suppression";

export const handle = { i18n: ["inspector", "survey-common"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const query = new URL(request.url).searchParams;
  const audience = query.get("audience");
  return summaryPage(db, {
    inspection,
    userId: inspector.id,
    // Unknown filters are ignored rather than refused: the page shows everyone instead.
    filter: parseFilter(query.get("filter")),
    audience: isAudience(audience) ? audience : undefined,
    language,
    t,
  });
}

export default function Summary() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  const { threshold } = page.summary;
  const few = fewerThanThreshold(threshold, t);
  const count = (cell: ShownCell) => figureText(cell, threshold, t);
  const figure = (cell: ShownCell) =>
    cell.suppressed ? hiddenFigure(cell, threshold, t) : `${cell.count} (${cell.percent}%)`;
  return (
    <div className="summary-page">
      <InspectionHeading
        id={page.id}
        area={page.area}
        title={page.title}
        heading={t("summary.title")}
      />
      <p className="caption summary-made">
        {page.about}. {page.made}.
      </p>
      <p>{t("summary.intro", { few })}</p>
      <p className="hint">{hiddenFiguresExplained(threshold, t)}</p>
      <p className="hint summary-actions">{t("summary.print")}</p>
      <SummaryFilters
        inspectionId={page.id}
        value={page.filterValue}
        groups={page.filterGroups}
        audience={page.audience}
        showing={
          page.filterLabel && page.filterDimension
            ? { dimension: page.filterDimension, label: page.filterLabel }
            : undefined
        }
      />
      <p>
        <a href={page.download} download>
          {t("export.downloadSummary")}
        </a>
      </p>
      <Breakdowns
        breakdowns={page.summary.breakdowns}
        labels={page.breakdownLabels}
        count={count}
      />
      {Object.keys(page.summary.scales).length ? (
        <p className="panel">{t("summary.scales.intro")}</p>
      ) : null}
      <Campaigns inspectionId={page.id} campaigns={page.campaigns} />
      <StackedBarKey
        labels={polarityColumns.map((p) => t(columnKeys[p]))}
        hidden={t("summary.keyHidden")}
      />
      {page.shownAudiences.map((audience) => {
        const rows = page.summary.byAudience[audience];
        const responses = page.summary.responses[audience];
        return (
          <section key={audience} aria-labelledby={`summary-${audience}`}>
            <h2 id={`summary-${audience}`}>
              {t(`audience.${audience}`)}:{" "}
              {responses.suppressed
                ? hiddenFigure(responses, threshold, t)
                : `${responses.count} ${t("inspections.responses").toLowerCase()}`}
            </h2>
            {page.filterLabel && responses.suppressed ? (
              <p>{t("summary.filter.withheld", { few })}</p>
            ) : rows.length === 0 ? (
              <p>{t("summary.noAnswers")}</p>
            ) : (
              <CriterionTable
                audience={audience}
                rows={rows}
                subPoints={page.summary.subPoints[audience]}
                scales={page.summary.scales[audience]}
                titles={page.criteria}
                subPointTexts={page.subPointTexts}
                threshold={threshold}
                figure={figure}
                count={count}
              />
            )}
            <Quotes
              inspectionId={page.id}
              audience={audience}
              quotes={page.quotes[audience] ?? {}}
              titles={page.criteria}
            />
          </section>
        );
      })}
      {page.webinarFeedback ? (
        <WebinarFeedback feedback={page.webinarFeedback} figure={figure} count={count} few={few} />
      ) : null}
    </div>
  );
}

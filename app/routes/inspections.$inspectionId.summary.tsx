import {
  fewerThanThreshold,
  figureText,
  hiddenFigure,
  hiddenFiguresExplained,
} from "~/summary/labels";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Button, TableScroll } from "~/components/ui";
import { StackedBar, StackedBarKey } from "~/components/summary/StackedBar";
import { audit } from "~/auth/audit.server";
import { requireTeamInspection } from "~/auth/session.server";
import { detectLanguage } from "~/i18n/detect.server";
import { formatDate, formatDateTime, languageName } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18n.server";
import { audiences, isAudience } from "~/inspections/audiences";
import { filterDimensions, filterOptions, filterParam, parseFilter } from "~/summary/filters";
import { inspectionDetail } from "~/inspections/list.server";
import { summaryQuotes, withheldIn } from "~/summary/quotable.server";
import type { CriterionQuotes } from "~/summary/quotes";
import { polarityColumns } from "~/summary/columns";
import { inspectionSummary } from "~/summary/summary.server";
import { suppressionThreshold } from "~/summary/suppression";
import type { ShownCell, ShownRow } from "~/summary/suppression";
import type { CriterionScales } from "~/summary/summary.server";
import { criterion, criterionCodes, framework } from "../../surveys/framework";
import { AudienceSelect } from "~/components/inspector/AudienceSelect";
import { FilterSelect } from "~/components/inspector/FilterSelect";

export const handle = { i18n: ["inspector", "survey-common"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector } = await requireTeamInspection(request, params.inspectionId);
  const inspection = (await inspectionDetail(db, params.inspectionId!))!;
  const language = detectLanguage(request);
  const t = await getFixedT(language, "inspector");
  const query = new URL(request.url).searchParams;
  // Unknown filters are ignored rather than refused: the page shows everyone instead.
  const filter = parseFilter(query.get("filter"));
  const audience = query.get("audience");
  const summary = await inspectionSummary(db, inspection.id, suppressionThreshold(), filter);
  await audit(db, {
    userId: inspector.id,
    inspectionId: inspection.id,
    action: "summary_viewed",
    detail: filter ? { filter: filterParam(filter) } : {},
  });
  const options = filterOptions();
  // Quotes only for everyone: beside a filter, a quote would be tied to "about you" answers.
  const withheld = withheldIn(summary);
  const quotes = filter ? {} : await summaryQuotes(db, inspection.id, withheld);
  return {
    quotes,
    subPointTexts: Object.fromEntries(
      framework.flatMap((c) => c.subPoints.map((p) => [p.id, p.text] as const)),
    ),
    filterValue: filter ? filterParam(filter) : "",
    filterLabel: filter
      ? options.find((o) => o.dimension === filter.dimension && o.value === filter.value)!.label
      : undefined,
    filterDimension: filter?.dimension,
    filterGroups: filterDimensions.map((dimension) => ({
      dimension,
      options: options
        .filter((o) => o.dimension === dimension)
        .map((o) => ({ value: filterParam(o), label: o.label })),
    })),
    audience: isAudience(audience) ? audience : "",
    shownAudiences: isAudience(audience) ? [audience] : audiences,
    id: inspection.id,
    area: inspection.areaName,
    title: `${t("summary.title")}: ${inspection.areaName}`,
    // What a printed copy is and when it was made, as the CSV files say (#25).
    about: t("export.about", { what: t("summary.title"), area: inspection.areaName }),
    made: t("export.made", { when: formatDateTime(new Date(), language) }),
    summary,
    // Days and languages as a person reads them, not as they are stored.
    breakdownLabels: Object.fromEntries(
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
    ),
    criteria: Object.fromEntries(
      Object.values(summary.byAudience)
        .flat()
        .map((r) => [r.criterion, criterion(r.criterion).title]),
    ),
  };
}

const columnKeys = {
  positive: "summary.positive",
  neutral: "summary.neutral",
  negative: "summary.negative",
  dont_know: "summary.dontKnow",
} as const;

export default function Summary() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  const threshold = page.summary.threshold;
  const count = (cell: ShownCell) => figureText(cell, threshold, t);
  const figure = (cell: ShownCell) =>
    cell.suppressed ? hiddenFigure(cell, threshold, t) : `${cell.count} (${cell.percent}%)`;
  return (
    <div className="summary-page">
      <PageTitle title={page.title} />
      <p className="caption">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <h1 className="page-heading">{t("summary.title")}</h1>
      <p className="caption summary-made">
        {page.about}. {page.made}.
      </p>
      <p>{t("summary.intro", { few: fewerThanThreshold(page.summary.threshold, t) })}</p>
      <p className="hint">{hiddenFiguresExplained(threshold, t)}</p>
      <p className="hint summary-actions">{t("summary.print")}</p>
      <Form method="get" className="filters">
        <FilterSelect
          id="filter-group"
          name="filter"
          label={t("summary.filter.label")}
          defaultValue={page.filterValue}
        >
          <option value="">{t("summary.filter.everyone")}</option>
          {page.filterGroups.map((group) => (
            <optgroup
              key={group.dimension}
              label={t(`summary.filter.dimensions.${group.dimension}`)}
            >
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(option.label)}
                </option>
              ))}
            </optgroup>
          ))}
        </FilterSelect>
        <AudienceSelect value={page.audience} />
        <Button variant="secondary">{t("summary.filter.button")}</Button>
      </Form>
      {page.filterLabel ? (
        <p className="panel" role="status">
          {t("summary.filter.showing", {
            group: `${t(`summary.filter.dimensions.${page.filterDimension}`)}: ${t(page.filterLabel)}`,
          })}{" "}
          <a href={`/inspections/${page.id}/summary`}>{t("summary.filter.clear")}</a>
        </p>
      ) : null}
      {page.summary.breakdowns.length ? (
        <section aria-labelledby="breakdowns">
          <h2 id="breakdowns">{t("summary.breakdowns")}</h2>
          <div className="breakdowns">
            {page.summary.breakdowns.map((breakdown) => (
              <TableScroll key={breakdown.by} label={t(`summary.by.${breakdown.by}`)}>
                <table className="table">
                  <caption>{t(`summary.by.${breakdown.by}`)}</caption>
                  <thead>
                    <tr>
                      <td />
                      {audiences.map((audience) => (
                        <th scope="col" className="numeric" key={audience}>
                          {t(`audience.${audience}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {breakdown.rows.map((row) => (
                      <tr key={row.value}>
                        <th scope="row">{page.breakdownLabels[breakdown.by]![row.value]}</th>
                        {audiences.map((audience) => (
                          <td className="numeric" key={audience}>
                            {count(row.counts[audience])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ))}
          </div>
        </section>
      ) : null}
      {Object.keys(page.summary.scales).length ? (
        <p className="panel">{t("summary.scales.intro")}</p>
      ) : null}
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
              <p>
                {t("summary.filter.withheld", {
                  few: fewerThanThreshold(page.summary.threshold, t),
                })}
              </p>
            ) : rows.length === 0 ? (
              <p>{t("summary.noAnswers")}</p>
            ) : (
              <TableScroll
                label={t("summary.tableCaption", { audience: t(`audience.${audience}`) })}
              >
                <table className="table table--summary">
                  <caption className="visually-hidden">
                    {t("summary.tableCaption", { audience: t(`audience.${audience}`) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("summary.criterion")}</th>
                      {polarityColumns.map((p) => (
                        <th scope="col" className="numeric" key={p}>
                          {t(columnKeys[p])}
                        </th>
                      ))}
                      <th scope="col" className="numeric">
                        {t("summary.answers")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ criterion: code, row }) => {
                      const subPoints = page.summary.subPoints[audience]?.[code];
                      const scales = page.summary.scales[audience]?.[code];
                      return (
                        <Fragment key={code}>
                          <tr>
                            <th scope="row">
                              <span className="criterion-code">{code}</span> {page.criteria[code]}
                              {scales ? (
                                <span className="hint"> ({t("summary.scales.added")})</span>
                              ) : null}
                              <StackedBar cells={row.cells} />
                            </th>
                            <Figures row={row} figure={figure} count={count} />
                          </tr>
                          {scales ? (
                            <ScaleRows
                              code={code}
                              scales={scales}
                              threshold={page.summary.threshold}
                              columns={polarityColumns.length + 1}
                            />
                          ) : null}
                          {subPoints && !subPoints.available ? (
                            <tr className="sub-point">
                              <td colSpan={polarityColumns.length + 2} className="hint">
                                {t("summary.subPoints.withheld", { code })}
                              </td>
                            </tr>
                          ) : null}
                          {subPoints?.rows.map((sub) => (
                            <tr className="sub-point" key={sub.subPoint}>
                              <th scope="row">
                                <span className="criterion-code">{sub.subPoint}</span>{" "}
                                {page.subPointTexts[sub.subPoint]}
                              </th>
                              <Figures row={sub.row} figure={figure} count={count} />
                            </tr>
                          ))}
                        </Fragment>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
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
    </div>
  );
}

/** What people said, a few quotes under each criterion, with a way to read them all. */
function Quotes({
  inspectionId,
  audience,
  quotes,
  titles,
}: {
  inspectionId: string;
  audience: string;
  quotes: Record<string, CriterionQuotes>;
  titles: Record<string, string>;
}) {
  const { t } = useTranslation("inspector");
  const codes = Object.keys(quotes).sort(
    (a, b) => criterionCodes.indexOf(a as never) - criterionCodes.indexOf(b as never),
  );
  if (codes.length === 0) return null;
  return (
    <>
      <h3>{t("summary.quotes.title")}</h3>
      {codes.map((code) => (
        <div className="quotes" key={code}>
          <h4>
            <span className="criterion-code">{code}</span>{" "}
            {titles[code] ?? criterion(code as never).title}
          </h4>
          <ul className="comment-list">
            {quotes[code]!.quotes.map((quote) => (
              <li key={quote.id} className="comment">
                <blockquote className="comment__text" dir="auto">
                  {quote.text}
                </blockquote>
              </li>
            ))}
          </ul>
          <p>
            <a
              href={`/inspections/${inspectionId}/comments?criterion=${code}&audience=${audience}`}
            >
              {t("summary.quotes.all", {
                count: quotes[code]!.total,
                code,
                audience: t(`audience.${audience}`),
              })}
            </a>
          </p>
        </div>
      ))}
    </>
  );
}

/** Each scale's own counts under a criterion whose figures add two scales together. */
function ScaleRows({
  code,
  scales,
  threshold,
  columns,
}: {
  code: string;
  scales: CriterionScales;
  threshold: number;
  columns: number;
}) {
  const { t } = useTranslation("inspector");
  if (!scales.available)
    return (
      <tr className="sub-point">
        <td colSpan={columns + 1} className="hint">
          {t("summary.scales.withheld", { code, few: fewerThanThreshold(threshold, t) })}
        </td>
      </tr>
    );
  return (
    <>
      {scales.scales.map((scale) => (
        <tr className="sub-point scale-counts" key={scale.scale}>
          <th scope="row">{t(`summary.scales.${scale.scale}`)}</th>
          <td colSpan={columns}>
            <ul className="scale-counts__list">
              {scale.cells.map((cell) => (
                <li key={cell.value}>
                  {t(`survey-common:scale.${scale.scale}.${cell.value}`)}: {cell.count} (
                  {cell.percent}%)
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </>
  );
}

function Figures({
  row,
  figure,
  count,
}: {
  row: ShownRow;
  figure: (cell: ShownCell) => string;
  count: (cell: ShownCell) => string;
}) {
  return (
    <>
      {row.cells.map((cell, i) => (
        <td className="numeric" key={polarityColumns[i]}>
          {figure(cell)}
        </td>
      ))}
      <td className="numeric">{count(row.total)}</td>
    </>
  );
}

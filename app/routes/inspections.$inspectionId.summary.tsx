import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { StackedBar } from "~/components/summary/StackedBar";
import { audit } from "~/auth/audit.server";
import { requireTeamInspection } from "~/auth/session.server";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";
import { audiences } from "~/inspections/audiences";
import { inspectionDetail } from "~/inspections/list.server";
import { inspectionSummary, polarityColumns } from "~/summary/summary.server";
import { suppressionThreshold } from "~/summary/suppression";
import type { ShownCell } from "~/summary/suppression";
import { criterion } from "../../surveys/framework";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector } = await requireTeamInspection(request, params.inspectionId);
  const inspection = (await inspectionDetail(db, params.inspectionId!))!;
  const t = await getFixedT(detectLanguage(request), "inspector");
  const summary = await inspectionSummary(db, inspection.id, suppressionThreshold());
  await audit(db, { userId: inspector.id, inspectionId: inspection.id, action: "summary_viewed" });
  return {
    id: inspection.id,
    area: inspection.areaName,
    title: `${t("summary.title")}: ${inspection.areaName}`,
    summary,
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
  const fewer = t("summary.fewerThan", { threshold: page.summary.threshold });
  const figure = (cell: ShownCell) =>
    cell.suppressed ? fewer : `${cell.count} (${cell.percent}%)`;
  return (
    <>
      <PageTitle title={page.title} />
      <p className="caption">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <h1 className="page-heading">{t("summary.title")}</h1>
      <p>{t("summary.intro", { threshold: page.summary.threshold })}</p>
      {page.summary.breakdowns.length ? (
        <section aria-labelledby="breakdowns">
          <h2 id="breakdowns">{t("summary.breakdowns")}</h2>
          <div className="breakdowns">
            {page.summary.breakdowns.map((breakdown) => (
              <table className="table" key={breakdown.by}>
                <caption>{t(`summary.by.${breakdown.by}`)}</caption>
                <tbody>
                  {breakdown.rows.map((row) => (
                    <tr key={row.value}>
                      <th scope="row">
                        {breakdown.by === "day" || breakdown.by === "language"
                          ? row.value
                          : t(`summary.values.${row.value}`)}
                      </th>
                      <td className="numeric">{row.count.suppressed ? fewer : row.count.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </section>
      ) : null}
      {audiences.map((audience) => {
        const rows = page.summary.byAudience[audience];
        const count = page.summary.responses[audience];
        return (
          <section key={audience} aria-labelledby={`summary-${audience}`}>
            <h2 id={`summary-${audience}`}>
              {t(`audience.${audience}`)}: {count.suppressed ? fewer : count.count}{" "}
              {t("inspections.responses").toLowerCase()}
            </h2>
            {rows.length === 0 ? (
              <p>{t("summary.noAnswers")}</p>
            ) : (
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
                    const label = `${code} ${page.criteria[code]}`;
                    return (
                      <tr key={code}>
                        <th scope="row">
                          <span className="criterion-code">{code}</span> {page.criteria[code]}
                          <StackedBar
                            label={t("summary.chartLabel", {
                              criterion: label,
                              audience: t(`audience.${audience}`),
                              description: polarityColumns
                                .map((p, i) => `${t(columnKeys[p])} ${figure(row.cells[i]!)}`)
                                .join(", "),
                            })}
                            cells={row.cells}
                          />
                        </th>
                        {row.cells.map((cell, i) => (
                          <td className="numeric" key={polarityColumns[i]}>
                            {figure(cell)}
                          </td>
                        ))}
                        <td className="numeric">
                          {row.total.suppressed ? fewer : row.total.count}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}

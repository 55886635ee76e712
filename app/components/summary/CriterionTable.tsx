import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/ui";
import { polarityColumns } from "~/summary/columns";
import { fewerThanThreshold } from "~/summary/labels";
import type { CriterionRow, CriterionScales, SubPointRows } from "~/summary/summary.server";
import type { ShownCell, ShownRow } from "~/summary/suppression";
import { columnKeys } from "./columns";
import { StackedBar } from "./StackedBar";

/**
 * One audience's criteria: a row of figures each (positive, neutral, negative, don't know,
 * answers), with each scale's own counts and the sub-points below where they may be shown.
 */
export function CriterionTable({
  audience,
  rows,
  subPoints,
  scales,
  titles,
  subPointTexts,
  threshold,
  figure,
  count,
}: {
  audience: string;
  rows: CriterionRow[];
  subPoints: Record<string, SubPointRows> | undefined;
  scales: Record<string, CriterionScales> | undefined;
  titles: Record<string, string>;
  subPointTexts: Record<string, string>;
  threshold: number;
  /** A cell as shown: its count and percentage, or what hides it. */
  figure: (cell: ShownCell) => string;
  count: (cell: ShownCell) => string;
}) {
  const { t } = useTranslation("inspector");
  const caption = t("summary.tableCaption", { audience: t(`audience.${audience}`) });
  return (
    <TableScroll label={caption}>
      <table className="table table--summary">
        <caption className="visually-hidden">{caption}</caption>
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
            const below = subPoints?.[code];
            const added = scales?.[code];
            return (
              <Fragment key={code}>
                <tr>
                  <th scope="row">
                    <span className="criterion-code">{code}</span> {titles[code]}
                    {added ? <span className="hint"> ({t("summary.scales.added")})</span> : null}
                    <StackedBar cells={row.cells} />
                  </th>
                  <Figures row={row} figure={figure} count={count} />
                </tr>
                {added ? (
                  <ScaleRows
                    code={code}
                    scales={added}
                    threshold={threshold}
                    columns={polarityColumns.length + 1}
                  />
                ) : null}
                {below && !below.available ? (
                  <tr className="sub-point">
                    <td colSpan={polarityColumns.length + 2} className="hint">
                      {t("summary.subPoints.withheld", { code })}
                    </td>
                  </tr>
                ) : null}
                {below?.rows.map((sub) => (
                  <tr className="sub-point" key={sub.subPoint}>
                    <th scope="row">
                      <span className="criterion-code">{sub.subPoint}</span>{" "}
                      {subPointTexts[sub.subPoint]}
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

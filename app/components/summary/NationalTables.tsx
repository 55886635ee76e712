import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/ui";
import type { NationalView } from "~/summary/national.server";
import { audiences } from "~surveys/lists";
import { VoiceCell } from "./Voices";

export interface NationalTableData {
  year: number | "all";
  rows: { criterion: string; cells: Record<string, NationalView> }[];
}

/**
 * The national picture's tables (#18): one for all years shown, then one a year. Each cell is
 * the overview's (shares, their 95% interval and a bar), with what it rests on, or why it is
 * hidden.
 */
export function NationalTables({
  tables,
  group,
  titles,
  threshold,
  fewest,
}: {
  tables: NationalTableData[];
  /** The one group they are narrowed to, in words ("EHC plan: Yes"), if any. */
  group?: string;
  titles: Record<string, string>;
  threshold: number;
  fewest: number;
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      {tables.map((table) => {
        const year = table.year === "all" ? t("national.allYears") : String(table.year);
        const caption = group
          ? t("national.captionFiltered", { year, group })
          : t("national.caption", { year });
        return (
          <section key={table.year} aria-labelledby={`national-${table.year}`}>
            <h2 id={`national-${table.year}`}>{year}</h2>
            {table.year === "all" ? <p>{t("national.allYearsIntro")}</p> : null}
            <TableScroll label={caption}>
              <table className="table table--voices">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("summary.criterion")}</th>
                    {audiences.map((a) => (
                      <th scope="col" key={a}>
                        {t(`audience.${a}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.criterion}>
                      <th scope="row">
                        <span className="criterion-code">{row.criterion}</span>{" "}
                        {titles[row.criterion]}
                      </th>
                      {audiences.map((a) => (
                        <td key={a}>
                          <NationalCellView
                            cell={row.cells[a]!}
                            threshold={threshold}
                            fewest={fewest}
                            pooled={table.year === "all"}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        );
      })}
    </>
  );
}

function NationalCellView({
  cell,
  threshold,
  fewest,
  pooled,
}: {
  cell: NationalView;
  threshold: number;
  fewest: number;
  /** In "All years": say which years it adds up. */
  pooled: boolean;
}) {
  const { t } = useTranslation("inspector");
  if (!cell.shown)
    return (
      <span className="hint">
        {cell.reason === "fewPeople"
          ? t("national.hidden.fewPeople", { count: threshold })
          : cell.reason === "fewInspections"
            ? t("national.hidden.fewInspections", { count: fewest })
            : t(`national.hidden.${cell.reason}`)}
      </span>
    );
  return (
    <>
      <VoiceCell voice={cell.voice} />
      <br />
      <span className="hint">
        {t("national.restsOn", {
          people: t("national.people", { count: cell.people }),
          inspections: t("national.inspections", { count: cell.inspections }),
        })}
      </span>
      {pooled ? (
        <>
          <br />
          <span className="hint">{t("national.years", { years: cell.years.join(", ") })}</span>
        </>
      ) : null}
    </>
  );
}

import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/ui";
import { audiences } from "~/inspections/audiences";
import type { Breakdown } from "~/summary/summary.server";
import type { ShownCell } from "~/summary/suppression";

/** Responses by version, language, channel and day, a table each, per audience. */
export function Breakdowns({
  breakdowns,
  labels,
  count,
}: {
  breakdowns: Breakdown[];
  /** Each breakdown's values as people read them (days, language names). */
  labels: Record<string, Record<string, string>>;
  count: (cell: ShownCell) => string;
}) {
  const { t } = useTranslation("inspector");
  if (!breakdowns.length) return null;
  return (
    <section aria-labelledby="breakdowns">
      <h2 id="breakdowns">{t("summary.breakdowns")}</h2>
      <div className="breakdowns">
        {breakdowns.map((breakdown) => (
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
                    <th scope="row">{labels[breakdown.by]![row.value]}</th>
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
  );
}

import { figureText } from "~/summary/labels";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { formatDate, formatDateTime } from "~/i18n/format";
import { pageLanguage } from "~/i18n/i18n.server";
import { areaCountsByToken } from "~/inspections/area-counts.server";
import { audiences } from "~/inspections/audiences";
import { getDb } from "~/platform/db.server";
import { suppressionThreshold } from "~/summary/threshold.server";
import type { ShownCell } from "~/summary/suppression";
import { Table } from "~/components/ui";

export const handle = { i18n: ["inspector"], inspectorArea: true };

/** The local area's live counts: how many people from each group have answered, by day. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const threshold = suppressionThreshold();
  const counts = await areaCountsByToken(await getDb(), params.token ?? "", threshold);
  if (!counts) throw data(null, { status: 404 });
  const { language, t } = await pageLanguage(request, "inspector");
  return {
    title: t("area.title", { area: counts.areaName }),
    closes: formatDateTime(counts.closesAt, language),
    threshold,
    totals: counts.totals,
    // Days as people read them ("Tuesday 1 December 2026"), not ISO.
    days: counts.days.map((row) => ({ ...row, dayText: formatDate(row.day, language) })),
  };
}

export default function AreaCounts() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  const figure = (cell: ShownCell) => figureText(cell, page.threshold, t);
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("area.intro", { date: page.closes })}</p>
      <p>{t("area.privacy", { count: page.threshold })}</p>
      <Table
        label={t("area.caption")}
        columns={[
          t("area.day"),
          ...audiences.map((a) => ({ label: t(`audience.${a}`), numeric: true })),
        ]}
        footer={
          <tr>
            <th scope="row">{t("inspection.total")}</th>
            {audiences.map((a) => (
              <td className="numeric" key={a}>
                {figure(page.totals[a])}
              </td>
            ))}
          </tr>
        }
      >
        {page.days.map((row) => (
          <tr key={row.day}>
            <th scope="row">{row.dayText}</th>
            {audiences.map((a) => (
              <td className="numeric" key={a}>
                {figure(row.counts[a])}
              </td>
            ))}
          </tr>
        ))}
      </Table>
    </>
  );
}

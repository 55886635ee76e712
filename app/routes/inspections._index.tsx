import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { inspectorContext } from "~/auth/context.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { inspectionsWithFigures } from "~/inspections/list.server";
import { suppressionThreshold } from "~/summary/threshold.server";
import { figureText } from "~/summary/labels";
import { surveyWindowState } from "~/respond/survey-links.server";
import { TableScroll } from "~/components/ui";

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, inspector, language, t } = await inspectorContext(request);
  const now = new Date();
  const threshold = suppressionThreshold();
  const rows = (await inspectionsWithFigures(db, inspector.id, threshold)).map((row) => {
    const state = surveyWindowState(row, now);
    return {
      id: row.id,
      areaName: row.areaName,
      notifiedOn: formatDate(row.notifiedOn, language),
      responses: row.responses,
      surveys:
        state === "open"
          ? t("inspections.open", { date: formatDateTime(row.closesAt, language) })
          : state === "closed"
            ? t("inspections.closed")
            : t("inspections.notOpen", { date: formatDateTime(row.opensAt, language) }),
    };
  });
  return { title: t("inspections.title"), rows, threshold };
}

export default function Inspections() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p>
        <a className="button button--secondary" href="/inspections/new">
          {t("create.link")}
        </a>
      </p>
      {page.rows.length === 0 ? (
        <p>{t("inspections.none")}</p>
      ) : (
        <TableScroll label={page.title}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("inspections.area")}</th>
                <th scope="col">{t("inspections.notified")}</th>
                <th scope="col">{t("inspections.surveys")}</th>
                <th scope="col" className="numeric">
                  {t("inspections.responses")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={`/inspections/${row.id}`}>{row.areaName}</a>
                  </th>
                  <td>{row.notifiedOn}</td>
                  <td>{row.surveys}</td>
                  <td className="numeric">{figureText(row.responses, page.threshold, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

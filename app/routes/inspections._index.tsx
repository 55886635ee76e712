import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { inspectorContext } from "~/auth/context.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { inspectionsWithFigures, organisedInspections } from "~/inspections/inspections.server";
import { OrganisedWebinars } from "~/components/webinars/OrganisedWebinars";
import { suppressionThreshold } from "~/summary/threshold.server";
import { figureText } from "~/summary/labels";
import { Table } from "~/components/ui";
import { surveyWindowState } from "~/inspections/survey-window.server";
import { openConcernCounts } from "~/safeguarding/concerns.server";
import { formatNumber } from "~/i18n/format";

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, inspector, language, t } = await inspectorContext(request, { organisers: true });
  const now = new Date();
  const threshold = suppressionThreshold();
  const inspections = await inspectionsWithFigures(db, inspector.id, threshold);
  const waiting = await openConcernCounts(
    db,
    inspections.map((row) => row.id),
  );
  const rows = inspections.map((row) => {
    const state = surveyWindowState(row, now);
    const concerns = waiting[row.id] ?? 0;
    return {
      id: row.id,
      areaName: row.areaName,
      notifiedOn: formatDate(row.notifiedOn, language),
      responses: row.responses,
      // Comments, not people: the banner on every inspection page says the same count.
      concerns: concerns
        ? t("inspections.concernsWaiting", {
            count: concerns,
            number: formatNumber(concerns, language),
          })
        : t("inspections.concernsNone"),
      hasConcerns: concerns > 0,
      surveys:
        state === "open"
          ? t("inspections.open", { date: formatDateTime(row.closesAt, language) })
          : state === "closed"
            ? t("inspections.closed")
            : t("inspections.notOpen", { date: formatDateTime(row.opensAt, language) }),
    };
  });
  return {
    title: t("inspections.title"),
    rows,
    threshold,
    organised: await organisedInspections(db, inspector.id),
    mayCreate: inspector.role !== "organiser",
  };
}

export default function Inspections() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      {page.mayCreate ? (
        <p>
          <a className="button button--secondary" href="/inspections/new">
            {t("create.link")}
          </a>
        </p>
      ) : null}
      <OrganisedWebinars inspections={page.organised} />
      {page.rows.length === 0 ? (
        page.mayCreate ? (
          <p>{t("inspections.none")}</p>
        ) : null
      ) : (
        <Table
          label={page.title}
          columns={[
            t("inspections.area"),
            t("inspections.notified"),
            t("inspections.surveys"),
            { label: t("inspections.responses"), numeric: true },
            t("inspections.concerns"),
          ]}
        >
          {page.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={`/inspections/${row.id}`}>{row.areaName}</a>
              </th>
              <td>{row.notifiedOn}</td>
              <td>{row.surveys}</td>
              <td className="numeric">{figureText(row.responses, page.threshold, t)}</td>
              <td>
                {row.hasConcerns ? (
                  <a href={`/inspections/${row.id}/safeguarding`}>{row.concerns}</a>
                ) : (
                  row.concerns
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { formatDateTime } from "~/i18n/format";
import { mailIsSent } from "~/mail/transports.server";
import { publicOrigin } from "~/platform/public-url.server";
import { listWebinars, webinarsTokenOf } from "~/webinars/webinars.server";
import { webinarHostsFor, webinarsContext } from "~/webinars/manage.server";
import { Table } from "~/components/ui";

export const handle = { i18n: ["inspector", "webinars"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspectionId, inspection, teamRole, language, t } = await webinarsContext(
    request,
    params.inspectionId,
  );
  const origin = publicOrigin();
  return {
    id: inspectionId,
    area: inspection.areaName,
    isLead: teamRole === "lead",
    title: `${t("webinars.title")} – ${inspection.areaName}`,
    // Inspectors hear that sign-ups get no email when no mail service is set up.
    mailNotSet: !mailIsSent(),
    publicUrl: `${origin}/webinars/${await webinarsTokenOf(db, inspectionId)}`,
    webinars: (await listWebinars(db, inspectionId, webinarHostsFor(teamRole))).map(
      ({ webinar, confirmed, waiting }) => ({
        id: webinar.id,
        title: webinar.title,
        when: formatDateTime(webinar.startsAt, language),
        audience: webinar.audience,
        capacity: webinar.capacity,
        confirmed,
        waiting,
      }),
    ),
  };
}

export default function InspectionWebinars() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation(["inspector", "webinars"]);
  return (
    <>
      <PageTitle title={page.title} />
      <p className="caption">{page.area}</p>
      <h1 className="page-heading">{t("webinars.title")}</h1>
      <p>{t("webinars.intro")}</p>
      {page.mailNotSet ? <p className="panel">{t("webinars.mailNotSet")}</p> : null}
      <h2>{t("webinars.publicPage")}</h2>
      <p className="break">
        <a href={page.publicUrl}>{page.publicUrl}</a>
      </p>
      <p className="hint">{t("webinars.publicHint")}</p>
      <p>
        <a className="button button--primary" href={`/inspections/${page.id}/webinars/new`}>
          {t("webinars.schedule")}
        </a>
      </p>
      {page.isLead ? (
        <p>
          <a href={`/inspections/${page.id}/organisers`}>{t("organisers.link")}</a>
        </p>
      ) : null}
      {page.webinars.length === 0 ? (
        <p>{t("webinars.none")}</p>
      ) : (
        <Table
          label={t("webinars.title")}
          columns={[
            t("webinars.new.name"),
            t("webinars.when"),
            t("webinars.new.audience"),
            { label: t("webinars.places"), numeric: true },
            { label: t("webinars.waiting"), numeric: true },
          ]}
        >
          {page.webinars.map((webinar) => (
            <tr key={webinar.id}>
              <th scope="row">
                <a href={`/inspections/${page.id}/webinars/${webinar.id}`}>{webinar.title}</a>
              </th>
              <td>{webinar.when}</td>
              <td>{t(`webinars:audience.${webinar.audience}`)}</td>
              <td className="numeric">
                {t("webinars.placesOf", {
                  taken: webinar.confirmed,
                  capacity: webinar.capacity,
                })}
              </td>
              <td className="numeric">{webinar.waiting}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

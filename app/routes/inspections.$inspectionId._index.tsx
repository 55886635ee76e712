import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import {
  AreaLinkForm,
  InspectionDownloads,
  InspectionPages,
  ResponseCounts,
  SurveyClosing,
  SurveyLinks,
  SurveysClosed,
  SummaryFinal,
} from "~/components/inspector/InspectionOverview";
import { choiceField } from "~/platform/form-fields";
import { Voices } from "~/components/summary/Voices";
import { PaperSurveyForm } from "~/components/inspector/PaperEntry";
import { ResponseRates } from "~/components/inspector/ResponseRates";
import { ThemesByCriterion } from "~/components/summary/Themes";
import { overviewFigures } from "~/summary/overview.server";
import { makeAreaCountsLink } from "~/inspections/area-counts.server";
import { setSurveysClosed } from "~/inspections/inspections.server";
import { readForm } from "~/platform/forms.server";
import { requireLead } from "~/auth/session.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { inspectionContext } from "~/inspections/context.server";
import { retentionNotice } from "~/inspections/retention.server";
import { RetentionNotice } from "~/components/inspector/RetentionNotice";
import { publicOrigin } from "~/platform/public-url.server";
import { listSurveyLinks } from "~/inspections/survey-links.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, teamRole, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  // Links come from PUBLIC_URL, never from the Host header a request happens to carry.
  const origin = publicOrigin();
  return {
    id: inspection.id,
    title: t("inspection.title", { area: inspection.areaName }),
    window: t("inspection.window", {
      opens: formatDateTime(inspection.opensAt, language),
      closes: formatDateTime(inspection.closesAt, language),
    }),
    timeline: t("dates.timeline", {
      week2: formatDate(inspection.week2, language),
      week3: formatDate(inspection.week3, language),
    }),
    closedEarly: inspection.closedEarly,
    // Leads see when what people sent is deleted (RETENTION_YEARS after it ends).
    retention: teamRole === "lead" ? retentionNotice(inspection, language) : null,
    // Only the lead changes the dates or closes and reopens the surveys.
    isLead: teamRole === "lead",
    // Past its closing time, a survey cannot simply be reopened: the lead sets a new one.
    closingTimePassed: inspection.closedBecause === "closingTimePassed",
    closedOn: formatDateTime(inspection.closesAt, language),
    summaryFinalOn: inspection.summaryFinalAt
      ? formatDateTime(inspection.summaryFinalAt, language)
      : null,
    origin,
    links: (await listSurveyLinks(db, inspection.id)).map((link) => ({
      ...link,
      url: `${origin}/s/${link.token}`,
    })),
    ...(await overviewFigures(db, { inspectionId: inspection.id, language, t })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, teamRole } = await inspectionContext(request, params.inspectionId);
  const form = await readForm(request);
  const intent = choiceField(form, "intent", ["areaLink", "close", "reopen"]);
  if (intent === "areaLink") {
    const token = await makeAreaCountsLink(db, inspector.id, params.inspectionId!);
    return { areaLink: `${publicOrigin()}/area/${token}` };
  }
  if (!intent) throw data(null, { status: 400 });
  requireLead(teamRole);
  // Closing asks first: what it does, and what is deleted after it (routes/…close.tsx).
  if (intent === "close") return redirect(`/inspections/${params.inspectionId}/close`);
  const outcome = await setSurveysClosed(db, inspector.id, params.inspectionId!, false);
  // Reopening after the closing time has passed needs a new one: the dates page says so.
  if (outcome === "closingTimePassed")
    return redirect(`/inspections/${params.inspectionId}/dates?reopen=1`);
  return redirect(`/inspections/${params.inspectionId}`);
}

export default function InspectionOverview() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const areaLink = result && "areaLink" in result ? result.areaLink : undefined;
  const { t } = useTranslation("inspector");
  const linked = page.links.map((link) => link.audience);
  return (
    <>
      <PageTitle title={page.title} />
      <p className="caption">{t("inspection.caption")}</p>
      <h1 className="page-heading">{page.title}</h1>
      <p>{page.window}</p>
      <p>{page.timeline}</p>
      {page.retention ? <RetentionNotice {...page.retention} /> : null}
      {page.isLead ? (
        <p>
          <a href={`/inspections/${page.id}/dates`}>{t("dates.link")}</a>
        </p>
      ) : null}
      <SurveysClosed
        id={page.id}
        isLead={page.isLead}
        closingTimePassed={page.closingTimePassed}
        closedOn={page.closedOn}
        closedEarly={page.closedEarly}
      />
      <SummaryFinal id={page.id} isLead={page.isLead} finalOn={page.summaryFinalOn} />
      <InspectionPages id={page.id} />
      <ResponseCounts
        audiences={linked}
        responses={page.responses}
        total={page.total}
        threshold={page.threshold}
      />
      <ResponseRates id={page.id} isLead={page.isLead} {...page.rates} />
      <Voices {...page.voices} inspectionId={page.id} />
      <ThemesByCriterion inspectionId={page.id} criteria={page.themes} threshold={page.threshold} />
      <SurveyLinks links={page.links} origin={page.origin} />
      <PaperSurveyForm inspectionId={page.id} audiences={linked} />
      <AreaLinkForm areaLink={areaLink} />
      <InspectionDownloads id={page.id} audiences={linked} />
      {page.closingTimePassed ? null : (
        <SurveyClosing id={page.id} isLead={page.isLead} closedEarly={page.closedEarly} />
      )}
    </>
  );
}

import { figureText } from "~/summary/labels";
import type { ShownCell } from "~/summary/suppression";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Button, RadioGroup, TableScroll } from "~/components/ui";
import { audit } from "~/auth/audit.server";
import { isAudience } from "~/inspections/audiences";
import { startDraft } from "~/responses/drafts.server";
import { draftCookie } from "~/respond/cookies.server";
import { getSurvey } from "~/respond/definitions.server";
import { makeAreaCountsLink } from "~/inspections/area-counts.server";
import { setSurveysClosed, whySurveysClosed } from "~/inspections/manage.server";
import { readForm } from "~/platform/forms.server";
import { requireLead } from "~/auth/session.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { findSurveyLink, listSurveyLinks } from "~/inspections/inspections.server";
import { inspectionContext } from "~/inspections/context.server";
import { retentionNotice } from "~/inspections/retention.server";
import { RetentionNotice } from "~/components/inspector/RetentionNotice";
import { publicOrigin } from "~/platform/public-url.server";
import { inspectionSummary } from "~/summary/summary.server";
import { suppressionThreshold } from "~/summary/threshold.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, teamRole, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  // Links come from PUBLIC_URL, never from the Host header a request happens to carry.
  const origin = publicOrigin();
  const summary = await inspectionSummary(db, inspection.id, suppressionThreshold());
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
    closingTimePassed: whySurveysClosed(inspection) === "closingTimePassed",
    closedOn: formatDateTime(inspection.closesAt, language),
    origin,
    links: (await listSurveyLinks(db, inspection.id)).map((link) => ({
      ...link,
      url: `${origin}/s/${link.token}`,
    })),
    responses: summary.responses,
    total: summary.totalResponses,
    threshold: summary.threshold,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, teamRole } = await inspectionContext(request, params.inspectionId);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "paper") {
    // A paper survey keyed in by an inspector goes through the same pages, marked "paper".
    const audience = form.get("audience");
    const version = form.get("version");
    if (!isAudience(audience) || (version !== "easy" && version !== "standard"))
      throw data(null, { status: 400 });
    const link = (await findSurveyLink(db, audience, params.inspectionId!))!;
    const draft = await startDraft(db, {
      surveyLinkId: link.id,
      version,
      language: "en",
      channel: "paper",
    });
    await audit(db, {
      userId: inspector.id,
      inspectionId: params.inspectionId,
      action: "paper_response_started",
      detail: { audience, version },
    });
    const first = getSurvey(audience, version).questions[0]!;
    return redirect(`/s/${link.token}/q/${first.id}`, {
      headers: { "Set-Cookie": draftCookie(link.token, draft.id) },
    });
  }
  if (intent === "areaLink") {
    const token = await makeAreaCountsLink(db, inspector.id, params.inspectionId!);
    return { areaLink: `${publicOrigin()}/area/${token}` };
  }
  if (intent !== "close" && intent !== "reopen") throw data(null, { status: 400 });
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
  const count = (cell: ShownCell) => figureText(cell, page.threshold, t);
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
      {page.closingTimePassed ? (
        <div className="panel">
          <p>{t("inspection.closingTimePassed", { closes: page.closedOn })}</p>
          {page.isLead ? (
            <p>
              <a href={`/inspections/${page.id}/dates?reopen=1`}>
                {t("inspection.reopenWithDates")}
              </a>
            </p>
          ) : null}
        </div>
      ) : page.closedEarly ? (
        <p className="panel">{t("inspection.closedEarly")}</p>
      ) : null}
      <p>
        <a className="button button--primary" href={`/inspections/${page.id}/summary`}>
          {t("inspection.summary")}
        </a>{" "}
        <a className="button button--secondary" href={`/inspections/${page.id}/comments`}>
          {t("comments.link")}
        </a>{" "}
        <a className="button button--secondary" href={`/inspections/${page.id}/webinars`}>
          {t("webinars.link")}
        </a>{" "}
        <a className="button button--secondary" href={`/inspections/${page.id}/team`}>
          {t("team.link")}
        </a>
      </p>
      <h2>{t("inspection.counts")}</h2>
      <TableScroll label={t("inspection.counts")}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("inspection.audience")}</th>
              <th scope="col" className="numeric">
                {t("inspections.responses")}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.links.map((link) => {
              const responses = page.responses[link.audience];
              return (
                <tr key={link.audience}>
                  <th scope="row">{t(`audience.${link.audience}`)}</th>
                  <td className="numeric">{count(responses)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("inspection.total")}</th>
              <td className="numeric">{count(page.total)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <h2>{t("inspection.links")}</h2>
      <p>{t("inspection.codeHint", { url: page.origin })}</p>
      <TableScroll label={t("inspection.links")}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("inspection.audience")}</th>
              <th scope="col">{t("inspection.link")}</th>
              <th scope="col">{t("inspection.code")}</th>
            </tr>
          </thead>
          <tbody>
            {page.links.map((link) => (
              <tr key={link.audience}>
                <th scope="row">{t(`audience.${link.audience}`)}</th>
                <td className="break">
                  <a href={link.url}>{link.url}</a>
                </td>
                <td>
                  <span className="resume-code" lang="en">
                    {link.shortCode}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{t("paper.title")}</h2>
      <p>{t("paper.hint")}</p>
      <Form method="post" noValidate>
        <RadioGroup
          id="paper-audience"
          name="audience"
          label={t("paper.audience")}
          defaultValue="parent"
          options={page.links.map((link) => ({
            value: link.audience,
            label: t(`audience.${link.audience}`),
          }))}
        />
        <RadioGroup
          id="paper-version"
          name="version"
          label={t("paper.version")}
          defaultValue="standard"
          options={[
            { value: "standard", label: t("summary.values.standard") },
            { value: "easy", label: t("summary.values.easy") },
          ]}
        />
        <Button name="intent" value="paper" variant="secondary">
          {t("paper.button")}
        </Button>
      </Form>
      <h2>{t("area.makeLink")}</h2>
      <p>{t("area.makeLinkHint")}</p>
      {areaLink ? (
        <div className="panel" role="status">
          <p>{t("area.linkMade")}</p>
          <p className="break">
            <a href={areaLink}>{areaLink}</a>
          </p>
        </div>
      ) : null}
      <Form method="post">
        <Button name="intent" value="areaLink" variant="secondary">
          {t("area.makeLink")}
        </Button>
      </Form>
      <h2>{t("export.title")}</h2>
      <ul>
        <li>
          <a href={`/inspections/${page.id}/export/summary.csv`} download>
            {t("export.summary")}
          </a>
        </li>
        <li>
          <a href={`/inspections/${page.id}/export/comments.csv`} download>
            {t("export.comments")}
          </a>
        </li>
      </ul>
      <h2>{t("inspection.posters")}</h2>
      <ul>
        {page.links.map((link) => (
          <li key={link.audience}>
            <a href={`/inspections/${page.id}/poster/${link.audience}`}>
              {t("inspection.poster", { audience: t(`audience.${link.audience}`) })}
            </a>
          </li>
        ))}
      </ul>
      {/* Apart from the everyday actions above: closing ends the surveys and deletes drafts. */}
      {page.closingTimePassed ? null : (
        <section className="separate-section" aria-labelledby="closing-title">
          <h2 id="closing-title">{t("close.sectionTitle")}</h2>
          {!page.isLead ? (
            <p className="hint">{t("inspection.leadOnly")}</p>
          ) : page.closedEarly ? (
            <Form method="post">
              <Button name="intent" value="reopen" variant="secondary">
                {t("inspection.reopenSurveys")}
              </Button>
            </Form>
          ) : (
            <>
              <p className="hint">{t("inspection.closeHint")}</p>
              <p>
                <a className="button button--warning" href={`/inspections/${page.id}/close`}>
                  {t("inspection.closeSurveys")}
                </a>
              </p>
            </>
          )}
        </section>
      )}
    </>
  );
}

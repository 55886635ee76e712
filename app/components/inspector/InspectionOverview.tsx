import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, Table } from "~/components/ui";
import type { Audience } from "~/inspections/audiences";
import { figureText } from "~/summary/labels";
import type { ShownCell } from "~/summary/suppression";

/*
 * The parts of an inspection's overview page (routes/inspections.$inspectionId._index.tsx),
 * each a heading and what sits under it.
 */

export interface SurveyLinkRow {
  audience: Audience;
  shortCode: string;
  url: string;
}

/**
 * Whether the surveys are closed: past their closing time (the lead sets a new one on the
 * dates page), or closed early by the lead.
 */
export function SurveysClosed({
  id,
  isLead,
  closingTimePassed,
  closedOn,
  closedEarly,
}: {
  id: string;
  isLead: boolean;
  closingTimePassed: boolean;
  closedOn: string;
  closedEarly: boolean;
}) {
  const { t } = useTranslation("inspector");
  return closingTimePassed ? (
    <div className="panel">
      <p>{t("inspection.closingTimePassed", { closes: closedOn })}</p>
      {isLead ? (
        <p>
          <a href={`/inspections/${id}/dates?reopen=1`}>{t("inspection.reopenWithDates")}</a>
        </p>
      ) : null}
    </div>
  ) : closedEarly ? (
    <p className="panel">{t("inspection.closedEarly")}</p>
  ) : null;
}

/**
 * Whether the summary is final (#20): while it is not, late paper forms can still be keyed in;
 * the lead marks it final (or undoes that) on its own page, which asks first.
 */
export function SummaryFinal({
  id,
  isLead,
  finalOn,
}: {
  id: string;
  isLead: boolean;
  finalOn: string | null;
}) {
  const { t } = useTranslation("inspector");
  if (!finalOn && !isLead) return null;
  return (
    <div className="panel" id="summary-final">
      <p>{finalOn ? t("final.isFinal", { date: finalOn }) : t("final.notFinal")}</p>
      {isLead ? (
        <p>
          <a href={`/inspections/${id}/final`}>{t(finalOn ? "final.undoLink" : "final.link")}</a>
        </p>
      ) : null}
    </div>
  );
}

/** The inspection's other pages: its summary, comments, webinars and team. */
export function InspectionPages({ id }: { id: string }) {
  const { t } = useTranslation("inspector");
  return (
    <p>
      <a className="button button--primary" href={`/inspections/${id}/summary`}>
        {t("inspection.summary")}
      </a>{" "}
      <a className="button button--secondary" href={`/inspections/${id}/comments`}>
        {t("comments.link")}
      </a>{" "}
      <a className="button button--secondary" href={`/inspections/${id}/webinars`}>
        {t("webinars.link")}
      </a>{" "}
      <a className="button button--secondary" href={`/inspections/${id}/team`}>
        {t("team.link")}
      </a>
    </p>
  );
}

/** Responses so far for each audience and in all, small figures hidden as the summary hides them. */
export function ResponseCounts({
  audiences,
  responses,
  total,
  threshold,
}: {
  audiences: Audience[];
  responses: Record<Audience, ShownCell>;
  total: ShownCell;
  threshold: number;
}) {
  const { t } = useTranslation("inspector");
  const count = (cell: ShownCell) => figureText(cell, threshold, t);
  return (
    <>
      <h2>{t("inspection.counts")}</h2>
      <Table
        label={t("inspection.counts")}
        columns={[t("inspection.audience"), { label: t("inspections.responses"), numeric: true }]}
        footer={
          <tr>
            <th scope="row">{t("inspection.total")}</th>
            <td className="numeric">{count(total)}</td>
          </tr>
        }
      >
        {audiences.map((audience) => (
          <tr key={audience}>
            <th scope="row">{t(`audience.${audience}`)}</th>
            <td className="numeric">{count(responses[audience])}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}

/** Each audience's survey link and short code, for the local area to hand out. */
export function SurveyLinks({ links, origin }: { links: SurveyLinkRow[]; origin: string }) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <h2>{t("inspection.links")}</h2>
      <p>{t("inspection.codeHint", { url: origin })}</p>
      <Table
        label={t("inspection.links")}
        columns={[t("inspection.audience"), t("inspection.link"), t("inspection.code")]}
      >
        {links.map((link) => (
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
      </Table>
    </>
  );
}

/** Makes a link to the live counts for the local area, and shows the one just made. */
export function AreaLinkForm({ areaLink }: { areaLink?: string }) {
  const { t } = useTranslation("inspector");
  return (
    <>
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
    </>
  );
}

/** The CSV downloads and each audience's poster. */
export function InspectionDownloads({ id, audiences }: { id: string; audiences: Audience[] }) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <h2>{t("export.title")}</h2>
      <ul>
        <li>
          <a href={`/inspections/${id}/export/summary.csv`} download>
            {t("export.summary")}
          </a>
        </li>
        <li>
          <a href={`/inspections/${id}/export/comments.csv`} download>
            {t("export.comments")}
          </a>
        </li>
        <li>
          <a href={`/inspections/${id}/evidence-pack.docx`} download>
            {t("pack.download")}
          </a>
        </li>
        <li>
          <a href={`/inspections/${id}/evidence-pack`}>{t("pack.print")}</a>
        </li>
      </ul>
      <h2>{t("inspection.posters")}</h2>
      <ul>
        {audiences.map((audience) => (
          <li key={audience}>
            <a href={`/inspections/${id}/poster/${audience}`}>
              {t("inspection.poster", { audience: t(`audience.${audience}`) })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Apart from the everyday actions: closing ends the surveys and deletes drafts, so it asks
 * first (routes/…close.tsx). Only the lead closes or reopens.
 */
export function SurveyClosing({
  id,
  isLead,
  closedEarly,
}: {
  id: string;
  isLead: boolean;
  closedEarly: boolean;
}) {
  const { t } = useTranslation("inspector");
  return (
    <section className="separate-section" aria-labelledby="closing-title">
      <h2 id="closing-title">{t("close.sectionTitle")}</h2>
      {!isLead ? (
        <p className="hint">{t("inspection.leadOnly")}</p>
      ) : closedEarly ? (
        <Form method="post">
          <Button name="intent" value="reopen" variant="secondary">
            {t("inspection.reopenSurveys")}
          </Button>
        </Form>
      ) : (
        <>
          <p className="hint">{t("inspection.closeHint")}</p>
          <p>
            <a className="button button--warning" href={`/inspections/${id}/close`}>
              {t("inspection.closeSurveys")}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

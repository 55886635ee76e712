import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import QRCode from "qrcode";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Picture } from "~/components/survey/Picture";
import { formatDateTime } from "~/i18n/format";
import { isAudience } from "~/inspections/audiences";
import { inspectionContext } from "~/inspections/context.server";
import { publicOrigin } from "~/platform/public-url.server";
import { webinarsTokenOf } from "~/webinars/webinars.server";
import { findSurveyLink } from "~/inspections/survey-links.server";

/** An A4 poster for one audience: easy-read words, a QR code, and the short code. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspection, language, t } = await inspectionContext(request, params.inspectionId);
  if (!isAudience(params.audience)) throw data(null, { status: 404 });
  const link = (await findSurveyLink(db, params.audience, inspection.id))!;
  // PUBLIC_URL, never the Host header: a poster printed once sends families here for weeks.
  const origin = publicOrigin();
  const url = `${origin}/s/${link.token}`;
  // An SVG made here from our own link, shown as an image: nothing from people goes into it.
  const qr = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    audience: params.audience,
    title: t(`poster.title.${params.audience}`),
    body: t(`poster.body.${params.audience}`, { area: inspection.areaName }),
    origin,
    shortCode: link.shortCode,
    until: formatDateTime(inspection.closesAt, language),
    qrSrc: `data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`,
    // For a class on shared tablets (#20): the same link, cleared after each child's Send.
    schoolUrl: params.audience === "child" ? `${url}?session=school` : undefined,
    webinarsUrl:
      params.audience === "parent"
        ? `${origin}/webinars/${await webinarsTokenOf(db, inspection.id)}`
        : undefined,
  };
}

export default function Poster() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <article className="poster easy-read">
      <PageTitle title={page.title} />
      <h1 className="poster__title">{page.title}</h1>
      <ul className="easy-list">
        <li>
          <Picture id="listen" />
          <span>{page.body}</span>
        </li>
        <li>
          <Picture id="me" />
          <span>{t("poster.anonymous")}</span>
        </li>
        <li>
          <Picture id="clock" />
          <span>{t("poster.until", { date: page.until })}</span>
        </li>
      </ul>
      <div className="poster__qr">
        <img src={page.qrSrc} alt={t("poster.qrAlt")} width={240} height={240} />
        <p>{t("poster.scan")}</p>
      </div>
      <p>{t("poster.orGo", { url: page.origin })}</p>
      <p className="poster__code" lang="en" dir="ltr">
        {page.shortCode}
      </p>
      {page.webinarsUrl ? (
        <p>
          {t("poster.webinars")}{" "}
          <span className="break" lang="en" dir="ltr">
            {page.webinarsUrl}
          </span>
        </p>
      ) : null}
      {page.schoolUrl ? (
        <section className="poster__school" aria-labelledby="school-session-title">
          <h2 id="school-session-title">{t("poster.school.title")}</h2>
          <p>{t("poster.school.body")}</p>
          <p className="break" lang="en" dir="ltr">
            <a href={page.schoolUrl}>{page.schoolUrl}</a>
          </p>
        </section>
      ) : null}
    </article>
  );
}

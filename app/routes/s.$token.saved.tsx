import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { formatDateTime } from "~/i18n/format";
import { publicOrigin } from "~/platform/public-url.server";
import { findDraft } from "~/responses/drafts.server";
import { readDraftId, readResumeCode } from "~/respond/cookies.server";
import { resumePoint, stepHref } from "~/respond/journey";
import { loadSurvey, requireOpen } from "~/respond/page.server";
import { getSurvey } from "~/respond/definitions.server";
import { readAloudFor } from "~/respond/read-aloud.server";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { HelpNowPanel } from "~/components/survey/HelpNowPanel";
import { helpNowFor } from "~/respond/help-now.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, survey, language, t } = await loadSurvey(request, params.token);
  requireOpen({ survey, t, language });
  const code = readResumeCode(request);
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  if (!code || !/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/.test(code) || !draft)
    throw redirect(`/s/${survey.token}`);
  const until = formatDateTime(survey.closesAt, language);
  const resumeUrl = `${publicOrigin()}/resume`;
  return {
    code,
    easy: draft.version === "easy",
    // The device's voice can say the code and date; pre-made audio says the rest.
    readAloud:
      draft.version === "easy"
        ? readAloudFor(t, language, "saved-easy", { code, date: until, address: resumeUrl })
        : undefined,
    title: t("saved.title"),
    helpNow: await helpNowFor(db, { draft, audience: survey.audience, t, language, request }),
    resumeUrl,
    until,
    continueHref: stepHref(
      survey.token,
      resumePoint(getSurvey(survey.audience, draft.version), draft.answers),
    ),
  };
}

export default function Saved() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("survey");
  return (
    <div className={page.easy ? "easy-read" : undefined}>
      <PageTitle title={page.title} />
      {page.helpNow ? <HelpNowPanel {...page.helpNow} carryOn={false} /> : null}
      <h1 className="page-heading">{page.title}</h1>
      {page.readAloud ? <ReadAloud {...page.readAloud} /> : null}
      <div className="panel">
        <p>{t("saved.code")}</p>
        <p className="resume-code" lang="en" dir="ltr">
          {page.code}
        </p>
      </div>
      <p>{t(page.easy ? "saved.easy.howTo" : "saved.howTo")}</p>
      {/* An address reads left to right inside any language's sentence. */}
      <p className="resume-url" lang="en" dir="ltr">
        {page.resumeUrl}
      </p>
      <p>{t(page.easy ? "saved.easy.anyDevice" : "saved.anyDevice")}</p>
      <p>{t(page.easy ? "saved.easy.until" : "saved.until", { date: page.until })}</p>
      <p>{t(page.easy ? "saved.easy.writeDown" : "saved.writeDown")}</p>
      <p>
        <a href={page.continueHref}>{t(page.easy ? "saved.easy.continue" : "saved.continue")}</a>
      </p>
    </div>
  );
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { formatDateTime } from "~/i18n/format";
import { findDraft } from "~/responses/drafts.server";
import { readDraftId, readResumeCode } from "~/surveys/cookies.server";
import { resumePoint, stepHref } from "~/surveys/journey";
import { loadSurvey, requireOpen } from "~/surveys/page.server";
import { getSurvey } from "../../surveys";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, survey, language, t } = await loadSurvey(request, params.token);
  requireOpen(survey);
  const code = readResumeCode(request);
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  if (!code || !/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/.test(code) || !draft)
    throw redirect(`/s/${survey.token}`);
  return {
    code,
    title: t("saved.title"),
    resumeUrl: `${new URL(request.url).origin}/resume`,
    until: formatDateTime(survey.closesAt, language),
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
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <div className="panel">
        <p>{t("saved.code")}</p>
        <p className="resume-code" lang="en" dir="ltr">
          {page.code}
        </p>
      </div>
      <p>{t("saved.howTo", { url: page.resumeUrl })}</p>
      <p>{t("saved.until", { date: page.until })}</p>
      <p>{t("saved.writeDown")}</p>
      <p>
        <a href={page.continueHref}>{t("saved.continue")}</a>
      </p>
    </>
  );
}

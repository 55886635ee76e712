import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { loadSurvey } from "~/respond/page.server";
import { readAloudFor } from "~/respond/read-aloud.server";
import { ReadAloud } from "~/components/survey/ReadAloud";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, t, language } = await loadSurvey(request, params.token);
  return {
    token: survey.token,
    title: t("noThanks.title"),
    readAloud: readAloudFor(t, language, "no-thanks"),
  };
}

export default function NoThanks() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("survey");
  return (
    <div className="easy-read">
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <ReadAloud {...page.readAloud} />
      <p>{t("noThanks.body")}</p>
      <p>
        <a href={`/s/${page.token}`}>{t("noThanks.again")}</a>
      </p>
    </div>
  );
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { loadSurvey } from "~/surveys/page.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, t } = await loadSurvey(request, params.token);
  return { token: survey.token, title: t("noThanks.title") };
}

export default function NoThanks() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("survey");
  return (
    <div className="easy-read">
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("noThanks.body")}</p>
      <p>
        <a href={`/s/${page.token}`}>{t("noThanks.again")}</a>
      </p>
    </div>
  );
}

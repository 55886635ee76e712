import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TextField } from "~/components/plain";
import { PageTitle } from "~/components/PageTitle";
import { pageLanguage } from "~/i18n/i18n.server";

export const handle = { i18n: ["survey"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await pageLanguage(request);
  return { title: t("home.title") };
}

export default function Home() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation(["common", "survey"]);
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <p>{t("home.who")}</p>
      <h2>{t("home.howTitle")}</h2>
      <p>{t("home.how")}</p>
      <Form method="post" action="/code" noValidate>
        <TextField
          id="code"
          name="code"
          label={t("survey:code.label")}
          hint={t("survey:code.hint")}
          autoComplete="off"
          spellCheck={false}
          width="medium"
        />
        <Button>{t("survey:code.button")}</Button>
      </Form>
      <p>{t("home.anonymous")}</p>
      <p>
        <a href="/resume">{t("survey:start.resumeLink")}</a>
      </p>
    </>
  );
}

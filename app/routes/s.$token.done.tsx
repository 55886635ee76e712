import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useParams } from "@remix-run/react";
import { Button } from "~/components/ui";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { useForgetOnDevice } from "~/components/survey/OfflineSurvey";
import { Picture } from "~/components/survey/Picture";
import { helplineFor } from "~/inspections/audiences";
import { forgetRespondent } from "~/respond/cookies.server";
import { loadSurvey } from "~/respond/page.server";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { readAloudFor } from "~/respond/read-aloud.server";

/** After sending. The help panel is plain links: nothing here records who looks at it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, t, language } = await loadSurvey(request, params.token);
  const easy = survey.audience === "child";
  return {
    audience: survey.audience,
    easy,
    readAloud: easy ? readAloudFor(t, language, "done-child") : undefined,
    title: t(easy ? "done.titleEasy" : "done.title"),
    helpline: helplineFor(survey.audience),
    support: survey.supportService,
    // Parents and carers can meet the inspectors too.
    webinarsHref: survey.audience === "parent" ? `/webinars/${survey.webinarsToken}` : undefined,
  };
}

/** "Someone else will use this device next": forget this person, and start afresh for the next. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { survey } = await loadSurvey(request, params.token);
  return redirect(`/s/${survey.token}?cleared=1`, { headers: forgetRespondent(survey.token) });
}

export default function Done() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("survey");
  const forgetOnDevice = useForgetOnDevice(useParams().token);
  return (
    <div className={page.easy ? "easy-read" : undefined}>
      <PageTitle title={page.title} />
      <div className="confirmation">
        <h1 className="page-heading">{page.title}</h1>
        {page.easy ? <p>{t("done.sentEasy")}</p> : null}
      </div>
      {page.readAloud ? <ReadAloud {...page.readAloud} /> : null}
      <h2>{t("done.next")}</h2>
      {page.easy ? (
        <ul className="easy-list">
          <li>
            <Picture id="listen" />
            <span>{t("done.nextEasy")}</span>
          </li>
        </ul>
      ) : (
        <>
          <p>{t("done.nextBody")}</p>
          <p>{t("done.again")}</p>
        </>
      )}
      {page.webinarsHref ? (
        <section aria-labelledby="webinars-title">
          <h2 id="webinars-title">{t("done.webinarsTitle")}</h2>
          <p>{t("done.webinarsBody")}</p>
          <p>
            <a href={page.webinarsHref}>{t("done.webinarsLink")}</a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="next-person-title">
        <h2 id="next-person-title">{t("done.nextPerson.title")}</h2>
        <p>{t("done.nextPerson.body")}</p>
        <Form method="post" reloadDocument onSubmit={forgetOnDevice}>
          <Button variant="secondary">{t("done.nextPerson.button")}</Button>
        </Form>
      </section>
      <section className="panel" aria-labelledby="talk-title">
        <h2 id="talk-title">{t("done.talkTitle")}</h2>
        <p>{t(page.helpline === "childline" ? "done.childline" : "done.nspcc")}</p>
        {page.support.name && page.support.phone ? (
          <p>{t("done.support", { name: page.support.name, phone: page.support.phone })}</p>
        ) : null}
        {page.support.name && page.support.url ? (
          <p>
            <a href={page.support.url} rel="noreferrer">
              {t("done.supportLink", { name: page.support.name })}
            </a>
          </p>
        ) : null}
        <p>{t("done.talkBody")}</p>
      </section>
    </div>
  );
}

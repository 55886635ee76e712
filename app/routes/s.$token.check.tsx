import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { BackLink } from "~/components/survey/BackLink";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { Button } from "~/components/plain";
import { checkPage, sendCheckedAnswers } from "~/respond/check.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return checkPage(request, params.token);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const done = await sendCheckedAnswers(request, params.token);
  return redirect(done.redirectTo, { headers: { "Set-Cookie": done.setCookie } });
}

export default function CheckAnswers() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation(["survey", page.namespace, "survey-common"]);
  return (
    <div className={page.easy ? "easy-read" : undefined}>
      <PageTitle title={page.title} />
      <BackLink href={page.backHref} />
      <h1 className="page-heading">{page.title}</h1>
      {page.readAloud ? <ReadAloud {...page.readAloud} /> : null}
      <p>{t(page.easy ? "check.easy.intro" : "check.intro")}</p>
      <dl className="summary-list">
        {page.rows.map((row) => {
          const question = t(row.questionKey);
          return (
            <div className="summary-list__row" key={row.id}>
              <dt className="summary-list__key">{question}</dt>
              <dd className="summary-list__value">
                {row.recorded ? <p>{t("check.recorded")}</p> : null}
                {row.state === "answered" ? (
                  row.text !== undefined ? (
                    <span className="summary-list__text">{row.text}</span>
                  ) : row.answerKeys.length > 1 ? (
                    <ul>
                      {row.answerKeys.map((key) => (
                        <li key={key}>{t(key)}</li>
                      ))}
                    </ul>
                  ) : (
                    t(row.answerKeys[0]!)
                  )
                ) : row.recorded ? null : (
                  <span className="muted">
                    {t(row.state === "skipped" ? "check.skipped" : "check.notAnswered")}
                  </span>
                )}
              </dd>
              <dd className="summary-list__actions">
                <a href={row.changeHref}>
                  {t("check.change")}
                  <span className="visually-hidden">
                    {" "}
                    {t("check.changeQuestion", { question })}
                  </span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2>{t(page.easy ? "check.easy.sendTitle" : "check.sendTitle")}</h2>
      <p>{t(page.easy ? "check.easy.sendBody" : "check.sendBody")}</p>
      <Form method="post">
        <input type="hidden" name="submission" value={page.submissionKey} />
        <div className="button-group">
          <Button>{t("check.send")}</Button>
        </div>
      </Form>
    </div>
  );
}

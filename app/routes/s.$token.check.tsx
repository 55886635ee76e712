import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { BackLink } from "~/components/survey/BackLink";
import { HelpNowPanel } from "~/components/survey/HelpNowPanel";
import { OfflineSurvey } from "~/components/survey/OfflineSurvey";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { Button } from "~/components/plain";
import type { DeviceAnswer } from "~/offline/protocol";
import { checkPage, sendCheckedAnswers } from "~/respond/check.server";
import {
  AskedAgainList,
  AskedAgainRow,
  OtherVersionAnswers,
} from "~/components/survey/ChangedVersion";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return checkPage(request, params.token);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const done = await sendCheckedAnswers(request, params.token);
  return redirect(done.href, { headers: done.headers });
}

export default function CheckAnswers() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation(["survey", page.namespace, "survey-common"]);
  // Answers given without a connection, shown as given until the draft holds them (#20).
  const [kept, setKept] = useState<DeviceAnswer[]>([]);
  return (
    <div className={page.easy ? "easy-read" : undefined}>
      <PageTitle title={page.title} />
      {page.helpNow ? <HelpNowPanel {...page.helpNow} /> : null}
      <BackLink href={page.backHref} />
      <OfflineSurvey survey={page.offline} onKept={setKept} />
      <h1 className="page-heading">{page.title}</h1>
      {page.readAloud ? <ReadAloud {...page.readAloud} /> : null}
      <p>{t(page.easy ? "check.easy.intro" : "check.intro")}</p>
      <AskedAgainList rows={page.rows} easy={page.easy} />
      <dl className="summary-list">
        {page.rows.map((row) => {
          const question = t(row.questionKey);
          const shown = kept.find((answer) => answer.questionId === row.id)?.shown;
          return (
            <div className="summary-list__row" key={row.id}>
              <dt className="summary-list__key">{question}</dt>
              <dd className="summary-list__value">
                {row.recorded ? <p>{t("check.recorded")}</p> : null}
                {shown ? (
                  shown.length ? (
                    <span className="summary-list__text">{shown.join(", ")}</span>
                  ) : (
                    <span className="muted">{t("check.skipped")}</span>
                  )
                ) : row.state === "answered" ? (
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
                ) : row.state === "askedAgain" ? (
                  <AskedAgainRow version={row.askedAgainIn!} answerKeys={row.answerKeys} />
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
      <OtherVersionAnswers rows={page.otherVersion} easy={page.easy} />
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

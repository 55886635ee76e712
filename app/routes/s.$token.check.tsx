import { readForm } from "~/platform/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { BackLink } from "~/components/survey/BackLink";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { Button } from "~/components/plain";
import { draftRecordings } from "~/recordings/recordings.server";
import { findDraft } from "~/responses/drafts.server";
import { isSubmitted, submitResponse } from "~/responses/submit.server";
import { countSurveyResponse } from "~/platform/metrics.server";
import { clearDraftCookie, readDraftId } from "~/surveys/cookies.server";
import { stepHref } from "~/surveys/journey";
import { loadSurvey, requireDraft, requireOpen } from "~/surveys/page.server";
import { readAloudFor } from "~/surveys/read-aloud.server";
import { getSurvey } from "~/surveys/definitions.server";
import { questionOptions } from "../../surveys/options";
import { isValidDraftAnswer } from "../../surveys/answers";
import { surveyTextKey } from "../../surveys/text-key";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, survey, t, language } = await loadSurvey(request, params.token);
  requireOpen({ survey, t, language });
  const { draft, definition } = await requireDraft(request, db, survey);
  const recorded = await draftRecordings(db, draft.id);
  const rows = definition.questions.map((question) => {
    const answer = draft.answers[question.id];
    let answerKeys: string[] = [];
    let text: string | undefined;
    let state: "answered" | "skipped" | "unanswered" = "unanswered";
    if (isValidDraftAnswer(question, answer)) {
      if ("skipped" in answer) state = "skipped";
      else {
        state = "answered";
        if ("text" in answer) text = answer.text;
        else {
          const values = "value" in answer ? [answer.value] : answer.values;
          answerKeys = values.map((value) =>
            surveyTextKey(
              definition,
              questionOptions(question).find((o) => o.value === value)!.text,
            ),
          );
        }
      }
    }
    return {
      id: question.id,
      questionKey: surveyTextKey(definition, question.text),
      state,
      answerKeys,
      text,
      recorded: recorded.has(question.id),
      changeHref: `${stepHref(survey.token, { questionId: question.id })}?return=check`,
    };
  });
  return {
    token: survey.token,
    namespace: definition.namespace,
    easy: definition.version === "easy",
    readAloud: definition.version === "easy" ? readAloudFor(t, language, "check-easy") : undefined,
    submissionKey: draft.submissionKey,
    backHref: stepHref(survey.token, { questionId: definition.questions.at(-1)!.id }),
    rows,
    title: t(definition.version === "easy" ? "check.titleEasy" : "check.title"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, survey, language, t } = await loadSurvey(request, params.token);
  const done = redirect(`/s/${survey.token}/done`, {
    headers: { "Set-Cookie": clearDraftCookie(survey.token) },
  });
  const key = (await readForm(request)).get("submission");
  const alreadyStored = async () =>
    typeof key === "string" && key.length <= 64 && (await isSubmitted(db, key));
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  // A repeat of a send that already worked (double click, retry, back and send) just
  // confirms: storing deleted the draft, or (a second Send racing the first) the draft's key
  // is already taken and submitting stores nothing. A page sent from an older draft's form
  // confirms that one rather than sending the draft in progress.
  if (key !== draft?.submissionKey && (await alreadyStored())) return done;
  requireOpen({ survey, t, language });
  if (!draft) throw redirect(`/s/${survey.token}`);
  const { stored } = await submitResponse(db, {
    inspectionId: survey.inspectionId,
    audience: survey.audience,
    definition: getSurvey(survey.audience, draft.version),
    draft,
    language,
  });
  if (stored) countSurveyResponse();
  return done;
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

import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { BackLink } from "~/components/survey/BackLink";
import { HelpNowPanel } from "~/components/survey/HelpNowPanel";
import { OfflineSurvey } from "~/components/survey/OfflineSurvey";
import { QuestionField, answerFieldId } from "~/components/survey/QuestionField";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { AskedAgainNote, VersionSwitch } from "~/components/survey/VersionSwitch";
import { SpokenAnswer, recordingFieldId } from "~/components/survey/SpokenAnswer";
import { Button } from "~/components/plain";
import { maxRecordingBytes } from "~/recordings/audio-type";
import { busyRetrySeconds, readQuestionForm } from "~/recordings/upload.server";
import { answerQuestion } from "~/respond/answer.server";
import { loadQuestion, questionPage } from "~/respond/question.server";
import { surveyTextKey } from "~surveys/text-key";
import { textField } from "~/platform/form-fields";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return questionPage(request, params);
}

/** "Many people are sending recordings right now" says when to send again, to scripts too. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

type ActionResult = { error: string; field: string; typedText?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { db, survey, draft, definition, question, t } = await loadQuestion(request, params, {
    sending: true,
  });
  const refuse = (field: string, error: string, typedText?: string, init: ResponseInit = {}) =>
    data<ActionResult>({ error, field, typedText }, { status: 400, ...init });
  const easy = definition.version === "easy";
  const sent = await readQuestionForm(request, {
    ownWords: question.kind === "text",
    clientKey: context?.clientKey,
  });
  try {
    // Nothing is kept from a refused form: the draft stays as it was, the words come back.
    const typed = sent.form.has("answer") ? textField(sent.form, "answer", 100_000) : undefined;
    if (sent.refused === "tooLarge") {
      const size = t("spoken.megabytes", { count: maxRecordingBytes / 2 ** 20 });
      // Easy read says "too long", not megabytes.
      const error = t(easy ? "spoken.tooBigEasy" : "spoken.tooBig", { size });
      return refuse(recordingFieldId, error, typed, { status: 413 });
    }
    if (sent.refused === "busy")
      return refuse(recordingFieldId, t(easy ? "spoken.busyEasy" : "spoken.busy"), typed, {
        status: 503,
        headers: { "Retry-After": String(busyRetrySeconds) },
      });
    const outcome = await answerQuestion({
      ...{ db, survey, draft, definition, question, t },
      form: sent.form,
      recording: sent.file,
      here: new URL(request.url),
    });
    if ("problem" in outcome)
      return refuse(outcome.problem.field, outcome.problem.error, outcome.problem.typedText);
    return redirect(
      outcome.redirectTo,
      outcome.setCookie ? { headers: { "Set-Cookie": outcome.setCookie } } : undefined,
    );
  } finally {
    // Once its recording is stored (or refused), the upload's slot is free for the next.
    sent.release();
  }
}

export default function QuestionPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["survey", page.definition.namespace, "survey-common"]);
  const easy = page.definition.version === "easy";
  const error = result && "error" in result ? result.error : undefined;
  const errorField = result && "field" in result ? result.field : answerFieldId;
  const ownWords = page.question.kind === "text";
  return (
    <div className={easy ? "easy-read" : undefined}>
      <PageTitle
        title={`${page.title}: ${t(surveyTextKey(page.definition, page.question.text))}`}
        hasErrors={Boolean(error)}
      />
      {page.helpNow ? <HelpNowPanel {...page.helpNow} /> : null}
      <BackLink href={page.backHref} />
      <ErrorSummary problems={error ? [{ fieldId: errorField, message: error }] : []} />
      <OfflineSurvey survey={page.offline} questionId={page.question.id} />
      {page.startsAboutYou ? (
        <div className="panel">
          <p>
            <strong>{t("question.aboutYou")}</strong>
          </p>
          <p>{t("question.aboutYouHint")}</p>
        </div>
      ) : null}
      <p className="caption">{page.title}</p>
      {page.readAloud ? <ReadAloud {...page.readAloud} /> : null}
      {page.askedAgain ? <AskedAgainNote {...page.askedAgain} easy={easy} /> : null}
      <Form
        method="post"
        noValidate
        key={page.question.id}
        encType={ownWords ? "multipart/form-data" : undefined}
      >
        {/* Which version this page is, should the draft be gone when it is sent. */}
        <input type="hidden" name="version" value={page.definition.version} />
        <QuestionField
          definition={page.definition}
          question={page.question}
          answer={page.answer}
          error={errorField === answerFieldId ? error : undefined}
          typedText={result && "typedText" in result ? result.typedText : undefined}
        />
        {ownWords ? (
          <SpokenAnswer
            recordingHref={`/s/${page.token}/recording/${page.question.id}`}
            hasRecording={page.hasRecording}
            easy={easy}
            error={errorField === recordingFieldId ? error : undefined}
          />
        ) : null}
        <div className="button-group">
          <Button name="intent" value="continue">
            {t("question.continue")}
          </Button>
          <Button name="intent" value="skip" variant="secondary">
            {t(easy ? "question.skipEasy" : "question.skip")}
          </Button>
        </div>
        <div className="button-group">
          <Button name="intent" value="save" variant="link">
            {t("question.save")}
          </Button>
        </div>
        <VersionSwitch to={page.switchTo} easy={easy} />
      </Form>
    </div>
  );
}

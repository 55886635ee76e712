import { readForm } from "~/platform/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { BackLink } from "~/components/survey/BackLink";
import { QuestionField, answerFieldId } from "~/components/survey/QuestionField";
import { Button } from "~/components/ui";
import { redactFreeText } from "~/privacy/redact.server";
import { createResumeCode, saveDraftAnswer } from "~/responses/drafts.server";
import { resumeCodeCookie } from "~/surveys/cookies.server";
import { nextStep, previousQuestionId, stepHref } from "~/surveys/journey";
import { loadSurvey, requireDraft, requireOpen } from "~/surveys/page.server";
import { findQuestion } from "../../surveys";
import { parseAnswer } from "../../surveys/answers";

const returnsToCheck = (request: Request) =>
  new URL(request.url).searchParams.get("return") === "check";

async function loadQuestion(request: Request, params: LoaderFunctionArgs["params"]) {
  const context = await loadSurvey(request, params.token);
  requireOpen(context.survey);
  const { draft, definition } = await requireDraft(request, context.db, context.survey);
  const question = findQuestion(definition, params.questionId ?? "");
  if (!question) throw data(null, { status: 404 });
  return { ...context, draft, definition, question };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, draft, definition, question, t } = await loadQuestion(request, params);
  const index = definition.questions.indexOf(question);
  const toCheck = returnsToCheck(request);
  const previous = previousQuestionId(definition, question.id);
  const backHref = toCheck
    ? stepHref(survey.token, { check: true })
    : previous
      ? stepHref(survey.token, { questionId: previous })
      : `/s/${survey.token}`;
  const firstAbout = definition.questions.findIndex((q) => q.section === "about");
  return {
    token: survey.token,
    // Only what the page needs: the whole definition would weigh down every question page.
    definition: { namespace: definition.namespace, version: definition.version },
    question,
    answer: draft.answers[question.id],
    number: index + 1,
    total: definition.questions.length,
    startsAboutYou: index === firstAbout,
    backHref,
    toCheck,
    title: t("question.progress", { number: index + 1, total: definition.questions.length }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, survey, draft, definition, question, t } = await loadQuestion(request, params);
  const form = await readForm(request);
  const intent = form.get("intent");
  const parsed =
    intent === "skip"
      ? ({ ok: true, answer: { skipped: true } } as const)
      : parseAnswer(question, form);
  if (!parsed.ok) {
    const message =
      parsed.problem.kind === "tooLong"
        ? t("question.tooLong", {
            max: parsed.problem.max.toLocaleString("en-GB"),
            length: parsed.problem.count.toLocaleString("en-GB"),
          })
        : t("question.invalidOption");
    return data({ error: message, typedText: parsed.text }, { status: 400 });
  }
  // Own words are redacted before they touch the disk, drafts included.
  const answer =
    "text" in parsed.answer ? { text: redactFreeText(parsed.answer.text).text } : parsed.answer;
  await saveDraftAnswer(db, draft.id, question.id, answer);
  if (intent === "save") {
    const code = await createResumeCode(db, draft.id);
    return redirect(`/s/${survey.token}/saved`, {
      headers: { "Set-Cookie": resumeCodeCookie(survey.token, code) },
    });
  }
  const step = returnsToCheck(request)
    ? ({ check: true } as const)
    : nextStep(definition, question.id);
  return redirect(stepHref(survey.token, step));
}

export default function QuestionPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["survey", page.definition.namespace, "survey-common"]);
  const easy = page.definition.version === "easy";
  const error = result && "error" in result ? result.error : undefined;
  return (
    <div className={easy ? "easy-read" : undefined}>
      <PageTitle
        title={`${page.title}: ${t(`${page.definition.namespace}:${page.question.text}`)}`}
        hasErrors={Boolean(error)}
      />
      <BackLink href={page.backHref} />
      <ErrorSummary problems={error ? [{ fieldId: answerFieldId, message: error }] : []} />
      {page.startsAboutYou ? (
        <div className="panel">
          <p>
            <strong>{t("question.aboutYou")}</strong>
          </p>
          <p>{t("question.aboutYouHint")}</p>
        </div>
      ) : null}
      <p className="caption">{page.title}</p>
      <Form method="post" noValidate key={page.question.id}>
        <QuestionField
          definition={page.definition}
          question={page.question}
          answer={page.answer}
          error={error}
          typedText={result && "typedText" in result ? result.typedText : undefined}
        />
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
      </Form>
    </div>
  );
}

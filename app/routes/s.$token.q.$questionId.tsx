import { readForm } from "~/platform/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { BackLink } from "~/components/survey/BackLink";
import { QuestionField, answerFieldId } from "~/components/survey/QuestionField";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { SpokenAnswer, recordingFieldId } from "~/components/survey/SpokenAnswer";
import { Button } from "~/components/plain";
import { maxRecordingBytes, sniffAudioType } from "~/recordings/audio-type";
import {
  deleteDraftRecording,
  draftRecordings,
  saveDraftRecording,
} from "~/recordings/recordings.server";
import { createResumeCode, saveDraftAnswer } from "~/responses/drafts.server";
import { resumeCodeCookie } from "~/surveys/cookies.server";
import { nextStep, previousQuestionId, stepHref } from "~/surveys/journey";
import {
  loadSurvey,
  requireDraft,
  requireDraftOrGiveBack,
  requireOpen,
} from "~/surveys/page.server";
import { questionReadAloud } from "~/surveys/read-aloud.server";
import { findQuestion } from "~/surveys/definitions.server";
import { parseAnswer } from "../../surveys/answers";
import { surveyTextKey } from "../../surveys/text-key";

const returnsToCheck = (request: Request) =>
  new URL(request.url).searchParams.get("return") === "check";

async function loadQuestion(
  request: Request,
  params: LoaderFunctionArgs["params"],
  { sending = false } = {},
) {
  const context = await loadSurvey(request, params.token);
  requireOpen(context);
  // Answers sent from a page whose draft has gone (cookies cleared, a long break) are not
  // lost without a word: the person is told, and their own words are given back.
  const { draft, definition } = sending
    ? await requireDraftOrGiveBack(request, context, params.questionId)
    : await requireDraft(request, context.db, context.survey);
  const question = findQuestion(definition, params.questionId ?? "");
  if (!question) throw data(null, { status: 404 });
  return { ...context, draft, definition, question };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, survey, draft, definition, question, t, language } = await loadQuestion(
    request,
    params,
  );
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
    readAloud:
      definition.version === "easy"
        ? questionReadAloud(t, language, definition, question)
        : undefined,
    hasRecording:
      question.kind === "text" && (await draftRecordings(db, draft.id)).has(question.id),
    number: index + 1,
    total: definition.questions.length,
    startsAboutYou: index === firstAbout,
    backHref,
    toCheck,
    title: t("question.progress", { number: index + 1, total: definition.questions.length }),
  };
}

/** Room for a recording and the rest of the form on own-words pages; 64 KB elsewhere. */
const ownWordsFormBytes = maxRecordingBytes + 64 * 1024;

type ActionResult = { error: string; field: string; typedText?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, survey, draft, definition, question, t } = await loadQuestion(request, params, {
    sending: true,
  });
  const refuse = (field: string, error: string, typedText?: string, status = 400) =>
    data<ActionResult>({ error, field, typedText }, { status });
  const ownWords = question.kind === "text";
  // Easy read says "too long", not megabytes.
  const tooBig = definition.version === "easy" ? "spoken.tooBigEasy" : "spoken.tooBig";
  if (ownWords && Number(request.headers.get("Content-Length") ?? 0) > ownWordsFormBytes)
    return refuse(
      recordingFieldId,
      t(tooBig, { size: t("spoken.megabytes", { count: maxRecordingBytes / 2 ** 20 }) }),
      undefined,
      413,
    );
  const form = await readForm(request, ownWords ? { maxBytes: ownWordsFormBytes } : {});
  const intent = form.get("intent");
  const parsed =
    intent === "skip"
      ? ({ ok: true, answer: { skipped: true } } as const)
      : parseAnswer(question, form);
  if (!parsed.ok) {
    const message =
      parsed.problem.kind === "tooLong"
        ? `${t("question.tooLong", {
            count: parsed.problem.max,
            max: parsed.problem.max.toLocaleString("en-GB"),
          })} ${t("question.tooLongNow", {
            count: parsed.problem.count,
            length: parsed.problem.count.toLocaleString("en-GB"),
          })}`
        : t("question.invalidOption");
    return refuse(answerFieldId, message, parsed.text);
  }
  const typedText = "text" in parsed.answer ? parsed.answer.text : undefined;
  // A recording is checked before anything is saved, so a refused file changes nothing.
  const upload = ownWords ? form.get("recording") : null;
  let recording:
    | { audio: Uint8Array; type: NonNullable<ReturnType<typeof sniffAudioType>> }
    | undefined;
  if (upload instanceof File && upload.size > 0 && intent !== "skip") {
    if (upload.size > maxRecordingBytes)
      return refuse(
        recordingFieldId,
        t(tooBig, { size: t("spoken.megabytes", { count: maxRecordingBytes / 2 ** 20 }) }),
        typedText,
        413,
      );
    const audio = new Uint8Array(await upload.arrayBuffer());
    const type = sniffAudioType(audio);
    if (!type)
      return refuse(
        recordingFieldId,
        t(definition.version === "easy" ? "spoken.notAudioEasy" : "spoken.notAudio"),
        typedText,
      );
    recording = { audio, type };
  }
  // saveDraftAnswer redacts own words before they are stored.
  const { answer } = parsed;
  if (intent === "skip" && ownWords) {
    // Skip means no answer: a recording made before skipping is not sent either. Together,
    // so a failure between them cannot leave a skipped question with a voice.
    await db.transaction(async (tx) => {
      await saveDraftAnswer(tx as unknown as typeof db, draft.id, question.id, answer);
      await deleteDraftRecording(tx as unknown as typeof db, draft.id, question.id);
    });
  } else await saveDraftAnswer(db, draft.id, question.id, answer);
  if (recording && intent !== "skip") {
    await saveDraftRecording(db, {
      inspectionId: survey.inspectionId,
      draftId: draft.id,
      questionId: question.id,
      ...recording,
    });
  }
  if (intent === "delete-recording") {
    await deleteDraftRecording(db, draft.id, question.id);
    const here = new URL(request.url);
    return redirect(`${here.pathname}${here.search}#${recordingFieldId}`);
  }
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
  const errorField = result && "field" in result ? result.field : answerFieldId;
  const ownWords = page.question.kind === "text";
  return (
    <div className={easy ? "easy-read" : undefined}>
      <PageTitle
        title={`${page.title}: ${t(surveyTextKey(page.definition, page.question.text))}`}
        hasErrors={Boolean(error)}
      />
      <BackLink href={page.backHref} />
      <ErrorSummary problems={error ? [{ fieldId: errorField, message: error }] : []} />
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
      </Form>
    </div>
  );
}

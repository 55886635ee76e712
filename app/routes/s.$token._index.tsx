import { readForm } from "~/platform/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Picture } from "~/components/survey/Picture";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { Button, RadioGroup } from "~/components/plain";
import { formatDateTime } from "~/i18n/format";
import { findDraft, saveDraftAnswer, setDraftVersion, startDraft } from "~/responses/drafts.server";
import { draftCookie, readDraftId } from "~/surveys/cookies.server";
import { resumePoint, stepHref } from "~/surveys/journey";
import { loadSurvey, requireOpen } from "~/surveys/page.server";
import { readAloudFor } from "~/surveys/read-aloud.server";
import { defaultVersion, getSurvey } from "~/surveys/definitions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, survey, language, t } = await loadSurvey(request, params.token);
  requireOpen({ survey, t, language });
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  const continueHref = draft
    ? stepHref(survey.token, resumePoint(getSurvey(survey.audience, draft.version), draft.answers))
    : undefined;
  return {
    title: t(`start.title.${survey.audience}`),
    // Children see the easy-read start page, so it reads itself aloud.
    readAloud: survey.audience === "child" ? readAloudFor(t, language, "start-child") : undefined,
    audience: survey.audience,
    areaName: survey.areaName,
    closes: formatDateTime(survey.closesAt, language),
    minutes: {
      easy: getSurvey(survey.audience, "easy").minutes,
      standard: getSurvey(survey.audience, "standard").minutes,
    },
    defaultVersion: defaultVersion(survey.audience),
    continueHref,
  };
}

type StartErrors = { consent?: string; version?: string };

/**
 * Words given back after a draft was lost (routes/s.$token.tsx) go into the draft carried on
 * with, redacted as every answer is, ready at their own-words question.
 */
async function carryWords(
  db: Awaited<ReturnType<typeof loadSurvey>>["db"],
  draftId: string,
  definition: ReturnType<typeof getSurvey>,
  form: FormData,
) {
  const carried = definition.questions.find((q) => q.id === form.get("carryQuestion"));
  const text = form.get("carryText");
  if (carried?.kind === "text" && typeof text === "string" && text.trim())
    await saveDraftAnswer(db, draftId, carried.id, { text: text.trim().slice(0, 5000) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, survey, language, t } = await loadSurvey(request, params.token);
  requireOpen({ survey, t, language });
  const form = await readForm(request);
  const errors: StartErrors = {};
  const consent = form.get("consent");
  if (survey.audience === "child") {
    if (consent === "no") throw redirect(`/s/${survey.token}/no-thanks`);
    if (consent !== "yes") errors.consent = t("start.consentRequired");
  }
  const version = form.get("version") ?? defaultVersion(survey.audience);
  if (version !== "easy" && version !== "standard") errors.version = t("start.versionRequired");
  if (Object.keys(errors).length) return data({ errors }, { status: 400 });
  const chosen = version as "easy" | "standard";
  // Pressing Start again (after Back) carries on with the answers already given.
  const existing = await findDraft(db, readDraftId(request), survey.linkId);
  if (existing) {
    await setDraftVersion(db, existing.id, chosen);
    await carryWords(db, existing.id, getSurvey(survey.audience, chosen), form);
    return redirect(
      stepHref(survey.token, resumePoint(getSurvey(survey.audience, chosen), existing.answers)),
    );
  }
  const draft = await startDraft(db, { surveyLinkId: survey.linkId, version: chosen, language });
  const definition = getSurvey(survey.audience, chosen);
  await carryWords(db, draft.id, definition, form);
  const first = definition.questions[0]!;
  return redirect(stepHref(survey.token, { questionId: first.id }), {
    headers: { "Set-Cookie": draftCookie(survey.token, draft.id) },
  });
}

export default function SurveyStart() {
  const page = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? {};
  const { t } = useTranslation(["survey", `survey-${page.audience}`]);
  const child = page.audience === "child";
  const problems = [
    errors.consent ? { fieldId: "consent", message: errors.consent } : null,
    errors.version ? { fieldId: "version", message: errors.version } : null,
  ].filter((p): p is { fieldId: string; message: string } => p !== null);
  const versionChoice = (
    <RadioGroup
      id="version"
      name="version"
      label={t("start.versionLegend")}
      error={errors.version}
      defaultValue={page.defaultVersion}
      appearance={child ? "cards" : "list"}
      options={[
        {
          value: "easy",
          label: t("start.versionEasy"),
          hint: t("start.versionEasyHint"),
          picture: child ? <Picture id="book" /> : undefined,
        },
        {
          value: "standard",
          label: t("start.versionStandard"),
          hint: t("start.versionStandardHint"),
          picture: child ? <Picture id="writing" /> : undefined,
        },
      ].sort((a, b) =>
        a.value === page.defaultVersion ? -1 : b.value === page.defaultVersion ? 1 : 0,
      )}
    />
  );
  return (
    <div className={child ? "easy-read" : undefined}>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{page.title}</h1>
      {page.readAloud ? <ReadAloud {...page.readAloud} /> : null}
      {child ? (
        <ul className="easy-list">
          <li>
            <Picture id="people" />
            <span>{t("start.what.child")}</span>
          </li>
          <li>
            <Picture id="listen" />
            <span>{t("start.who.child")}</span>
          </li>
          <li>
            <Picture id="me" />
            <span>{t("start.anonymous.child")}</span>
          </li>
          <li>
            <Picture id="clock" />
            <span>{t("start.timeEasy", { count: page.minutes.easy })}</span>
          </li>
        </ul>
      ) : (
        <>
          <p className="lead">{t(`start.what.${page.audience}`, { area: page.areaName })}</p>
          <p>{t(`start.who.${page.audience}`)}</p>
          <p>{t(`start.anonymous.${page.audience}`)}</p>
          <p>{t("start.time", { count: page.minutes.standard })}</p>
          <p>{t(`start.otherView.${page.audience}`)}</p>
        </>
      )}
      <p>{t("start.closes", { date: page.closes })}</p>
      {page.continueHref ? (
        <p className="panel">
          <a href={page.continueHref}>{t("start.continueDraft")}</a>
        </p>
      ) : null}
      <Form method="post" noValidate>
        {child ? (
          <RadioGroup
            id="consent"
            name="consent"
            label={t("start.consentLegend")}
            hint={t("start.consentHint")}
            error={errors.consent}
            appearance="cards"
            options={[
              { value: "yes", label: t("start.consentYes"), picture: <Picture id="yes" /> },
              { value: "no", label: t("start.consentNo"), picture: <Picture id="no" /> },
            ]}
          />
        ) : null}
        {versionChoice}
        <div className="button-group">
          <Button>{t("start.button")}</Button>
        </div>
      </Form>
      <p>
        <a href="/resume">{t("start.resumeLink")}</a>
      </p>
    </div>
  );
}

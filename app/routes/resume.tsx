import { readForm } from "~/platform/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SingleFieldForm } from "~/components/SingleFieldForm";
import { getDb } from "~/platform/db.server";
import { pageLanguage } from "~/i18n/i18n.server";
import { findDraft, findDraftByResumeCode } from "~/responses/drafts.server";
import { clearFailedGuesses, countFailedGuess, guessingWait } from "~/platform/guessing.server";
import { draftCookie } from "~/respond/cookies.server";
import { resumePoint, stepHref } from "~/respond/journey";
import { findSurveyByToken } from "~/inspections/survey-links.server";
import { getSurvey } from "~/respond/definitions.server";
import { passRetryAfter } from "~/platform/retry-after";

export const handle = { i18n: ["survey"] };

/** A 429 says when to try again. */
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await pageLanguage(request, "survey");
  return { title: t("resume.title") };
}

/** A resume code from "Save and come back later" carries on the draft, on any device. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await pageLanguage(request, "survey");
  const typed = (await readForm(request)).get("code");
  const code = typeof typed === "string" ? typed.slice(0, 40) : "";
  if (!code.trim()) return data({ error: t("resume.required"), code }, { status: 400 });
  const db = await getDb();
  // Wrong codes are counted per client (no address is kept): past the limit that client is
  // asked to wait, which makes guessing codes hopeless without stopping anyone else.
  const client = context?.clientKey ?? "unknown";
  const wait = guessingWait("resume", client);
  if (wait > 0)
    return data(
      { error: t("resume.tooMany"), code },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  const found = await findDraftByResumeCode(db, code);
  const survey = found ? await findSurveyByToken(db, found.token) : undefined;
  const draft = found && survey ? await findDraft(db, found.draftId, survey.linkId) : undefined;
  if (!found || !survey || !draft) {
    countFailedGuess("resume", client);
    return data({ error: t("resume.notFound"), code }, { status: 400 });
  }
  clearFailedGuesses("resume", client);
  const step = resumePoint(getSurvey(survey.audience, draft.version), draft.answers);
  return redirect(stepHref(survey.token, step), {
    headers: { "Set-Cookie": draftCookie(survey.token, draft.id) },
  });
}

export default function Resume() {
  const { title } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("survey");
  return (
    <SingleFieldForm
      title={title}
      id="code"
      label={t("resume.label")}
      hint={t("resume.hint")}
      button={t("resume.button")}
      error={result?.error}
      defaultValue={result?.code}
    />
  );
}

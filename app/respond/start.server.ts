import { redirect } from "@remix-run/node";
import { defaultVersion, getSurvey } from "~surveys";
import type { SurveyDefinition } from "~surveys/schema";
import { formatDateTime } from "~/i18n/format";
import { helplineFor } from "~/inspections/audiences";
import { choiceField, textField } from "~/platform/form-fields";
import { readForm } from "~/platform/forms.server";
import { versions } from "~surveys/lists";
import type { Database } from "~db/client.server";
import { findDraft, saveDraftAnswer, setDraftVersion, startDraft } from "~/responses/drafts.server";
import {
  draftCookie,
  readDraftId,
  schoolSessionAsked,
  schoolSessionCookie,
} from "./cookies.server";
import { resumePoint, stepHref } from "./journey";
import { loadSurvey, requireOpen } from "./page.server";
import { readAloudFor } from "./read-aloud.server";

/** A survey's start page: what it is, when it closes, and a way back into a draft. */
export async function startPage(request: Request, token: string | undefined) {
  const { db, survey, language, t } = await loadSurvey(request, token);
  requireOpen({ survey, t, language });
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  const url = new URL(request.url);
  const school = schoolSessionAsked(url);
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
    // After "someone else will use this device next": say the last person's things are gone.
    cleared: !draft && url.searchParams.has("cleared"),
    // A school session (#20): the start page carries it into Start, and says when the last
    // child's answers were sent and everything of them cleared.
    school,
    sent: !draft && school && url.searchParams.has("sent"),
    helpline: helplineFor(survey.audience),
  };
}

export type StartErrors = { consent?: string; version?: string };

export type StartOutcome = { errors: StartErrors } | { redirectTo: string; setCookies: string[] };

/**
 * Words given back after a draft was lost (routes/s.$token.tsx) go into the draft carried on
 * with, redacted as every answer is, ready at their own-words question.
 */
async function carryWords(
  db: Database,
  draftId: string,
  definition: SurveyDefinition,
  form: FormData,
) {
  const carried = definition.questions.find((q) => q.id === textField(form, "carryQuestion", 100));
  const text = textField(form, "carryText", 5000).trim();
  if (carried?.kind === "text" && text)
    await saveDraftAnswer(db, draftId, carried.id, { text }, definition.version);
}

/**
 * The start page sent: a child's consent (no means a kind goodbye), the version chosen, and
 * the draft begun — or carried on with, when this browser already has one.
 */
export async function startSurvey(
  request: Request,
  token: string | undefined,
): Promise<StartOutcome> {
  const { db, survey, language, t } = await loadSurvey(request, token);
  requireOpen({ survey, t, language });
  const form = await readForm(request);
  const errors: StartErrors = {};
  const consent = choiceField(form, "consent", ["yes", "no"]);
  if (survey.audience === "child") {
    if (consent === "no") throw redirect(`/s/${survey.token}/no-thanks`);
    if (consent !== "yes") errors.consent = t("start.consentRequired");
  }
  const chosen = form.has("version")
    ? choiceField(form, "version", versions)
    : defaultVersion(survey.audience);
  if (!chosen) errors.version = t("start.versionRequired");
  if (!chosen || Object.keys(errors).length) return { errors };
  const setCookies = schoolSessionAsked(form) ? [schoolSessionCookie(survey.token)] : [];
  // Pressing Start again (after Back) carries on with the answers already given.
  const existing = await findDraft(db, readDraftId(request), survey.linkId);
  if (existing) {
    await setDraftVersion(db, existing.id, chosen);
    await carryWords(db, existing.id, getSurvey(survey.audience, chosen), form);
    return {
      redirectTo: stepHref(
        survey.token,
        resumePoint(getSurvey(survey.audience, chosen), existing.answers),
      ),
      setCookies,
    };
  }
  const draft = await startDraft(db, { surveyLinkId: survey.linkId, version: chosen, language });
  const definition = getSurvey(survey.audience, chosen);
  await carryWords(db, draft.id, definition, form);
  const first = definition.questions[0]!;
  return {
    redirectTo: stepHref(survey.token, { questionId: first.id }),
    setCookies: [...setCookies, draftCookie(survey.token, draft.id)],
  };
}

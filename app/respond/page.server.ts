import { data, redirect } from "@remix-run/node";
import { getDb } from "~/platform/db.server";
import { getSurvey } from "~surveys";
import type { SurveyDefinition } from "~surveys/schema";
import { pageLanguage } from "~/i18n/i18n.server";
import { registerOf } from "~/i18n/register";
import { findDraft } from "~/responses/drafts.server";
import type { DraftState } from "~/responses/drafts.server";
import { readForm } from "~/platform/forms.server";
import { readOwnWordsFields } from "~/recordings/upload.server";
import { readDraftId } from "./cookies.server";
import { detectDisclosure } from "~/safeguarding/detect";
import { helpNowPanel } from "./help-now.server";
import type { HelpNow } from "./help-now.server";
import { readAloudFor } from "./read-aloud.server";
import { findSurveyByToken } from "~/inspections/survey-links.server";
import type { SurveyContext } from "~/inspections/survey-links.server";
import type { SurveyVersion } from "~surveys/lists";

/** What a survey page's loader or action starts from. Unknown links are 404. */
export async function loadSurvey(request: Request, token: string | undefined) {
  const db = await getDb();
  const survey = token ? await findSurveyByToken(db, token) : undefined;
  if (!survey) throw data(null, { status: 404 });
  // The one place a survey page's loader learns whose survey it is: its words, in their register.
  const { language, t } = await pageLanguage(request, "survey", registerOf(survey.audience));
  return { db, survey, language, t };
}

/** Closed or not-yet-open surveys accept nothing; the survey layout's boundary explains. */
export function requireOpen({
  survey,
  t,
  language,
}: Pick<Awaited<ReturnType<typeof loadSurvey>>, "survey" | "t" | "language">) {
  if (survey.state !== "open") {
    const closed = survey.state === "closed";
    throw data(
      {
        state: survey.state,
        audience: survey.audience,
        closesAt: survey.closesAt.toISOString(),
        // The boundary has no loader of its own, so its read-aloud travels with the error.
        readAloud:
          survey.audience === "child"
            ? readAloudFor(t, language, closed ? "closed-easy" : "not-open")
            : undefined,
      },
      { status: closed ? 410 : 403 },
    );
  }
}

/** The draft in this browser for this link, or a trip back to the start page. */
export async function requireDraft(
  request: Request,
  db: Awaited<ReturnType<typeof loadSurvey>>["db"],
  survey: SurveyContext,
): Promise<{ draft: DraftState; definition: SurveyDefinition }> {
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  if (!draft) throw redirect(surveyHref(survey.token));
  return { draft, definition: getSurvey(survey.audience, draft.version) };
}

/** What a page sent without its draft holds, given back to the person who typed it. */
export interface DraftGone {
  draftGone: { version: SurveyVersion; questionId?: string; typedText?: string };
  audience: SurveyContext["audience"];
  /** Easy read reads itself aloud; the boundary has no loader, so it travels with the error. */
  readAloud?: ReturnType<typeof readAloudFor>;
  /** The words given back may be a disclosure: where to get help now, first (#19). */
  helpNow?: HelpNow;
}

/**
 * For a question page's answer: the draft, or, when it has gone, a 409 that the survey
 * layout's boundary shows as "your answers could not be found", with the words just typed
 * (never stored, never logged) and a way to start again that carries them into a new draft.
 */
export async function requireDraftOrGiveBack(
  request: Request,
  { db, survey, t, language }: Awaited<ReturnType<typeof loadSurvey>>,
  questionId: string | undefined,
): Promise<{ draft: DraftState; definition: SurveyDefinition }> {
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  if (draft) return { draft, definition: getSurvey(survey.audience, draft.version) };
  // Question ids and kinds are the same in both versions: only an own-words page may send a
  // recording, and only there is a large body read.
  const ownWords = getSurvey(survey.audience, "standard").questions.some(
    (q) => q.id === questionId && q.kind === "text",
  );
  let form: FormData | undefined;
  try {
    // Its recording, if any, is read and dropped: only the typed words are given back.
    form = ownWords ? await readOwnWordsFields(request) : await readForm(request);
  } catch {
    form = undefined;
  }
  const version = form?.get("version") === "easy" ? "easy" : "standard";
  const question = getSurvey(survey.audience, version).questions.find((q) => q.id === questionId);
  const answer = form?.get("answer");
  const typedText =
    question?.kind === "text" && typeof answer === "string" && answer.trim()
      ? answer.trim().slice(0, 5000)
      : undefined;
  const gone: DraftGone = {
    draftGone: { version, questionId: question?.id, typedText },
    audience: survey.audience,
    readAloud: version === "easy" ? readAloudFor(t, language, "gone-easy") : undefined,
    helpNow:
      typedText && detectDisclosure(typedText).flagged
        ? helpNowPanel({ audience: survey.audience, version, t, language })
        : undefined,
  };
  throw data(gone, { status: 409 });
}

export const surveyHref = (token: string, rest = "") => `/s/${token}${rest}`;

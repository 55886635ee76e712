import { data, redirect } from "@remix-run/node";
import { getDb } from "../../db/client.server";
import { getSurvey } from "../../surveys";
import type { SurveyDefinition } from "../../surveys/schema";
import { detectLanguage } from "../i18n/detect.server";
import { getFixedT } from "../i18n/i18n.server";
import { findDraft } from "../responses/drafts.server";
import type { DraftState } from "../responses/drafts.server";
import { readDraftId } from "./cookies.server";
import { readAloudFor } from "./read-aloud.server";
import { findSurveyByToken } from "./survey-links.server";
import type { SurveyContext } from "./survey-links.server";

/** What a survey page's loader or action starts from. Unknown links are 404. */
export async function loadSurvey(request: Request, token: string | undefined) {
  const db = await getDb();
  const survey = token ? await findSurveyByToken(db, token) : undefined;
  if (!survey) throw data(null, { status: 404 });
  const language = detectLanguage(request);
  const t = await getFixedT(language, "survey");
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

export const surveyHref = (token: string, rest = "") => `/s/${token}${rest}`;

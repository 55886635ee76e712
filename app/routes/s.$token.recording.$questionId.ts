import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { audioResponse, readDraftRecording } from "~/recordings/recordings.server";
import { loadSurvey, requireDraft, requireOpen } from "~/respond/page.server";

/** The person's own recording for one question, so they can listen back before sending. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, survey, t, language } = await loadSurvey(request, params.token);
  requireOpen({ survey, t, language });
  const { draft } = await requireDraft(request, db, survey);
  const recording = await readDraftRecording(db, draft.id, params.questionId ?? "");
  if (!recording) throw data(null, { status: 404 });
  return audioResponse(request, recording);
}

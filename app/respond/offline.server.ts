import { z } from "zod";
import { findQuestion, getSurvey } from "~surveys";
import type { DeviceSendOutcome } from "~/offline/protocol";
import { readForm } from "~/platform/forms.server";
import { findDraft } from "~/responses/drafts.server";
import { isSubmitted } from "~/responses/submit.server";
import { answerQuestion } from "./answer.server";
import { storeDraft } from "./check.server";
import { afterSend, readDraftId } from "./cookies.server";
import { stepHref } from "./journey";
import { loadSurvey } from "./page.server";

/*
 * A survey answered where the connection comes and goes (#20). With JavaScript, a survey's
 * pages are kept on the device (app/offline); answers given without a connection wait there
 * and come here when it is back: saved to the draft through the question pages' own rules
 * (redacted before they are stored), then, when Send was pressed, stored under the draft's
 * submission key, once, however often they are sent.
 */

/** A survey's answers are a few kilobytes; 20 own-words answers at their longest fit. */
const maxDeviceFormBytes = 256 * 1024;

const deviceAnswers = z
  .array(
    z.object({
      questionId: z.string().max(64),
      fields: z.array(z.tuple([z.string().max(32), z.string().max(100_000)])).max(100),
    }),
  )
  .max(100);

function parseDeviceAnswers(sent: FormDataEntryValue | null) {
  try {
    const parsed = deviceAnswers.safeParse(JSON.parse(typeof sent === "string" ? sent : "[]"));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers a device kept while it had no connection, sent when it is back (`send`: and Send was
 * pressed). Refuses all when the survey has closed; `headers` end the draft once it is
 * stored (and in a school session clear everything of the child).
 */
export async function sendDeviceAnswers(
  request: Request,
  token: string | undefined,
): Promise<{ result: DeviceSendOutcome; headers?: Headers } | { badRequest: true }> {
  const { db, survey, t, language } = await loadSurvey(request, token);
  const form = await readForm(request, { maxBytes: maxDeviceFormBytes });
  const key = form.get("submission");
  const given = parseDeviceAnswers(form.get("answers"));
  if (typeof key !== "string" || key.length > 64 || !given) return { badRequest: true };
  const after = afterSend(request, survey.token);
  const sent = {
    result: { outcome: "sent", href: after.href },
    headers: after.headers,
  } as const;
  const closed = {
    result: { outcome: "closed", href: `/s/${survey.token}/check?late=1` },
  } as const;
  const draft = await findDraft(db, readDraftId(request), survey.linkId);
  // A send that was stored but whose answer never reached the device (a cut, a retry, a
  // second tab) finds its draft gone and its key taken: it is confirmed, not stored again.
  if (draft?.submissionKey !== key) {
    if (await isSubmitted(db, key)) return sent;
    if (survey.state !== "open") return closed;
    return { result: { outcome: "gone", href: `/s/${survey.token}` } };
  }
  if (survey.state !== "open") return closed;
  const definition = getSurvey(survey.audience, draft.version);
  for (const { questionId, fields } of given) {
    const question = findQuestion(definition, questionId);
    if (!question) continue;
    const answerForm = new FormData();
    for (const [name, value] of fields) if (name !== "intent") answerForm.append(name, value);
    // Offline there was no resume code to show: "save" kept the answer, as Continue does.
    const skipped = fields.some(([name, value]) => name === "intent" && value === "skip");
    answerForm.set("intent", skipped ? "skip" : "continue");
    const href = stepHref(survey.token, { questionId });
    const outcome = await answerQuestion({
      ...{ db, survey, draft, definition, question, t, form: answerForm },
      here: new URL(href, request.url),
    });
    if ("problem" in outcome) return { result: { outcome: "fix", href, questionId } };
  }
  if (form.get("send") !== "yes") return { result: { outcome: "saved" } };
  const saved = await findDraft(db, draft.id, survey.linkId);
  if (saved) await storeDraft({ db, survey, draft: saved, language });
  else if (!(await isSubmitted(db, key)))
    return { result: { outcome: "gone", href: `/s/${survey.token}` } };
  return sent;
}

import {
  forgetKeptAnswers,
  forgetSentAnswers,
  forgetSurveyOnDevice,
  keepAnswer,
  keptAnswers,
} from "./device-store";
import type { DeviceAnswer, DeviceSendOutcome, OfflineSurvey } from "./protocol";

/*
 * Sends what the device kept while it had no connection (#20) to the server
 * (routes/s.$token.offline.ts), which saves it in the draft through the question pages' own
 * rules and, when Send was pressed, stores the response under the draft's submission key: a
 * send cut short and sent again, or sent from two tabs, is stored once.
 */

/**
 * Sends the kept answers (and Send, when it was pressed). Resolves with what the server did
 * (`href`: where to go now), or undefined when there was nothing to send. Rejects when there
 * is no connection: what was kept stays kept.
 */
export async function sendKeptAnswers(
  survey: OfflineSurvey,
): Promise<DeviceSendOutcome | undefined> {
  const kept = await keptAnswers(survey);
  if (!kept || (!kept.answers.length && !kept.send)) return undefined;
  const response = await fetch(`/s/${survey.token}/offline`, {
    method: "POST",
    headers: { Accept: "application/json" },
    body: new URLSearchParams({
      submission: survey.submissionKey,
      answers: JSON.stringify(
        kept.answers.map(({ questionId, fields }) => ({ questionId, fields })),
      ),
      send: kept.send ? "yes" : "no",
    }),
  });
  if (!response.ok) throw new Error(`The answers were not taken (${response.status})`);
  const result = (await response.json()) as DeviceSendOutcome;
  switch (result.outcome) {
    case "saved":
      await forgetSentAnswers(survey, kept.answers);
      return result;
    case "fix": {
      // The answers after the one to give again are still to send; Send is pressed again.
      const after = kept.answers.slice(
        kept.answers.findIndex((a) => a.questionId === result.questionId) + 1,
      );
      await forgetKeptAnswers(survey);
      for (const answer of after) await keepAnswer(survey, answer);
      return result;
    }
    case "sent":
    case "closed":
    case "gone":
      // Sent, or never to be sent: nothing of it stays on the device, pages included.
      await forgetSurveyOnDevice(survey.token);
      return result;
  }
}

/** A question page's form as sent: its fields (not a recording), and the words it showed. */
export function answerOfForm(
  questionId: string,
  form: HTMLFormElement,
  submitter: HTMLElement | null,
): DeviceAnswer {
  const fields: [string, string][] = [];
  for (const [name, value] of new FormData(form, submitter)) {
    if (typeof value === "string") fields.push([name, value]);
  }
  const shown = Array.from(
    form.querySelectorAll<HTMLInputElement>("input[name=answer]:checked"),
    (input) =>
      input.closest("label")?.querySelector(".choice__label")?.textContent?.trim() ?? input.value,
  );
  const text = form.querySelector<HTMLTextAreaElement>("textarea[name=answer]")?.value.trim();
  const skipped = fields.some(([name, value]) => name === "intent" && value === "skip");
  return { questionId, fields, shown: skipped ? [] : text ? [text] : shown };
}

/** Shows a kept answer in the page's form (a kept page shows the answers it was kept with). */
export function showKeptAnswer(form: HTMLFormElement, answer: DeviceAnswer) {
  const given = answer.fields.filter(([name]) => name === "answer").map(([, value]) => value);
  for (const input of form.querySelectorAll<HTMLInputElement>("input[name=answer]"))
    input.checked = given.includes(input.value);
  const text = form.querySelector<HTMLTextAreaElement>("textarea[name=answer]");
  if (text) text.value = given[0] ?? "";
}

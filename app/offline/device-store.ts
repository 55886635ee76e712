import { createStore, del, entries, get, update } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import { surveyCacheName } from "./protocol";
import type { DeviceAnswer, OfflineSurvey } from "./protocol";

/*
 * Answers given without a connection (#20), kept in this browser's IndexedDB only until they
 * are sent, under the survey's token and its draft's submission key. Nothing else of the
 * person is kept; the pages kept for going on offline are in the Cache API (keep-pages.ts).
 */

export interface KeptAnswers {
  answers: DeviceAnswer[];
  /** Send was pressed without a connection: send as soon as it is back. */
  send: boolean;
  /**
   * Own words typed offline looked like a disclosure (#19, #20): the next page shows the
   * "talk to someone now" panel, once. Only the mark is kept, never why.
   */
  helpDue?: boolean;
}

let store: UseStore | undefined;
const deviceStore = () => (store ??= createStore("send-voice-offline", "answers"));

const keyOf = (survey: Pick<OfflineSurvey, "token" | "submissionKey">) =>
  `${survey.token}/${survey.submissionKey}`;

export const keptAnswers = (survey: OfflineSurvey) =>
  get<KeptAnswers>(keyOf(survey), deviceStore());

/** Keeps one question's answer, in place of any kept before for it. */
export async function keepAnswer(survey: OfflineSurvey, answer: DeviceAnswer) {
  await update<KeptAnswers>(
    keyOf(survey),
    (kept) => ({
      ...kept,
      answers: [...(kept?.answers ?? []).filter((a) => a.questionId !== answer.questionId), answer],
      send: kept?.send ?? false,
    }),
    deviceStore(),
  );
}

export async function keepSendPressed(survey: OfflineSurvey) {
  await update<KeptAnswers>(
    keyOf(survey),
    (kept) => ({ ...kept, answers: kept?.answers ?? [], send: true }),
    deviceStore(),
  );
}

/** The "talk to someone now" panel is due on the next page. */
export async function markHelpDue(survey: OfflineSurvey) {
  await update<KeptAnswers>(
    keyOf(survey),
    (kept) => ({ answers: kept?.answers ?? [], send: kept?.send ?? false, helpDue: true }),
    deviceStore(),
  );
}

/** Whether the panel is due, clearing the mark: it is shown once, as the server's is. */
export async function takeHelpDue(survey: OfflineSurvey): Promise<boolean> {
  let due = false;
  await update<KeptAnswers | undefined>(
    keyOf(survey),
    (kept) => {
      due = Boolean(kept?.helpDue);
      if (!kept) return undefined;
      const rest = { ...kept };
      delete rest.helpDue;
      return rest.answers.length || rest.send ? rest : undefined;
    },
    deviceStore(),
  );
  if (!(await keptAnswers(survey))) await del(keyOf(survey), deviceStore());
  return due;
}

/** After some were saved in the draft: those answers go (answers given since then stay). */
export async function forgetSentAnswers(survey: OfflineSurvey, sent: DeviceAnswer[]) {
  await update<KeptAnswers | undefined>(
    keyOf(survey),
    (kept) => {
      const left = (kept?.answers ?? []).filter((a) => !sameAnswer(a, sent));
      return left.length || kept?.send ? { answers: left, send: kept?.send ?? false } : undefined;
    },
    deviceStore(),
  );
  if (!(await keptAnswers(survey))) await del(keyOf(survey), deviceStore());
}

const sameAnswer = (answer: DeviceAnswer, sent: DeviceAnswer[]) =>
  sent.some(
    (s) =>
      s.questionId === answer.questionId &&
      JSON.stringify(s.fields) === JSON.stringify(answer.fields),
  );

/** "Delete my answers from this device": this draft's answers go; the survey carries on online. */
export const forgetKeptAnswers = (survey: OfflineSurvey) => del(keyOf(survey), deviceStore());

/**
 * Everything this browser keeps of a survey link for going on offline: kept answers, kept
 * pages, and its service worker. `token` undefined: of every survey link.
 */
export async function forgetSurveyOnDevice(token?: string) {
  const stored = await entries(deviceStore()).catch(() => []);
  for (const [key] of stored)
    if (token === undefined || String(key).startsWith(`${token}/`)) await del(key, deviceStore());
  if (typeof caches === "object") {
    const prefix = surveyCacheName(token ?? "");
    for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
  }
  if (navigator.serviceWorker) {
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      const scope = new URL(registration.scope).pathname;
      if (scope.startsWith(token === undefined ? "/s/" : `/s/${token}/`))
        await registration.unregister();
    }
  }
}

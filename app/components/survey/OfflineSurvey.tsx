import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/plain";
import { answerOfForm, sendKeptAnswers, showKeptAnswer } from "~/offline/device-send";
import {
  forgetKeptAnswers,
  forgetSurveyOnDevice,
  keepAnswer,
  keepSendPressed,
  keptAnswers,
  markHelpDue,
  takeHelpDue,
} from "~/offline/device-store";
import { mayBeDisclosure } from "~/offline/disclosure-check";
import { HelpNowPanel } from "./HelpNowPanel";
import { keepSurveyPages } from "~/offline/keep-pages";
import type { DeviceAnswer, OfflineSurvey as Survey } from "~/offline/protocol";

type Notice = "none" | "offline" | "kept" | "waiting" | "deleted";

/**
 * A question page or the check page going on without a connection (#20), with JavaScript
 * only: keeps the survey's pages on the device; without a connection keeps answers on the
 * device and moves on to the next kept page; sends them when the connection is back. Says so
 * in a polite live region, with "Delete my answers from this device". `questionId`: the
 * question page's; none on the check page, whose Send always goes through here, so a Send
 * cut short is sent again with the same key. `onKept`: the answers kept, for the check page.
 * Own words typed offline that may be a disclosure get the "talk to someone now" panel, as
 * the server gives it: on the next page, once (the check runs on the device).
 */
export function OfflineSurvey({
  survey,
  questionId,
  onKept,
}: {
  survey: Survey;
  questionId?: string;
  onKept?: (answers: DeviceAnswer[]) => void;
}) {
  const { t } = useTranslation("survey");
  const [notice, setNotice] = useState<Notice>("none");
  const [hasKept, setHasKept] = useState(false);
  // "Talk to someone now" after own words typed offline that may be a disclosure (#19).
  const [helpNow, setHelpNow] = useState(false);
  const keptChanged = useRef(onKept);
  keptChanged.current = onKept;

  useEffect(() => {
    let sending = false;
    const refresh = async () => {
      const kept = await keptAnswers(survey);
      const answers = kept?.answers ?? [];
      keptChanged.current?.(answers);
      setHasKept(answers.length > 0 || Boolean(kept?.send));
      setNotice((now) =>
        kept?.send
          ? "waiting"
          : answers.length
            ? "kept"
            : !navigator.onLine
              ? "offline"
              : now === "deleted"
                ? now
                : "none",
      );
      return kept;
    };
    const send = async () => {
      if (!navigator.onLine) return void (await refresh());
      if (sending) return;
      sending = true;
      try {
        const sent = await sendKeptAnswers(survey);
        if (sent && "href" in sent) return window.location.assign(sent.href);
        // The check page lists what the draft holds: now it holds the kept answers too.
        if (sent && !questionId) return window.location.reload();
      } catch {
        // Still no connection: what was kept stays kept, and is sent when it is back.
      } finally {
        sending = false;
        await refresh();
      }
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement;
      if (form.method !== "post") return;
      const pressSend = !questionId && form.querySelector("input[name=submission]");
      if (!pressSend && (navigator.onLine || !questionId)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (pressSend) return void keepSendPressed(survey).then(send);
      const intent = (event.submitter as HTMLButtonElement | null)?.value;
      const answer = answerOfForm(questionId!, form, event.submitter);
      // Own words are checked here as the server would check them, and the panel shown next.
      const words = intent === "skip" ? "" : (answer.shown[0] ?? "");
      const typed = form.querySelector("textarea[name=answer]") ? words : "";
      void keepAnswer(survey, answer).then(async () => {
        const flagged = await mayBeDisclosure(typed);
        // "Save and come back later" needs the server for its code: the answer is kept, here.
        if (intent === "save" || intent === "delete-recording") {
          if (flagged) setHelpNow(true);
          return refresh();
        }
        if (flagged) await markHelpDue(survey);
        window.location.assign(nextPage(survey));
      });
    };
    window.addEventListener("submit", onSubmit, true);
    window.addEventListener("online", send);
    window.addEventListener("offline", refresh);
    void takeHelpDue(survey).then(
      (due) => due && setHelpNow(true),
      () => {},
    );
    void refresh().then((kept) => {
      const form = document.querySelector<HTMLFormElement>("form[method=post]");
      const answer = kept?.answers.find((a) => a.questionId === questionId);
      if (form && answer) showKeptAnswer(form, answer);
      return send();
    });
    if (navigator.onLine)
      keepSurveyPages(survey).then(
        (kept) => {
          if (kept) document.documentElement.dataset.offlineReady = "true";
        },
        () => {},
      );
    return () => {
      window.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("online", send);
      window.removeEventListener("offline", refresh);
    };
  }, [survey, questionId]);

  const forget = async () => {
    await forgetKeptAnswers(survey);
    document.querySelector<HTMLFormElement>("form[method=post]")?.reset();
    onKept?.([]);
    setHasKept(false);
    setNotice("deleted");
  };

  const easy = survey.easy;
  const offline = notice === "offline" || (notice === "kept" && !navigator.onLine);
  return (
    <div className="offline-notice">
      <div role="status" aria-live="polite">
        {helpNow ? <HelpNowPanel helpline={survey.helpline} easy={easy} /> : null}
        {notice === "none" ? null : (
          <div className="panel">
            {offline ? (
              <p>{t(easy ? "offline.noConnectionEasy" : "offline.noConnection")}</p>
            ) : null}
            <p>
              {notice === "deleted"
                ? t(easy ? "offline.deletedEasy" : "offline.deleted")
                : notice === "waiting"
                  ? t(easy ? "offline.waitingEasy" : "offline.waiting")
                  : t(easy ? "offline.keptEasy" : "offline.kept")}
            </p>
          </div>
        )}
      </div>
      {hasKept ? (
        <div className="button-group">
          <Button type="button" variant="secondary" onClick={() => void forget()}>
            {t("offline.delete")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The page after this question's, as the server would have sent the person on to. */
function nextPage(survey: Survey): string {
  const check = survey.pages.at(-1)!;
  if (new URLSearchParams(window.location.search).get("return") === "check") return check;
  return survey.pages[survey.pages.indexOf(window.location.pathname) + 1] ?? check;
}

/**
 * The done page: nothing of the survey is kept on the device any more, and "someone else will
 * use this device next" clears what any survey link kept before the page is sent.
 */
export function useForgetOnDevice(token: string | undefined) {
  useEffect(() => {
    if (token) void forgetSurveyOnDevice(token).catch(() => {});
  }, [token]);
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void forgetSurveyOnDevice()
      .catch(() => {})
      .finally(() => form.submit());
  };
}

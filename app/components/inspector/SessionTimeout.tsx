import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** How long before the end the warning shows: time to read it and act (WCAG 2.2.1). */
const warnBeforeMs = 2 * 60_000;
/** Typing or listening renews the session at most this often. */
const renewEveryMs = 60_000;

/**
 * WCAG 2.2.1 for inspectors' sessions, which end after `idleMs` with nothing done. Typing,
 * clicking and listening to a recording count as something done: they renew the session
 * (POST /session) at most once a minute. Two minutes before the end, a dialog says when the
 * session will end and offers to stay signed in (Escape does the same). Once ended, it says
 * so: what is typed stays on the page, and sending it keeps it through sign-in.
 * Times are measured on this device from when the server last renewed the session, so a
 * device whose clock is wrong still warns on time.
 */
export function SessionTimeout({ idleMs, renewedBy }: { idleMs: number; renewedBy: unknown }) {
  const { t, i18n } = useTranslation("inspector");
  const location = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const renewedAt = useRef(Date.now());
  /** When this page last asked the server, whatever it answered: asks at most once a minute. */
  const askedAt = useRef(0);
  const [state, setState] = useState<"quiet" | "warning" | "ended">("quiet");
  const [status, setStatus] = useState("");

  // Every page or form the server answered renewed the session.
  useEffect(() => {
    renewedAt.current = Date.now();
    setState("quiet");
  }, [renewedBy]);

  /**
   * Asks the server to renew the session. The clock moves only when it did; a session the
   * server has ended (signed out in another tab, a password reset) shows as ended.
   */
  const renew = useCallback(async (): Promise<"renewed" | "ended" | "unreachable"> => {
    askedAt.current = Date.now();
    try {
      const response = await fetch("/session", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "",
        // An ended session is sent to sign-in: that redirect means "ended", not "renewed".
        redirect: "manual",
      });
      if (!response.ok) {
        setState("ended");
        return "ended";
      }
      renewedAt.current = Date.now();
      setState("quiet");
      return "renewed";
    } catch {
      return "unreachable";
    }
  }, []);

  // Something done on the page: renew once a minute at most, while still signed in.
  useEffect(() => {
    const onActivity = () => {
      const now = Date.now();
      if (state === "ended" || now - renewedAt.current < renewEveryMs) return;
      if (now - askedAt.current < renewEveryMs) return;
      void renew();
    };
    const events = ["keydown", "input", "pointerdown", "play", "seeked"];
    for (const name of events) document.addEventListener(name, onActivity, true);
    return () => {
      for (const name of events) document.removeEventListener(name, onActivity, true);
    };
  }, [renew, state]);

  // The clock: check every few seconds how long is left. At the end, the server decides:
  // another tab may have kept the session going.
  useEffect(() => {
    const tick = () => {
      const left = renewedAt.current + idleMs - Date.now();
      if (left <= 0) {
        if (Date.now() - askedAt.current >= renewEveryMs)
          void renew().then((answer) => {
            if (answer === "unreachable") setState("ended");
          });
        return;
      }
      setState((current) =>
        left <= warnBeforeMs ? (current === "quiet" ? "warning" : current) : "quiet",
      );
    };
    tick();
    const timer = window.setInterval(tick, 5_000);
    return () => window.clearInterval(timer);
  }, [idleMs, renew]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (state !== "quiet" && !element.open) element.showModal();
    if (state === "quiet" && element.open) element.close();
  }, [state]);

  const stay = async () => {
    const answer = await renew();
    if (answer === "renewed") setStatus(t("session.extended"));
    else setState("ended");
  };

  // Only while the dialog shows: the server never renders it (no clock or time zone of its
  // own in the page, so nothing differs when the page comes to life).
  const endsAt =
    state === "quiet"
      ? ""
      : new Intl.DateTimeFormat(i18n.language, { hour: "numeric", minute: "2-digit" }).format(
          new Date(renewedAt.current + idleMs),
        );
  const signIn = `/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}&reason=idle`;

  return (
    <>
      {status ? (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      ) : null}
      <dialog
        ref={dialog}
        className="session-dialog"
        aria-labelledby="session-dialog-title"
        aria-describedby="session-dialog-text"
        onCancel={(event) => {
          // Escape is "stay signed in", as in the GOV.UK time-out pattern.
          event.preventDefault();
          if (state === "warning") void stay();
          else dialog.current?.close();
        }}
      >
        {state === "quiet" ? null : state === "ended" ? (
          <>
            <h2 id="session-dialog-title">{t("session.endedTitle")}</h2>
            <p id="session-dialog-text">{t("session.ended")}</p>
            <p className="session-dialog__actions">
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the warning it replaces had focus */}
              <a className="button button--primary" href={signIn} autoFocus>
                {t("session.signIn")}
              </a>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => dialog.current?.close()}
              >
                {t("session.stayOnPage")}
              </button>
            </p>
          </>
        ) : (
          <>
            <h2 id="session-dialog-title">{t("session.warningTitle")}</h2>
            <p id="session-dialog-text">{t("session.warning", { time: endsAt })}</p>
            <form method="post" action="/sign-out" className="session-dialog__actions">
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog's main action */}
              <button type="button" className="button button--primary" autoFocus onClick={stay}>
                {t("session.stay")}
              </button>
              <button type="submit" className="button button--secondary">
                {t("nav.signOut")}
              </button>
            </form>
          </>
        )}
      </dialog>
    </>
  );
}

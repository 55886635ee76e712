import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * The start page of a school session (#20) after a child's Send: their answers went, and
 * everything of them on this tablet was cleared (the server's Clear-Site-Data and expired
 * cookies; with JavaScript, the offline store, kept pages and service worker of every survey
 * link too). Says so, and where to talk to someone, then the start page is ready for the
 * next child. Announced politely, as the page's first words.
 */
export function SchoolSessionSent({ helpline }: { helpline: "childline" | "nspcc" }) {
  const { t } = useTranslation("survey");
  return (
    <div className="confirmation" role="status">
      <p>{t("start.school.sent")}</p>
      <p>{t(helpline === "childline" ? "done.childline" : "done.nspcc")}</p>
      <p>{t("start.school.next")}</p>
    </div>
  );
}

/** With JavaScript, after a clearing: what any survey link kept on the device goes too. */
export function useClearedDevice(cleared: boolean) {
  useEffect(() => {
    if (!cleared) return;
    // Loaded only here: the start page's own script stays as small as it was.
    void import("~/offline/device-store")
      .then(({ forgetSurveyOnDevice }) => forgetSurveyOnDevice())
      .catch(() => {});
  }, [cleared]);
}

/** The school session travels with Start (a form field, the same for every child). */
export function SchoolSessionField({ school }: { school: boolean }) {
  return school ? <input type="hidden" name="session" value="school" /> : null;
}

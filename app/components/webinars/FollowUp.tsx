import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TextField } from "~/components/ui";

/** The follow-up as its page shows it: not possible (cancelled, not ended), sent, or ready. */
export interface FollowUpView {
  cancelled: boolean;
  ended: boolean;
  came: number;
  sent: { when: string; sentTo: number; notesUrl: string | null } | null;
}

/** A row of the page's facts: a label and its figure, so no sentence has to count. */
function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value break">{value}</dd>
    </div>
  );
}

/**
 * After the webinar: who came, then one form that sends the feedback form (and the notes link,
 * if added) to them, once. Before it ends, or with nobody ticked, it says what to do first.
 */
export function FollowUp({
  view,
  webinarHref,
  error,
  typed,
}: {
  view: FollowUpView;
  webinarHref: string;
  error?: string;
  typed?: string;
}) {
  const { t } = useTranslation("inspector");
  if (view.sent)
    return (
      <>
        <p className="panel" role="status">
          {t("webinars.followUp.sent", { when: view.sent.when })}
        </p>
        <dl className="summary-list">
          <Fact label={t("webinars.followUp.sentTo")} value={String(view.sent.sentTo)} />
          <Fact
            label={t("webinars.followUp.notesUrl")}
            value={view.sent.notesUrl ?? t("webinars.followUp.noNotes")}
          />
        </dl>
      </>
    );
  if (view.cancelled) return <p className="panel">{t("webinars.followUp.cancelled")}</p>;
  if (!view.ended) return <p>{t("webinars.followUp.notEnded")}</p>;
  return (
    <>
      <dl className="summary-list">
        <Fact label={t("webinars.followUp.came")} value={String(view.came)} />
      </dl>
      {view.came === 0 ? (
        <p>
          {t("webinars.followUp.nobodyCame")}{" "}
          <a href={webinarHref}>{t("webinars.followUp.back")}</a>
        </p>
      ) : (
        <Form method="post" noValidate>
          <TextField
            id="notesUrl"
            name="notesUrl"
            label={t("webinars.followUp.notesUrlOptional")}
            hint={t("webinars.followUp.notesUrlHint")}
            spellCheck={false}
            error={error}
            defaultValue={typed}
          />
          <Button name="intent" value="send">
            {t("webinars.followUp.send")}
          </Button>
        </Form>
      )}
    </>
  );
}

/** The webinar page's way to its follow-up. */
export function FollowUpLink({ href }: { href: string }) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <h2>{t("webinars.followUp.title")}</h2>
      <p className="hint">{t("webinars.followUp.summary")}</p>
      <p>
        <a href={href}>{t("webinars.followUp.link")}</a>
      </p>
    </>
  );
}

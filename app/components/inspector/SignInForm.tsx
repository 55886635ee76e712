import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Button, TextField } from "~/components/ui";
import type { KeptSubmission } from "~/auth/kept-submission";
import { typedValues } from "~/auth/kept-submission";

/**
 * Email and password, posted to /sign-in. With `kept`, what a person sent after their session
 * ended rides along (hidden), and what they typed is shown, so nothing is lost.
 */
export function SignInForm({
  returnTo,
  email,
  errors = {},
  kept,
}: {
  returnTo: string;
  email?: string;
  errors?: Record<string, string | undefined>;
  kept?: KeptSubmission;
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      {kept ? <KeptWords kept={kept} /> : null}
      {/* With a kept form, a whole-page post: a client-side one would reload the sign-in
          page's data with the new session, which sends it on and loses the kept form. */}
      <Form method="post" action="/sign-in" noValidate reloadDocument={Boolean(kept)}>
        <input type="hidden" name="returnTo" value={returnTo} />
        {kept ? <input type="hidden" name="kept" value={JSON.stringify(kept)} /> : null}
        <TextField
          id="email"
          name="email"
          type="email"
          label={t("signIn.email")}
          autoComplete="username"
          spellCheck={false}
          defaultValue={email}
          error={errors.email}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t("signIn.password")}
          autoComplete="current-password"
          error={errors.password}
          width="medium"
        />
        <Button>{t("signIn.button")}</Button>
      </Form>
    </>
  );
}

/** The page after signing in again with a kept form. */
export function ResubmitKept({ kept }: { kept: KeptSubmission }) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <PageTitle title={t("signIn.resubmit.title")} />
      <h1 className="page-heading">{t("signIn.resubmit.title")}</h1>
      <SendKeptSubmission kept={kept} />
    </>
  );
}

/** After signing in again: the kept form, sent to where it was going with one press. */
export function SendKeptSubmission({ kept }: { kept: KeptSubmission }) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <p>{t("signIn.resubmit.intro")}</p>
      <KeptWords kept={kept} />
      <Form method="post" action={kept.action} reloadDocument>
        {kept.fields.map(([name, value], i) => (
          <input type="hidden" name={name} value={value} key={i} />
        ))}
        <Button>{t("signIn.resubmit.button")}</Button>
      </Form>
      <p>
        <a href={kept.action}>{t("signIn.resubmit.leave")}</a>
      </p>
    </>
  );
}

/** What the person typed in a kept form, and whether a file could not be kept. */
function KeptWords({ kept }: { kept: KeptSubmission }) {
  const { t } = useTranslation("inspector");
  const typed = typedValues(kept);
  if (!typed.length && !kept.droppedFiles) return null;
  return (
    <div className="panel">
      {typed.length ? <h2 className="kept__title">{t("signIn.kept.typed")}</h2> : null}
      {typed.map((value, i) => (
        <p className="kept__text" key={i}>
          {value}
        </p>
      ))}
      {kept.droppedFiles ? <p>{t("signIn.kept.file")}</p> : null}
    </div>
  );
}

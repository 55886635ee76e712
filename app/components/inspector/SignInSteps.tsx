import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button } from "~/components/ui";
import type { KeptSubmission } from "~/auth/kept-submission";
import { SendKeptSubmission } from "./SignInForm";
import { CodeField, RecoveryCodeField, RecoveryCodeList, SetUpTwoFactor } from "./TwoFactor";
import type { SetUpKey } from "./TwoFactor";

type View = { step: "code"; recovery: boolean } | { step: "setup"; setUp: SetUpKey };

/**
 * Sign-in's second step: a code from the app, or a recovery code, or setting two-step sign-in
 * up when the account must use it. Posted to /sign-in with where to go next and any kept form.
 */
export function SecondStep({
  view,
  returnTo,
  kept,
  error,
}: {
  view: View;
  returnTo: string;
  kept?: KeptSubmission;
  error?: string;
}) {
  const { t } = useTranslation("inspector");
  const recovery = view.step === "code" && view.recovery;
  const title = t(
    view.step === "setup"
      ? "twoFactor.setUpTitle"
      : recovery
        ? "signIn.second.recoveryTitle"
        : "signIn.second.title",
  );
  const problems = error ? [{ fieldId: "code", message: error }] : [];
  return (
    <>
      <PageTitle title={title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{title}</h1>
      <p>
        {t(
          view.step === "setup"
            ? "signIn.second.setUpIntro"
            : recovery
              ? "signIn.second.recoveryIntro"
              : "signIn.second.intro",
        )}
      </p>
      {/* A whole-page post: the next page (recovery codes, or a kept form) is this answer. */}
      <Form method="post" action="/sign-in" noValidate reloadDocument>
        <input type="hidden" name="step" value={view.step} />
        <input type="hidden" name="returnTo" value={returnTo} />
        {recovery ? <input type="hidden" name="use" value="recovery" /> : null}
        {kept ? <input type="hidden" name="kept" value={JSON.stringify(kept)} /> : null}
        {view.step === "setup" ? (
          <SetUpTwoFactor setUp={view.setUp} error={error} />
        ) : recovery ? (
          <RecoveryCodeField error={error} />
        ) : (
          <CodeField error={error} />
        )}
        <div className="button-group">
          <Button>
            {t(view.step === "setup" ? "twoFactor.turnOnButton" : "signIn.second.button")}
          </Button>
          {view.step === "code" ? (
            <Button name="show" value={recovery ? "app" : "recovery"} variant="link">
              {t(recovery ? "signIn.second.useApp" : "signIn.second.useRecovery")}
            </Button>
          ) : null}
          <Button name="cancel" value="1" variant="link">
            {t("signIn.second.cancel")}
          </Button>
        </div>
      </Form>
    </>
  );
}

/** Two-step sign-in set up during sign-in: the recovery codes, once, then on. */
export function RecoveryCodesShown({
  codes,
  returnTo,
  resubmit,
}: {
  codes: string[];
  returnTo: string;
  resubmit?: KeptSubmission;
}) {
  const { t } = useTranslation("inspector");
  const title = t("twoFactor.onTitle");
  return (
    <>
      <PageTitle title={title} />
      <h1 className="page-heading">{title}</h1>
      <RecoveryCodeList codes={codes} />
      {resubmit ? (
        <SendKeptSubmission kept={resubmit} />
      ) : (
        <p>
          <a href={returnTo} className="button button--primary">
            {t("twoFactor.continue")}
          </a>
        </p>
      )}
    </>
  );
}

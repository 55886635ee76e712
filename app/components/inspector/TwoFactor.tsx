import { useTranslation } from "react-i18next";
import { TextField } from "~/components/ui";

/** The set-up's key and QR code (app/auth/two-factor.server.ts, beginSetUp). */
export interface SetUpKey {
  key: string;
  qrSrc: string;
}

/**
 * How to add SEND Voice to an authenticator app: scan the QR code, or type the key, then
 * type the code the app shows. The caller's form holds this and its button.
 */
export function SetUpTwoFactor({ setUp, error }: { setUp: SetUpKey; error?: string }) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <ol className="steps">
        <li>{t("twoFactor.stepApp")}</li>
        <li>
          {t("twoFactor.stepScan")}
          <div className="two-factor__qr">
            <img src={setUp.qrSrc} alt={t("twoFactor.qrAlt")} width={200} height={200} />
          </div>
        </li>
        <li>
          {t("twoFactor.stepKey")}
          <p className="two-factor__key" lang="en" dir="ltr">
            <code>{setUp.key}</code>
          </p>
        </li>
        <li>{t("twoFactor.stepCode")}</li>
      </ol>
      <CodeField error={error} />
    </>
  );
}

/** The 6-digit code from the app: numbers, and the browser may offer a code it was sent. */
export function CodeField({ error }: { error?: string }) {
  const { t } = useTranslation("inspector");
  return (
    <TextField
      id="code"
      name="code"
      label={t("twoFactor.code.label")}
      hint={t("twoFactor.code.hint")}
      error={error}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      width="short"
    />
  );
}

/** A recovery code: letters and numbers, so not a number pad. */
export function RecoveryCodeField({ error }: { error?: string }) {
  const { t } = useTranslation("inspector");
  return (
    <TextField
      id="code"
      name="recoveryCode"
      label={t("twoFactor.recovery.label")}
      hint={t("twoFactor.recovery.hint")}
      error={error}
      autoComplete="off"
      spellCheck={false}
      width="medium"
    />
  );
}

/** The recovery codes, shown once, right after two-step sign-in is turned on. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const { t } = useTranslation("inspector");
  return (
    <div className="panel" role="status">
      <h2>{t("twoFactor.codes.title")}</h2>
      <p>{t("twoFactor.codes.intro")}</p>
      <ul className="recovery-codes" lang="en" dir="ltr" aria-label={t("twoFactor.codes.title")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Whether two-step sign-in is on, and the way to set it up or turn it off. */
export function TwoFactorSection({
  state,
}: {
  state: { on: boolean; required: boolean; exempt: boolean };
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <h2>{t("account.twoFactor.heading")}</h2>
      {state.exempt ? (
        <p>{t("account.twoFactor.exempt")}</p>
      ) : state.on ? (
        <>
          <p>{t("account.twoFactor.on")}</p>
          {state.required ? (
            <p>{t("account.twoFactor.required")}</p>
          ) : (
            <p>
              <a href="/account/two-factor">{t("twoFactor.offTitle")}</a>
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t("account.twoFactor.off")}</p>
          <p>
            <a href="/account/two-factor" className="button button--primary">
              {t("twoFactor.setUpTitle")}
            </a>
          </p>
        </>
      )}
    </>
  );
}

import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import { choiceField, textField } from "~/platform/form-fields";
import type { CodeCheck } from "./two-factor.server";
import { turnOff, turnOn, twoFactorState } from "./two-factor.server";

type Invalid = {
  kind: "invalid";
  status: number;
  /** Seconds until codes may be tried again, for Retry-After (429 only). */
  retryAfterSeconds?: number;
  body: { errors: Record<string, string>; recovery: boolean };
};

/**
 * A post from "Two-step sign-in" on the account page: turn it on with a code from the app, or
 * off with the password and a code (from the app, or a recovery code; `show` switches which).
 */
export async function twoFactorAction(
  db: Database,
  userId: string,
  form: FormData,
  t: TFunction,
  { clientKey, now = new Date() }: { clientKey?: string; now?: Date } = {},
): Promise<
  Invalid | { kind: "on"; recoveryCodes: string[] } | { kind: "off"; signedInAt: number }
> {
  const text = (name: string) => textField(form, name, 1000);
  const show = choiceField(form, "show", ["app", "recovery"]);
  const recovery = show ? show === "recovery" : text("use") === "recovery";
  const invalid = (
    errors: Record<string, string>,
    status = 400,
    retryAfterSeconds?: number,
  ): Invalid => ({ kind: "invalid", status, retryAfterSeconds, body: { errors, recovery } });
  const codeError = (checked: Extract<CodeCheck, { ok: false }>, usedRecovery: boolean) =>
    checked.reason === "rate_limited"
      ? invalid(
          {
            code: t("signIn.rateLimited", {
              count: Math.ceil((checked.retryAfterSeconds ?? 60) / 60),
            }),
          },
          429,
          checked.retryAfterSeconds ?? 60,
        )
      : invalid({ code: t(usedRecovery ? "twoFactor.recovery.wrong" : "twoFactor.code.wrong") });
  const state = await twoFactorState(db, userId);
  const intent = text("intent");
  if (intent === "turnOn" && !state.on && !state.exempt) {
    const code = text("code").trim();
    if (!code) return invalid({ code: t("twoFactor.code.required") });
    const turned = await turnOn(db, userId, code, { now, clientKey });
    if (!turned.ok) return codeError(turned, false);
    return { kind: "on", recoveryCodes: turned.recoveryCodes };
  }
  if (intent === "turnOff" && state.on && !state.required) {
    if (show) return invalid({}, 200);
    const password = text("password");
    const code = text(recovery ? "recoveryCode" : "code").trim();
    const errors: Record<string, string> = {};
    if (!password) errors.password = t("signIn.passwordRequired");
    if (!code)
      errors.code = t(recovery ? "twoFactor.recovery.required" : "twoFactor.code.required");
    if (Object.keys(errors).length) return invalid(errors);
    const turned = await turnOff(
      db,
      userId,
      { password, code: recovery ? { recovery: code } : { app: code } },
      { now, clientKey },
    );
    if (turned.ok) return { kind: "off", signedInAt: turned.signedInAt };
    if (turned.reason === "password")
      return invalid({ password: t("account.password.errors.currentWrong") });
    if (turned.reason === "required") return invalid({ code: t("account.twoFactor.required") });
    return codeError(turned, recovery);
  }
  // A form from an old page (already on, already off, or not allowed): nothing to do.
  return invalid({ code: t("twoFactor.stale") }, 409);
}

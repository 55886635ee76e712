import { data, redirect } from "@remix-run/node";
import type { TFunction } from "i18next";
import { z } from "zod";
import type { Database } from "~db/client.server";
import { choiceField, fieldErrors, textField } from "~/platform/form-fields";
import { signIn } from "./sign-in.server";
import { audit } from "./audit.server";
import type { KeptSubmission } from "./kept-submission";
import {
  endPendingSignIn,
  readPendingSignIn,
  startPendingSignIn,
  startSession,
} from "./session.server";
import { beginSetUp, checkCode, turnOn } from "./two-factor.server";
import type { CodeCheck, TwoFactorSetUp } from "./two-factor.server";

/*
 * The sign-in page's second step (#16): after a right password, a code from the app (or a
 * recovery code), or setting two-step sign-in up first when the account must use it. All on
 * /sign-in, so it works without JavaScript and a form kept from an ended session rides along.
 */

export type SecondStepView =
  | { step: "code"; recovery: boolean }
  | { step: "setup"; setUp: TwoFactorSetUp };

/** The second step a request is on, if its password was right a moment ago. */
export async function pendingStepView(
  db: Database,
  request: Request,
  recovery = false,
): Promise<SecondStepView | undefined> {
  const pending = await readPendingSignIn(db, request);
  if (!pending) return undefined;
  if (pending.step === "code") return { step: "code", recovery };
  const setUp = await beginSetUp(db, pending.userId);
  return setUp ? { step: "setup", setUp } : undefined;
}

/** After a right password: the second step, held in the page and a ten-minute cookie. */
export async function askSecondStep(
  db: Database,
  userId: string,
  step: "code" | "setup",
  carried: { returnTo: string; kept?: KeptSubmission },
) {
  const view: SecondStepView =
    step === "code" ? { step, recovery: false } : { step, setUp: (await beginSetUp(db, userId))! };
  return data(
    { ...carried, view },
    { headers: { "Set-Cookie": await startPendingSignIn(userId) } },
  );
}

/**
 * A fresh session (new id) for someone who has proved who they are, and where they go next.
 * After a second step the half-way cookie is cleared too.
 */
export async function finishSignIn(
  userId: string,
  carried: { returnTo: string; kept?: KeptSubmission },
  { afterSecondStep = false } = {},
) {
  const session = await startSession(userId);
  const headers: HeadersInit = afterSecondStep
    ? [
        ["Set-Cookie", session],
        ["Set-Cookie", await endPendingSignIn()],
      ]
    : { "Set-Cookie": session };
  // Signed in again with a form kept from before: offer to send it, rather than lose it;
  // only to the person whose it was (a shared computer: the next person does not send it).
  if (carried.kept?.userId === userId) return data({ resubmit: carried.kept }, { headers });
  return redirect(carried.returnTo, { headers });
}

const signInSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(320, "emailInvalid").email("emailInvalid"),
  password: z.string().min(1, "passwordRequired").max(1000, "invalid"),
});

/** When to try again, in the page's words and in Retry-After. */
const tooMany = (t: TFunction, retryAfterSeconds = 60) => ({
  message: t("signIn.rateLimited", { count: Math.ceil(retryAfterSeconds / 60) }),
  init: { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
});

/** The first step: email and password, then the second step or a session. */
export async function passwordStepAction(
  db: Database,
  form: FormData,
  t: TFunction,
  carried: { returnTo: string; kept?: KeptSubmission },
  clientKey?: string,
) {
  const { kept } = carried;
  const parsed = signInSchema.safeParse({
    // One more than each field's limit, so a longer one is refused rather than cut.
    email: textField(form, "email", 321),
    password: textField(form, "password", 1001),
  });
  const email = textField(form, "email", 320);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, "signIn", t);
    return data({ errors, email, kept }, { status: 400 });
  }
  const result = await signIn(db, parsed.data.email, parsed.data.password, new Date(), clientKey);
  if (!result.ok) {
    if (result.reason !== "rate_limited")
      return data({ errors: { email: t("signIn.invalid") }, email, kept }, { status: 400 });
    const wait = tooMany(t, result.retryAfterSeconds);
    return data({ errors: { email: wait.message }, email, kept }, wait.init);
  }
  if (result.secondStep) return askSecondStep(db, result.userId, result.secondStep, carried);
  return finishSignIn(result.userId, carried);
}

const codeMessage = (
  t: TFunction,
  checked: Extract<CodeCheck, { ok: false }>,
  recovery: boolean,
) =>
  checked.reason === "rate_limited"
    ? t("signIn.rateLimited", { count: Math.ceil((checked.retryAfterSeconds ?? 60) / 60) })
    : t(recovery ? "twoFactor.recovery.wrong" : "twoFactor.code.wrong");

/**
 * A post from the second step: a code (`step=code`), a set-up confirmed with a code
 * (`step=setup`), a switch between app and recovery code (`show`), or giving up (`cancel`).
 */
export async function secondStepAction(
  db: Database,
  request: Request,
  form: FormData,
  t: TFunction,
  carried: { returnTo: string; kept?: KeptSubmission },
  clientKey?: string,
) {
  const text = (name: string) => textField(form, name, 100);
  if (textField(form, "cancel", 1))
    return redirect("/sign-in", { headers: { "Set-Cookie": await endPendingSignIn() } });
  const pending = await readPendingSignIn(db, request);
  if (!pending)
    return data(
      { ...carried, errors: { email: t("signIn.expired") }, email: "" },
      { status: 400, headers: { "Set-Cookie": await endPendingSignIn() } },
    );
  if (pending.step === "code") {
    const show = choiceField(form, "show", ["app", "recovery"]);
    const recovery = show ? show === "recovery" : text("use") === "recovery";
    const view: SecondStepView = { step: "code", recovery };
    if (show) return data({ ...carried, view });
    const code = text(recovery ? "recoveryCode" : "code").trim();
    if (!code)
      return data(
        {
          ...carried,
          view,
          errors: { code: t(recovery ? "twoFactor.recovery.required" : "twoFactor.code.required") },
        },
        { status: 400 },
      );
    const checked = await checkCode(
      db,
      pending.userId,
      recovery ? { recovery: code } : { app: code },
      { clientKey },
    );
    if (!checked.ok)
      return data(
        { ...carried, view, errors: { code: codeMessage(t, checked, recovery) } },
        checked.reason === "rate_limited"
          ? tooMany(t, checked.retryAfterSeconds).init
          : { status: 400 },
      );
    await audit(db, {
      userId: pending.userId,
      action: "sign_in",
      detail: { with: checked.method },
    });
    return finishSignIn(pending.userId, carried, { afterSecondStep: true });
  }
  const setUp = (await beginSetUp(db, pending.userId))!;
  const view: SecondStepView = { step: "setup", setUp };
  const code = text("code").trim();
  if (!code)
    return data(
      { ...carried, view, errors: { code: t("twoFactor.code.required") } },
      { status: 400 },
    );
  const turnedOn = await turnOn(db, pending.userId, code, { clientKey });
  if (!turnedOn.ok)
    return data(
      { ...carried, view, errors: { code: codeMessage(t, turnedOn, false) } },
      turnedOn.reason === "rate_limited"
        ? tooMany(t, turnedOn.retryAfterSeconds).init
        : { status: 400 },
    );
  await audit(db, { userId: pending.userId, action: "sign_in", detail: { with: "setup" } });
  const headers: HeadersInit = [
    ["Set-Cookie", await startSession(pending.userId, turnedOn.signedInAt)],
    ["Set-Cookie", await endPendingSignIn()],
  ];
  // Shown once, here: the session has started, and "Continue" goes on (or sends a kept form).
  const resubmit = carried.kept?.userId === pending.userId ? carried.kept : undefined;
  return data(
    { returnTo: carried.returnTo, resubmit, recoveryCodes: turnedOn.recoveryCodes },
    { headers },
  );
}

import type { i18n as I18n, TOptions } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";

/*
 * One register per audience (issue #15). Children and young people are addressed informally,
 * parents, carers and practitioners formally. Words every audience reads (buttons, the start,
 * check, saved and done pages, recording and display strings) keep the adult wording under
 * their key; where a language addresses a child differently, the child's words are that key's
 * `_child` variant, i18next's own context: t("check.intro", { context: "child" }) finds
 * "check.intro_child" and falls back to "check.intro". English needs no variants.
 *
 * The context is never written at a call site. A route says whose page it is
 * (`handle.register`, as the survey layout does from its link's audience); the root layout
 * gives every component below an i18next whose t() adds the context, and a loader's t comes
 * from getFixedT(language, namespace, register) (loadSurvey does this for survey pages).
 */

/** The one register that has variants: a child's. Adults read the keys themselves. */
export type Register = "child";

/** The register a survey's audience is addressed in. */
export function registerOf(audience: string | undefined): Register | undefined {
  return audience === "child" ? "child" : undefined;
}

/** What a route declares in `handle.register`: its register, or a function of its loader data. */
export type RouteRegister = Register | ((data: unknown) => Register | undefined);

/** The register the deepest route that declares one asks for. */
export function pageRegister(
  matches: { handle?: unknown; data?: unknown }[],
): Register | undefined {
  let register: Register | undefined;
  for (const { handle, data } of matches) {
    const declared = (handle as { register?: RouteRegister } | undefined)?.register;
    if (declared) register = typeof declared === "function" ? declared(data) : declared;
  }
  return register;
}

const childInstances = new WeakMap<I18n, I18n>();

/** A translate function that gives every call the context, unless the call names its own. */
function withContext<T extends (key: string, options?: TOptions) => string>(
  i18n: I18n,
  translate: T,
  context: Register,
): T {
  return ((key: string, ...rest: unknown[]) => {
    const [options] = rest;
    // t(key, "default value", …) is i18next's shorthand; its own handler makes it options.
    const given =
      typeof options === "object" && options !== null
        ? (options as TOptions)
        : (i18n.options.overloadTranslationOptionHandler?.([key, ...rest] as string[]) ?? {});
    return translate(key, { context, ...given });
  }) as T;
}

/**
 * The same i18next (store, language, events: all shared, nothing copied) whose t() and
 * getFixedT() look for the register's variant first. Made once an instance. i18next binds its
 * methods to their instance, so the two that differ are wrapped, not inherited.
 */
export function withRegister(i18n: I18n, register: Register | undefined): I18n {
  if (!register) return i18n;
  let scoped = childInstances.get(i18n);
  if (!scoped) {
    scoped = Object.create(i18n) as I18n;
    scoped.t = withContext(
      i18n,
      i18n.t as (key: string, options?: TOptions) => string,
      register,
    ) as unknown as I18n["t"];
    scoped.getFixedT = ((...args: Parameters<I18n["getFixedT"]>) => {
      const fixed = i18n.getFixedT(...args) as unknown as (
        key: string,
        options?: TOptions,
      ) => string;
      // Trans reads the namespaces from the function.
      return Object.assign(withContext(i18n, fixed, register), { ns: args[1] });
    }) as unknown as I18n["getFixedT"];
    childInstances.set(i18n, scoped);
  }
  return scoped;
}

/** Everything below speaks in this register (see withRegister). */
export function RegisterProvider({
  register,
  children,
}: {
  register: Register | undefined;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  return <I18nextProvider i18n={withRegister(i18n, register)}>{children}</I18nextProvider>;
}

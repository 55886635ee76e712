import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The ids of a field's hint and error (`<id>-hint`, `<id>-error`), for aria-describedby. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  return (
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
  );
}

/** The words beside an invalid field: "Error:" is read out, the message is shown. */
export function FieldErrorText({ id, children }: { id?: string; children: ReactNode }) {
  const { t } = useTranslation("common");
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t("error.prefix")} </span>
      {children}
    </p>
  );
}

/** Wraps a control with its label, hint and error in the GOV.UK order. */
export function Field({
  invalid,
  children,
  className,
}: {
  invalid?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={["field", invalid ? "field--invalid" : "", className ?? ""].join(" ").trim()}>
      {children}
    </div>
  );
}

import type { ReactNode } from "react";
// Types only: nothing of react-aria reaches the page.
import type { TextFieldProps } from "~/components/ui/TextField";
import { useTextBeforeHydration } from "~/components/ui/before-hydration";
import { describedBy } from "~/components/ui/Field";
import { HintAndError } from "./ChoiceGroup";

type Shared = Pick<
  TextFieldProps,
  "id" | "label" | "hint" | "error" | "labelAsHeading" | "defaultValue"
>;

/** Label (the page's <h1> when it is the page's question), hint and error, then the control. */
function TextControl({
  id,
  label,
  hint,
  error,
  labelAsHeading,
  children,
}: Shared & { children: ReactNode }) {
  const labelElement = (
    <label htmlFor={id} className={labelAsHeading ? "label label--heading" : "label"}>
      {label}
    </label>
  );
  return (
    <div className={error ? "field field--invalid" : "field"}>
      {labelAsHeading ? <h1 className="page-heading">{labelElement}</h1> : labelElement}
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** What every text control says about itself to assistive technology. */
const described = ({ id, hint, error }: Shared) => ({
  id,
  "aria-describedby": describedBy(id, hint, error),
  "aria-invalid": error ? true : undefined,
});

/** A native text input. */
export function TextField({
  name,
  type = "text",
  width = "full",
  autoComplete,
  spellCheck,
  inputMode,
  maxLength,
  isRequired,
  ...shared
}: TextFieldProps) {
  // React would put the server's text back over what was typed before the script started.
  const initial = useTextBeforeHydration(shared.id, shared.defaultValue);
  return (
    <TextControl {...shared}>
      <input
        {...described(shared)}
        name={name}
        type={type}
        className={`input input--${width}`}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        maxLength={maxLength}
        required={isRequired}
        defaultValue={initial}
      />
    </TextControl>
  );
}

/** A native textarea. */
export function TextArea({
  name,
  rows = 6,
  spellCheck,
  maxLength,
  ...shared
}: Shared & Pick<TextFieldProps, "name" | "spellCheck" | "maxLength"> & { rows?: number }) {
  const initial = useTextBeforeHydration(shared.id, shared.defaultValue);
  return (
    <TextControl {...shared}>
      <textarea
        {...described(shared)}
        name={name}
        className="textarea"
        rows={rows}
        spellCheck={spellCheck}
        maxLength={maxLength}
        defaultValue={initial}
      />
    </TextControl>
  );
}

// Types only: nothing of react-aria reaches the page.
import type { TextFieldProps } from "../ui/TextField";
import { useTextBeforeHydration } from "../ui/before-hydration";
import { HintAndError, describedBy } from "./ChoiceGroup";

/** A native textarea with its label (the page's <h1> when it is the page's question). */
export function TextArea({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  labelAsHeading,
  rows = 6,
  spellCheck,
  maxLength,
}: Pick<
  TextFieldProps,
  | "id"
  | "name"
  | "label"
  | "hint"
  | "error"
  | "defaultValue"
  | "labelAsHeading"
  | "spellCheck"
  | "maxLength"
> & { rows?: number }) {
  // React would put the server's text back over what was typed before the script started.
  const initial = useTextBeforeHydration(id, defaultValue);
  const labelElement = (
    <label htmlFor={id} className={labelAsHeading ? "label label--heading" : "label"}>
      {label}
    </label>
  );
  return (
    <div className={error ? "field field--invalid" : "field"}>
      {labelAsHeading ? <h1 className="page-heading">{labelElement}</h1> : labelElement}
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        className="textarea"
        rows={rows}
        spellCheck={spellCheck}
        maxLength={maxLength}
        defaultValue={initial}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

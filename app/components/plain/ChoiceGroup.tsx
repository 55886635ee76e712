import type { ReactNode } from "react";
import { FieldErrorText, describedBy } from "~/components/ui/Field";
import { useChoicesBeforeHydration } from "~/components/ui/before-hydration";
import { OptionContent, choiceGroupClass } from "~/components/ui/choice-parts";
import type { ChoiceGroupBase } from "~/components/ui/choice-parts";

/** Hint, then error, in the GOV.UK order, with the ids `describedBy` names. */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <FieldErrorText id={`${id}-error`}>{error}</FieldErrorText> : null}
    </>
  );
}

/**
 * A fieldset of radios or checkboxes: the legend is the question (inside the page's <h1> when
 * it is the page's question), each answer a label around a visually hidden native input.
 * The id is the fieldset's, so an error summary link finds its first input.
 */
function ChoiceGroup({
  type,
  id,
  name,
  label,
  hint,
  error,
  options,
  labelAsHeading,
  appearance = "list",
  chosen,
}: ChoiceGroupBase & { type: "radio" | "checkbox"; chosen: string[] | undefined }) {
  const checked = useChoicesBeforeHydration(id, chosen);
  return (
    <fieldset
      id={id}
      className={choiceGroupClass(appearance, error)}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className={labelAsHeading ? "label label--legend-heading" : "label"}>
        {labelAsHeading ? <h1 className="page-heading">{label}</h1> : label}
      </legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="choices__items">
        {options.map((option) => (
          <label key={option.value} className={`choice choice--${type}`}>
            <input
              className="visually-hidden"
              type={type}
              name={name}
              value={option.value}
              defaultChecked={checked?.includes(option.value)}
            />
            <OptionContent option={option} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function RadioGroup({
  defaultValue,
  ...props
}: ChoiceGroupBase & { defaultValue?: string }) {
  return <ChoiceGroup {...props} type="radio" chosen={defaultValue ? [defaultValue] : undefined} />;
}

export function CheckboxGroup({
  defaultValue,
  ...props
}: ChoiceGroupBase & { defaultValue?: string[] }) {
  return <ChoiceGroup {...props} type="checkbox" chosen={defaultValue} />;
}

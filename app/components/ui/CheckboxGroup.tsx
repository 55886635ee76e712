import { Checkbox, CheckboxGroup as AriaCheckboxGroup } from "react-aria-components";
import { GroupHintAndError, GroupLabel } from "./RadioGroup";
import { OptionContent, choiceGroupClass } from "./choice-parts";
import type { ChoiceGroupBase } from "./choice-parts";
import { useChoicesBeforeHydration } from "./before-hydration";

export function CheckboxGroup({
  id,
  name,
  label,
  hint,
  error,
  options,
  labelAsHeading,
  appearance = "list",
  defaultValue,
}: ChoiceGroupBase & { defaultValue?: string[] }) {
  const ticked = useChoicesBeforeHydration(id, defaultValue);
  return (
    <AriaCheckboxGroup
      id={id}
      name={name}
      defaultValue={ticked}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className={choiceGroupClass(appearance, error)}
    >
      <GroupLabel label={label} labelAsHeading={labelAsHeading} />
      <GroupHintAndError hint={hint} error={error} />
      <div className="choices__items">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} className="choice choice--checkbox">
            <OptionContent option={option} />
          </Checkbox>
        ))}
      </div>
    </AriaCheckboxGroup>
  );
}

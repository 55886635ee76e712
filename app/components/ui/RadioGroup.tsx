import {
  FieldError,
  Label,
  Radio,
  RadioGroup as AriaRadioGroup,
  Text,
} from "react-aria-components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChoicesBeforeHydration } from "./before-hydration";
import { OptionContent, choiceGroupClass } from "./choice-parts";
import type { ChoiceGroupBase } from "./choice-parts";

export function GroupLabel({
  label,
  labelAsHeading,
}: {
  label: ReactNode;
  labelAsHeading?: boolean;
}) {
  const element = (
    <Label className={labelAsHeading ? "label label--heading" : "label"}>{label}</Label>
  );
  return labelAsHeading ? <h1 className="page-heading">{element}</h1> : element;
}

export function GroupHintAndError({ hint, error }: { hint?: ReactNode; error?: string }) {
  const { t } = useTranslation("common");
  return (
    <>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field-error">
        <span className="visually-hidden">{t("error.prefix")} </span>
        {error}
      </FieldError>
    </>
  );
}

export function RadioGroup({
  id,
  name,
  label,
  hint,
  error,
  options,
  labelAsHeading,
  appearance = "list",
  defaultValue,
}: ChoiceGroupBase & { defaultValue?: string }) {
  const chosen = useChoicesBeforeHydration(id, defaultValue ? [defaultValue] : undefined);
  return (
    <AriaRadioGroup
      id={id}
      name={name}
      defaultValue={chosen?.[0]}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className={choiceGroupClass(appearance, error)}
    >
      <GroupLabel label={label} labelAsHeading={labelAsHeading} />
      <GroupHintAndError hint={hint} error={error} />
      <div className="choices__items">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="choice choice--radio">
            <OptionContent option={option} />
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  );
}

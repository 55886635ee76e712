import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
} from "react-aria-components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTextBeforeHydration } from "./before-hydration";

export interface TextFieldProps {
  /** The control's id, so an error summary can link straight to it. */
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  type?: "text" | "email" | "password" | "tel" | "search";
  autoComplete?: string;
  spellCheck?: boolean;
  inputMode?: "text" | "numeric" | "email" | "tel";
  maxLength?: number;
  width?: "short" | "medium" | "full";
  /** Labels that are the page's heading (one question a page). */
  labelAsHeading?: boolean;
  isRequired?: boolean;
}

function FieldParts({
  label,
  hint,
  error,
  labelAsHeading,
}: Pick<TextFieldProps, "label" | "hint" | "error" | "labelAsHeading">) {
  const { t } = useTranslation("common");
  const labelElement = (
    <Label className={labelAsHeading ? "label label--heading" : "label"}>{label}</Label>
  );
  return (
    <>
      {labelAsHeading ? <h1 className="page-heading">{labelElement}</h1> : labelElement}
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

export function TextField({
  id,
  error,
  width = "full",
  type = "text",
  inputMode,
  autoComplete,
  spellCheck,
  maxLength,
  ...props
}: TextFieldProps) {
  const initial = useTextBeforeHydration(id, props.defaultValue);
  return (
    <AriaTextField
      id={id}
      name={props.name}
      type={type}
      defaultValue={initial}
      isInvalid={Boolean(error)}
      isRequired={props.isRequired}
      validationBehavior="aria"
      autoComplete={autoComplete}
      maxLength={maxLength}
      inputMode={inputMode}
      className={error ? "field field--invalid" : "field"}
    >
      <FieldParts
        label={props.label}
        hint={props.hint}
        error={error}
        labelAsHeading={props.labelAsHeading}
      />
      <Input className={`input input--${width}`} spellCheck={spellCheck} />
    </AriaTextField>
  );
}

export function TextArea({
  id,
  error,
  maxLength,
  spellCheck,
  rows = 6,
  ...props
}: TextFieldProps & { rows?: number }) {
  const initial = useTextBeforeHydration(id, props.defaultValue);
  return (
    <AriaTextField
      id={id}
      name={props.name}
      defaultValue={initial}
      isInvalid={Boolean(error)}
      isRequired={props.isRequired}
      validationBehavior="aria"
      maxLength={maxLength}
      className={error ? "field field--invalid" : "field"}
    >
      <FieldParts
        label={props.label}
        hint={props.hint}
        error={error}
        labelAsHeading={props.labelAsHeading}
      />
      <AriaTextArea className="textarea" rows={rows} spellCheck={spellCheck} />
    </AriaTextField>
  );
}

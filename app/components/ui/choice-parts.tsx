import type { ReactNode } from "react";

/** One answer of a radio or checkbox group, in either family of controls (ui or plain). */
export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A picture shown beside the words (easy-read answer cards). */
  picture?: ReactNode;
}

export interface ChoiceGroupBase {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  labelAsHeading?: boolean;
  /** Big picture cards for easy-read, or a plain list. */
  appearance?: "list" | "cards";
}

/** What a choice shows beside its (visually hidden) input: marker, picture, words. */
export function OptionContent({ option }: { option: ChoiceOption }) {
  return (
    <>
      <span className="choice__marker" aria-hidden="true" />
      {option.picture ? <span className="choice__picture">{option.picture}</span> : null}
      <span className="choice__text">
        <span className="choice__label">{option.label}</span>
        {option.hint ? <span className="choice__hint">{option.hint}</span> : null}
      </span>
    </>
  );
}

export const choiceGroupClass = (appearance: string, error?: string) =>
  `field choices choices--${appearance}${error ? " field--invalid" : ""}`;

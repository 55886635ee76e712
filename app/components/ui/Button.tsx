import { Button as AriaButton } from "react-aria-components";
import type { ButtonProps as AriaButtonProps } from "react-aria-components";

interface ButtonProps extends Omit<AriaButtonProps, "className"> {
  variant?: "primary" | "secondary" | "warning" | "link";
  /** Posted with the form, so a page can tell which button was pressed without JavaScript. */
  name?: string;
  value?: string;
}

export function Button({ variant = "primary", type = "submit", ...props }: ButtonProps) {
  return <AriaButton {...props} type={type} className={`button button--${variant}`} />;
}

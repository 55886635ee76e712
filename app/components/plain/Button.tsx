import type { ButtonHTMLAttributes } from "react";

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className"> {
  variant?: "primary" | "secondary" | "warning" | "link";
}

/** A native button; `name` and `value` are posted with the form, so no JavaScript is needed. */
export function Button({ variant = "primary", type = "submit", ...props }: ButtonProps) {
  return <button {...props} type={type} className={`button button--${variant}`} />;
}

import type { ReactNode } from "react";

/**
 * One filter of a GET form (summary, comments): its label above its select, kept together
 * however the row of filters wraps. The options are the select's children.
 */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  children,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  children: ReactNode;
}) {
  return (
    <div className="filters__field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className="select">
        {children}
      </select>
    </div>
  );
}

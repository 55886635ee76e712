import type { ReactNode } from "react";
import { TableScroll } from "./TableScroll";

/** A column's heading: its words, and whether it holds figures (set right, as figures are). */
export type TableColumn = string | { label: ReactNode; numeric?: boolean };

/**
 * A table of rows under one row of column headings, in a box that scrolls sideways on a
 * narrow screen (TableScroll). Its words name the box and are the table's caption, shown
 * or for screen readers only. A column given as `false` is left out (one only some people
 * see). The rows are the children: `<tr>` each, a row heading as `<th scope="row">`; totals
 * go in `footer`, rows too.
 */
export function Table({
  label,
  columns,
  children,
  footer,
  captionShown = false,
  captionId,
  className,
}: {
  label: string;
  columns: (TableColumn | false)[];
  children: ReactNode;
  footer?: ReactNode;
  captionShown?: boolean;
  captionId?: string;
  /** A modifier of the house style, e.g. "table--summary". */
  className?: string;
}) {
  return (
    <TableScroll label={label}>
      <table className={className ? `table ${className}` : "table"}>
        <caption id={captionId} className={captionShown ? undefined : "visually-hidden"}>
          {label}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => {
              if (column === false) return null;
              const { label: words, numeric } =
                typeof column === "string" ? { label: column, numeric: false } : column;
              return (
                <th key={index} scope="col" className={numeric ? "numeric" : undefined}>
                  {words}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </TableScroll>
  );
}

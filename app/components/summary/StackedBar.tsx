import { useTranslation } from "react-i18next";
import type { ShownCell } from "~/summary/suppression";

const fills = ["#00703c", "#b1b4b6", "#d4351c", "#ffffff"];
const hiddenFill = "#f3f2f1";

/**
 * A horizontal stacked bar of positive / neutral / negative / don't know; hidden figures
 * leave a grey gap rather than a guessable width. A picture of figures the table beside it
 * already gives, so assistive technology skips it (a row is not read twice); the key says
 * what its colours mean.
 */
export function StackedBar({ cells }: { cells: ShownCell[] }) {
  const shown = cells.map((cell) => (cell.suppressed ? 0 : cell.percent));
  const hidden = Math.max(0, 100 - shown.reduce((a, b) => a + b, 0));
  let x = 0;
  return (
    <svg
      className="stacked-bar"
      viewBox="0 0 100 6"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {shown.map((width, i) => {
        const rect = (
          <rect
            key={i}
            x={x}
            y={0}
            width={width}
            height={6}
            fill={fills[i]}
            stroke="#0b0c0c"
            strokeWidth={width ? 0.2 : 0}
          />
        );
        x += width;
        return rect;
      })}
      {hidden > 0 ? (
        <rect
          x={x}
          y={0}
          width={hidden}
          height={6}
          fill={hiddenFill}
          stroke="#0b0c0c"
          strokeWidth={0.2}
          strokeDasharray="1 1"
        />
      ) : null}
    </svg>
  );
}

/** The key to the bars' colours, in words, once above the tables. */
export function StackedBarKey({ labels, hidden }: { labels: string[]; hidden: string }) {
  const { t } = useTranslation("inspector");
  const swatch = (fill: string, dashed = false) => (
    <svg className="bar-key__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect
        x={0.5}
        y={0.5}
        width={9}
        height={9}
        fill={fill}
        stroke="#0b0c0c"
        strokeWidth={1}
        strokeDasharray={dashed ? "2 1" : undefined}
      />
    </svg>
  );
  return (
    <div className="bar-key">
      <p className="bar-key__title">{t("summary.key")}</p>
      <ul className="bar-key__items">
        {labels.map((label, i) => (
          <li key={label}>
            {swatch(fills[i]!)} {label}
          </li>
        ))}
        <li>
          {swatch(hiddenFill, true)} {hidden}
        </li>
      </ul>
    </div>
  );
}

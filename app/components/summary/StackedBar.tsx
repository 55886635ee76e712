import type { ShownCell } from "~/summary/suppression";

const fills = ["#00703c", "#b1b4b6", "#d4351c", "#ffffff"];

/**
 * A horizontal stacked bar of positive / neutral / negative / don't know, with a text
 * alternative; hidden figures leave a grey gap rather than a guessable width.
 */
export function StackedBar({ label, cells }: { label: string; cells: ShownCell[] }) {
  const shown = cells.map((cell) => (cell.suppressed ? 0 : cell.percent));
  const hidden = Math.max(0, 100 - shown.reduce((a, b) => a + b, 0));
  let x = 0;
  return (
    <svg
      className="stacked-bar"
      viewBox="0 0 100 6"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
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
          fill="#f3f2f1"
          stroke="#0b0c0c"
          strokeWidth={0.2}
          strokeDasharray="1 1"
        />
      ) : null}
    </svg>
  );
}

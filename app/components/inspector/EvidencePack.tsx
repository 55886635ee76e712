import { TableScroll } from "~/components/ui";
import type { PackBlock } from "~/summary/evidence-pack";

/**
 * The evidence pack as a page to print on A4 (#18): the same blocks the Word document is made
 * of, as headings, paragraphs, lists, quotes and tables with header cells.
 */
export function EvidencePack({ blocks }: { blocks: PackBlock[] }) {
  return (
    <div className="evidence-pack">
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}

function Block({ block }: { block: PackBlock }) {
  switch (block.kind) {
    case "heading":
      if (block.level === 1) return <h1 className="page-heading">{block.text}</h1>;
      return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case "paragraph":
      return <p className={block.note ? "hint" : undefined}>{block.text}</p>;
    case "list":
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "quotes":
      return (
        <div className="quotes">
          <p>
            <strong>{block.label}</strong>
          </p>
          <ul className="comment-list">
            {block.items.map((item, i) => (
              <li key={i} className="comment">
                <blockquote className="comment__text" dir="auto">
                  {item}
                </blockquote>
              </li>
            ))}
          </ul>
        </div>
      );
    case "table":
      return (
        <TableScroll label={block.caption}>
          <table className="table table--pack">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.header.map((text, i) => (
                  <th scope="col" key={i}>
                    {text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th scope="row" key={c}>
                        <Lines cell={cell} />
                      </th>
                    ) : (
                      <td key={c}>
                        <Lines cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      );
    default: {
      const never: never = block;
      return never;
    }
  }
}

function Lines({ cell }: { cell: string | string[] }) {
  if (!Array.isArray(cell)) return <>{cell}</>;
  return (
    <>
      {cell.map((line, i) => (
        <span key={i} className="evidence-pack__line">
          {line}
        </span>
      ))}
    </>
  );
}

/*
 * The evidence pack (#18) as one list of blocks, already in words: the print view renders it
 * as HTML and the download as a Word document, so both carry exactly the same content.
 */

export type PackBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; note?: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "quotes"; label: string; items: string[] }
  | {
      kind: "table";
      caption: string;
      header: string[];
      /** Each row's first cell names it (a header cell); a cell of several lines is an array. */
      rows: (string | string[])[][];
    };

export interface EvidencePack {
  /** The page language, which the Word document declares too. */
  language: string;
  dir: "ltr" | "rtl";
  blocks: PackBlock[];
}

/** Every word of the pack, one block a line: what a reader of either form gets. */
export function packText(pack: EvidencePack): string {
  return pack.blocks
    .map((block) => {
      switch (block.kind) {
        case "heading":
        case "paragraph":
          return block.text;
        case "list":
          return block.items.join("\n");
        case "quotes":
          return [block.label, ...block.items].join("\n");
        case "table":
          return [
            block.caption,
            block.header.join("\t"),
            ...block.rows.map((r) => r.flat().join("\t")),
          ].join("\n");
        default: {
          const never: never = block;
          return never;
        }
      }
    })
    .join("\n");
}

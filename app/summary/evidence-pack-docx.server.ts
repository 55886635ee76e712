import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { EvidencePack, PackBlock } from "./evidence-pack";

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/**
 * The evidence pack as a Word document: Heading 1–3 styles, real tables whose first row is a
 * header row repeated on each page, quotes as indented paragraphs, the page language declared
 * (right to left where it reads so), on A4.
 */
export async function evidencePackDocx(pack: EvidencePack, title: string): Promise<Buffer> {
  const rtl = pack.dir === "rtl";
  const paragraph = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({
      bidirectional: rtl,
      children: [new TextRun({ text, rightToLeft: rtl, ...options })],
    });
  const children = pack.blocks.flatMap((block: PackBlock): (Paragraph | Table)[] => {
    switch (block.kind) {
      case "heading":
        return [
          new Paragraph({
            heading: headingLevels[block.level],
            bidirectional: rtl,
            children: [new TextRun({ text: block.text, rightToLeft: rtl })],
          }),
        ];
      case "paragraph":
        return [paragraph(block.text, { italics: block.note })];
      case "list":
        return block.items.map(
          (item) =>
            new Paragraph({
              bullet: { level: 0 },
              bidirectional: rtl,
              children: [new TextRun({ text: item, rightToLeft: rtl })],
            }),
        );
      case "quotes":
        return [
          paragraph(block.label, { bold: true }),
          ...block.items.map(
            (item) =>
              new Paragraph({
                indent: { start: 567 },
                bidirectional: rtl,
                children: [new TextRun({ text: `“${item}”`, rightToLeft: rtl })],
              }),
          ),
        ];
      case "table":
        return [
          paragraph(block.caption, { bold: true }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            visuallyRightToLeft: rtl,
            rows: [
              new TableRow({
                tableHeader: true,
                children: block.header.map((text) => cell(text, true, rtl)),
              }),
              ...block.rows.map(
                (row) =>
                  new TableRow({
                    cantSplit: true,
                    children: row.map((text, i) => cell(text, i === 0, rtl)),
                  }),
              ),
            ],
          }),
          new Paragraph({ children: [] }),
        ];
      default: {
        const never: never = block;
        return never;
      }
    }
  });
  const document = new Document({
    title,
    styles: {
      default: {
        document: {
          run: {
            language: rtl
              ? { value: pack.language, bidirectional: pack.language }
              : { value: pack.language },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A table cell of one or more lines; a header cell's words are bold. */
function cell(text: string | string[], header: boolean, rtl: boolean): TableCell {
  const lines = Array.isArray(text) ? text : [text];
  return new TableCell({
    children: lines.map(
      (line) =>
        new Paragraph({
          bidirectional: rtl,
          alignment: AlignmentType.START,
          children: [new TextRun({ text: line, bold: header, rightToLeft: rtl })],
        }),
    ),
  });
}

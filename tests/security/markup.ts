/* What the security tests look for in pages and spreadsheets. */
import { JSDOM } from "jsdom";

/** The directives of a Content-Security-Policy header, each with its sources. */
export function cspDirectives(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

// One window whose parser reads every page: much quicker than a JSDOM for each.
let parser: DOMParser | undefined;
function parse(html: string): Document {
  parser ??= new new JSDOM("").window.DOMParser();
  return parser.parseFromString(html, "text/html");
}

/**
 * The `nonce` of every `<script>` tag in a page's source, in order (undefined where missing).
 * Read from the source, not a parsed page: React escapes `<` in text and attributes, so every
 * `<script` there is a tag, and the comments page is too big to parse for every check.
 */
export function scriptNonces(html: string): (string | undefined)[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map(
    (tag) => /\snonce="([^"]*)"/.exec(tag[1]!)?.[1],
  );
}

const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"];

/**
 * Signs that text became markup: an event-handler attribute (`onerror=`, `onload=` …) on any
 * element, a link or form pointing at `javascript:` or `data:text/html`, or a payload that
 * contains `<` standing in the page's source unescaped.
 */
export function markupProblems(html: string, payloads: readonly string[]): string[] {
  const problems: string[] = [];
  for (const element of parse(html).querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on"))
        problems.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
      // Browsers ignore whitespace and control characters inside a scheme.
      const value = [...attribute.value]
        .filter((char) => char.trim() !== "" && char.charCodeAt(0) > 0x1f)
        .join("")
        .toLowerCase();
      if (
        urlAttributes.includes(name) &&
        (value.startsWith("javascript:") ||
          value.startsWith("vbscript:") ||
          value.startsWith("data:text/html"))
      )
        problems.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
    }
  }
  for (const payload of payloads)
    if (payload.includes("<") && html.includes(payload)) problems.push(`unescaped: ${payload}`);
  if (/<script[^>]*>\s*alert/i.test(html)) problems.push("a <script>alert");
  return problems;
}

/** RFC 4180 cells of a CSV file (quoted cells, doubled quotes, CRLF or LF rows), BOM dropped. */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

/** Cells a spreadsheet would run as a formula: they start with = + - @, a tab or a return. */
export function formulaCells(text: string): string[] {
  return csvCells(text)
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell));
}

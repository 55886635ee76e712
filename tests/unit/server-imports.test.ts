import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The classic compiler empties `.server` modules in the browser: a value imported from one
 * is undefined there. Loaders and actions may use them; the page component (everything from
 * `export default function` on) must not, or the page breaks once it hydrates. Twice a page
 * broke only in the browser with real data (the summary's columns, the sign-up's options).
 */
const routes = path.resolve("app/routes");

function serverImports(source: string): string[] {
  const names: string[] = [];
  const pattern = /import\s+(?!type\b)\{([^}]*)\}\s+from\s+"([^"]+)"/g;
  for (const match of source.matchAll(pattern)) {
    if (!/\.server(\.tsx?)?$/.test(match[2]!)) continue;
    for (const part of match[1]!.split(",")) {
      const name = part.trim().replace(/^type\s+/, "");
      if (!name || part.trim().startsWith("type ")) continue;
      names.push(
        name
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  }
  return names;
}

/**
 * The code of a source, without its comments, strings and the text of template literals (the
 * code inside a template's `${…}` kept, however deep). A quote with no partner on its line
 * (an apostrophe in JSX text) is left as it is.
 */
export function codeOnly(source: string): string {
  let out = "";
  let i = 0;
  let depth = 0;
  let inTemplate = false;
  const opened: number[] = []; // the brace depth at each `${` still open
  while (i < source.length) {
    const c = source[i]!;
    if (inTemplate) {
      if (c === "\\") i += 2;
      else if (c === "`") {
        inTemplate = false;
        out += "``";
        i += 1;
      } else if (c === "$" && source[i + 1] === "{") {
        opened.push(depth);
        depth += 1;
        inTemplate = false;
        out += "`${";
        i += 2;
      } else i += 1;
      continue;
    }
    if (c === "/" && source[i + 1] === "/") {
      const end = source.indexOf("\n", i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end === -1 ? source.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const rest = /^(?:[^"'\\\n]|\\.)*/.exec(source.slice(i + 1))![0];
      if (source[i + 1 + rest.length] === c) {
        out += '""';
        i += rest.length + 2;
        continue;
      }
    }
    if (c === "`") {
      inTemplate = true;
      i += 1;
      continue;
    }
    if (c === "{") depth += 1;
    if (c === "}") {
      depth -= 1;
      if (opened.length && opened[opened.length - 1] === depth) {
        opened.pop();
        inTemplate = true;
        out += "}";
        i += 1;
        continue;
      }
    }
    out += c;
    i += 1;
  }
  return out;
}

describe("codeOnly", () => {
  it("keeps code, and code inside a template's ${…}, and drops strings, comments and template text", () => {
    const source = [
      "const a = `x ${b({ c: `d ${e}` })} f`; // g",
      "/* h */ const i = \"j\" + 'k' + l;",
      "<p>don't {m}</p>",
    ].join("\n");
    const code = codeOnly(source);
    for (const kept of ["b(", "c:", "e", "l;", "{m}"]) expect(code).toContain(kept);
    for (const dropped of ["x ", " f", "d ", "g", "h", "j", "k"])
      expect(code).not.toContain(dropped);
  });
});

describe("route components and .server modules", () => {
  const files = readdirSync(routes).filter((f) => f.endsWith(".tsx"));
  it.each(files)("%s uses .server values only in its loader and action", (file) => {
    const source = readFileSync(path.join(routes, file), "utf8");
    const start = source.indexOf("export default function");
    if (start === -1) return;
    // Words inside strings and comments ("/attendees.csv", t("signIn.title")) are not uses.
    const component = codeOnly(source.slice(start));
    const used = serverImports(source).filter((name) =>
      new RegExp(`\\b${name}\\b`).test(component),
    );
    expect(used, `${file} renders with values the browser never gets`).toEqual([]);
  });
});

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

describe("route components and .server modules", () => {
  const files = readdirSync(routes).filter((f) => f.endsWith(".tsx"));
  it.each(files)("%s uses .server values only in its loader and action", (file) => {
    const source = readFileSync(path.join(routes, file), "utf8");
    const start = source.indexOf("export default function");
    if (start === -1) return;
    // Words inside strings and comments ("/attendees.csv", t("signIn.title")) are not uses.
    const component = source
      .slice(start)
      .replace(/\/\/.*$/gm, "")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
      .replace(/`[^`$]*`/g, "``")
      .replace(/`[^`]*?\$\{/g, "`${")
      .replace(/\}[^`$]*`/g, "}`");
    const used = serverImports(source).filter((name) =>
      new RegExp(`\\b${name}\\b`).test(component),
    );
    expect(used, `${file} renders with values the browser never gets`).toEqual([]);
  });
});

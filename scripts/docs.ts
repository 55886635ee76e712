/*
 * What keeps the docs true (#17): the route files as Remix finds them, their URLs, the
 * README's capability map (made by scripts/capability-map.ts) and the checks
 * tests/unit/docs.test.ts runs over the README and docs/: every route in the map, every file,
 * module, function and table it names still there, every path and link the docs give found.
 * Nothing here reads TypeScript's compiler, so the test stays quick.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const mapStart = "<!-- capability-map:start (npm run docs:map -- --write) -->";
export const mapEnd = "<!-- capability-map:end -->";

/**
 * The route files under a routes folder, as remix.config.js's ignoredRouteFiles leaves them
 * (no dotfiles, tests or `.server` modules), a folder's `route.tsx` standing for the folder.
 */
export function routeFiles(dir: string): string[] {
  const isRoute = (name: string) =>
    /\.tsx?$/.test(name) && !name.startsWith(".") && !/\.(test|server)\./.test(name);
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (!entry.isDirectory()) return isRoute(entry.name) ? [entry.name] : [];
      const inside = readdirSync(path.join(dir, entry.name));
      const main = inside.find((name) => /^route\.tsx?$/.test(name));
      return main ? [`${entry.name}/${main}`] : [];
    })
    .sort();
}

/** A route's name without its extension (or its folder's `route` file). */
export const stemOf = (file: string) => file.replace(/\/route\.tsx?$/, "").replace(/\.tsx?$/, "");

/** A route file's URL under Remix v2's flat-route naming. */
export function urlOf(file: string): string {
  const segments: string[] = [];
  // Dots split segments, except inside [ ], which escape.
  let current = "";
  let escaped = false;
  for (const char of stemOf(file)) {
    if (char === "[") escaped = true;
    else if (char === "]") escaped = false;
    else if (char === "." && !escaped) {
      segments.push(current);
      current = "";
    } else current += char;
  }
  segments.push(current);
  const parts = segments
    .filter((s) => s !== "_index" && !s.startsWith("_")) // index routes and pathless layouts
    .map((s) => (s === "$" ? "*" : s.startsWith("$") ? `:${s.slice(1)}` : s.replace(/_$/, "")));
  return "/" + parts.join("/");
}

/** The README with its map replaced (the marks must be there). */
export function withMap(readme: string, map: string): string {
  const from = readme.indexOf(mapStart);
  const to = readme.indexOf(mapEnd);
  if (from < 0 || to < from) throw new Error(`README.md has no "${mapStart}" … "${mapEnd}" marks`);
  return `${readme.slice(0, from + mapStart.length)}\n\n${map}\n\n${readme.slice(to)}`;
}

export interface MapRowText {
  url: string;
  route: string;
  /** Module (its path in the project, `app/…`) → names. */
  modules: [string, string[]][];
  tables: string[];
}

/** The rows of the README's map, as written. */
export function mapRows(readme: string): MapRowText[] {
  const from = readme.indexOf(mapStart);
  const to = readme.indexOf(mapEnd);
  if (from < 0 || to < from) return [];
  const unquote = (cell: string) => cell.replace(/`/g, "").trim();
  return readme
    .slice(from, to)
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const cells = line.split("|").map((cell) => cell.trim());
      const [, url = "", route = "", modules = "", tables = ""] = cells;
      return {
        url: unquote(url.replace(/\s*\((layout|resource)\)$/, "")),
        route: unquote(route),
        modules:
          modules === "—"
            ? []
            : modules.split("; ").map((part) => {
                const [module = "", names = ""] = part.split(": ");
                return [unquote(module), names.split(", ").filter(Boolean)] as [string, string[]];
              }),
        tables: tables === "—" ? [] : tables.split(", ").map((t) => t.trim()),
      };
    });
}

export interface Project {
  /** Route files, as `routeFiles` lists them. */
  routes: string[];
  /** The SQL names of db/schema.ts's tables. */
  tables: string[];
  /** A module's text (by its path in the project), or undefined when there is none. */
  module(file: string): string | undefined;
}

/** How to put the map right, after each problem with it. */
const refresh = " (npm run docs:map -- --write)";

/** What is wrong with the README's map against the project: [] when it holds. */
export function mapProblems(readme: string, project: Project): string[] {
  const rows = mapRows(readme);
  if (rows.length === 0) return ["README.md has no capability map (npm run docs:map -- --write)"];
  const problems: string[] = [];
  const listed = new Set(rows.map((row) => row.route));
  for (const route of project.routes)
    if (!listed.has(route)) problems.push(`app/routes/${route} is missing from the map${refresh}`);
  for (const row of rows) {
    if (!project.routes.includes(row.route))
      problems.push(`the map lists app/routes/${row.route}, which is not a route${refresh}`);
    else if (row.url !== urlOf(row.route))
      problems.push(
        `app/routes/${row.route} answers ${urlOf(row.route)}, not ${row.url}${refresh}`,
      );
    for (const [module, names] of row.modules) {
      const text = project.module(module);
      if (text === undefined) {
        problems.push(`the map names ${module}, which does not exist${refresh}`);
        continue;
      }
      for (const name of names)
        if (!exports(text, name)) problems.push(`${module} exports no ${name}${refresh}`);
    }
    for (const table of row.tables)
      if (!project.tables.includes(table))
        problems.push(`db/schema.ts has no table ${table}${refresh}`);
  }
  return problems;
}

/** Whether a module's text exports a name (declared or listed). */
function exports(text: string, name: string): boolean {
  const declared = new RegExp(
    `export\\s+(?:async\\s+)?(?:function\\*?|const|let|class)\\s+${name}\\b`,
  );
  const listed = new RegExp(`export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`);
  return declared.test(text) || listed.test(text);
}

/** A source file's path in backticks, as the docs write it. */
const source = "`((?:app|db|scripts|surveys|tests)/[^`\\s]+\\.tsx?)`";

/** Whether a module's text declares a name (exported or not) or exports it from elsewhere. */
function declares(text: string, name: string): boolean {
  const declared = new RegExp(`(?:function\\*?|const|let|var|class|interface|type)\\s+${name}\\b`);
  return declared.test(text) || exports(text, name);
}

/** GitHub's anchor for a heading. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Folders whose paths the docs name in backticks, and so must exist. */
const checkedFolders = [
  "app",
  "db",
  "docs",
  "locales",
  "patches",
  "scripts",
  "surveys",
  "tests",
  ".ci",
];

/**
 * What is wrong with the paths and links of one markdown file: a path in backticks under a
 * project folder that does not exist, or a link to a local file or heading that is not there.
 * Paths with a placeholder (`<code>`, `*`, `…`) are patterns, not files.
 */
export function pathProblems(
  file: string,
  text: string,
  exists: (projectPath: string) => boolean,
  read: (projectPath: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const folders = checkedFolders.map((f) => f.replace(".", "\\.")).join("|");
  for (const [, found] of text.matchAll(new RegExp(`\`((?:${folders})/[^\`\\s]*)\``, "g"))) {
    const projectPath = found!.replace(/[:#].*$/, "");
    if (/[<>*…{}]/.test(projectPath)) continue;
    if (!exists(projectPath)) problems.push(`${file} names ${projectPath}, which does not exist`);
  }
  // "`name` in `app/x.server.ts`", "`a`, `b` and `c` in `…`", "`app/x.server.ts`: `name`": the
  // file must declare each name.
  const claims = [
    ...[
      ...text.matchAll(
        new RegExp(`((?:\`\\w+\`(?:,\\s+|\\s+and\\s+))*\`\\w+\`)\\s+in\\s+${source}`, "g"),
      ),
    ].map(([, names, file]) => [file!, names!] as const),
    ...[...text.matchAll(new RegExp(`${source}:\\s+(\`\\w+\`)`, "g"))].map(
      ([, file, names]) => [file!, names!] as const,
    ),
  ];
  for (const [projectPath, names] of claims) {
    const declaring = read(projectPath);
    if (declaring === undefined) continue; // reported above
    for (const [, name] of names.matchAll(/`(\w+)`/g))
      if (!declares(declaring, name!))
        problems.push(`${file} says ${projectPath} has ${name}, and it does not`);
  }
  const here = path.posix.dirname(file);
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target!)) continue; // a web address
    const [linked = "", anchor] = target!.split("#");
    const projectPath = linked ? path.posix.normalize(path.posix.join(here, linked)) : file;
    if (!exists(projectPath)) {
      problems.push(`${file} links to ${projectPath}, which does not exist`);
      continue;
    }
    if (!anchor || !projectPath.endsWith(".md")) continue;
    const headings = [...(read(projectPath) ?? "").matchAll(/^#+\s+(.*)$/gm)].map(([, h]) =>
      anchorOf(h!),
    );
    if (!headings.includes(anchor))
      problems.push(`${file} links to ${projectPath}#${anchor}, a heading that is not there`);
  }
  return problems;
}

/** The markdown files whose paths and links are checked: the README and docs/. */
export function docFiles(root: string): string[] {
  const found = ["README.md"];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".md")) found.push(file);
    }
  };
  if (existsSync(path.join(root, "docs"))) walk("docs");
  return found;
}

/** The project as it is on disk under `root`. */
export function projectAt(root: string): Project {
  const schema = readFileSync(path.join(root, "db", "schema.ts"), "utf8");
  return {
    routes: routeFiles(path.join(root, "app", "routes")),
    tables: [...schema.matchAll(/pgTable\(\s*"([^"]+)"/g)].map(([, name]) => name!),
    module: (file) => {
      const full = path.join(root, file);
      return existsSync(full) ? readFileSync(full, "utf8") : undefined;
    },
  };
}

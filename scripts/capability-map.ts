/*
 * The README's capability map (#17): every URL, its route file, the capability modules it
 * calls and the tables those calls reach, read from the code rather than written by hand.
 *
 *   npm run docs:map            print the map
 *   npm run docs:map -- --write put it into README.md, between its capability-map marks
 *   npm run docs:map -- --check exit 1 when README.md's map is not what --write would make
 *
 * Tables are found by following every function, constant and method a route uses, through
 * the modules it imports, to the tables of db/schema.ts they name (or name in SQL text). Types
 * are not followed. The sign-in checks (`require…` in app/auth/) are followed once, for the
 * note under the table, not in each row.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { routeFiles, stemOf, urlOf, withMap } from "./docs";

const root = process.cwd();
const routesDir = path.join(root, "app", "routes");
const schemaFile = path.join(root, "db", "schema.ts");
/** Folders of app/ that are not capabilities: infrastructure most routes use, and views. */
const notCapabilities = new Set(["components", "platform", "i18n", "styles"]);
/** The order areas are listed in, by a URL's first segment; others follow, by name. */
const areaOrder = [
  "",
  "code",
  "resume",
  "s",
  "display",
  "pictures",
  "locales",
  "webinars",
  "booking",
  "sign-in",
  "sign-out",
  "session",
  "inspections",
  "area",
  "admin",
  "healthz",
  "dev",
  "*",
];
export interface MapRow {
  url: string;
  /** Relative to app/routes/. */
  route: string;
  kind: "page" | "layout" | "resource";
  /** Module (its path in the project, `app/…`) → the names the route imports from it. */
  modules: Map<string, string[]>;
  tables: string[];
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(configFile.config, ts.sys, root).options;
}

const relative = (file: string, from = root) => path.relative(from, file).split(path.sep).join("/");

/** The tables of db/schema.ts: the exported constant → its SQL name. */
function schemaTables(source: ts.SourceFile): Map<ts.Node, string> {
  const tables = new Map<ts.Node, string>();
  source.forEachChild(function visit(node) {
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === "pgTable" &&
      node.initializer.arguments[0] &&
      ts.isStringLiteral(node.initializer.arguments[0])
    )
      tables.set(node, node.initializer.arguments[0].text);
    node.forEachChild(visit);
  });
  return tables;
}

const isTypeOnly = (node: ts.Node) =>
  ts.isTypeNode(node) ||
  ts.isInterfaceDeclaration(node) ||
  ts.isTypeAliasDeclaration(node) ||
  (ts.isImportDeclaration(node) && !!node.importClause?.isTypeOnly) ||
  (ts.isImportSpecifier(node) && node.isTypeOnly) ||
  (ts.isExportDeclaration(node) && node.isTypeOnly);

const isGuard = (declaration: ts.Node, file: string) =>
  relative(file).startsWith("app/auth/") &&
  ts.isFunctionDeclaration(declaration) &&
  /^require[A-Z]/.test(declaration.name?.text ?? "");

function areaRank(url: string): [number, string] {
  const first = url.split("/")[1] ?? "";
  const rank = areaOrder.indexOf(first.startsWith(":") ? "*" : first);
  return [rank < 0 ? areaOrder.length : rank, first];
}

export function capabilityMap(): { rows: MapRow[]; guard: { names: string[]; tables: string[] } } {
  const files = routeFiles(routesDir);
  const program = ts.createProgram(
    files.map((f) => path.join(routesDir, f)),
    compilerOptions(),
  );
  const checker = program.getTypeChecker();
  const schema = program.getSourceFile(schemaFile);
  if (!schema) throw new Error("db/schema.ts is not reached from any route");
  const tables = schemaTables(schema);
  const sqlNames = [...new Set(tables.values())];
  const inSql = new RegExp(
    `\\b(?:from|into|update|join|table)\\s+"?(${sqlNames.join("|")})"?(?![\\w])`,
    "gi",
  );
  const project = (file: string) =>
    !file.includes(`${path.sep}node_modules${path.sep}`) &&
    file.startsWith(root) &&
    !file.endsWith(".d.ts");

  /** The tables reached from a node; `guards` collects the sign-in checks instead of entering them. */
  function reach(startNode: ts.Node, guards?: Set<ts.Node>): Set<string> {
    const found = new Set<string>();
    const seen = new Set<ts.Node>();
    const visit = (node: ts.Node): void => {
      if (isTypeOnly(node)) return;
      if (ts.isIdentifier(node)) follow(node);
      if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node))
        for (const match of node.text.matchAll(inSql)) found.add(match[1]!.toLowerCase());
      node.forEachChild(visit);
    };
    const follow = (identifier: ts.Identifier) => {
      let symbol = checker.getSymbolAtLocation(identifier);
      if (!symbol) return;
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      for (const declaration of symbol.declarations ?? []) {
        const file = declaration.getSourceFile().fileName;
        if (ts.isSourceFile(declaration) || !project(file) || isTypeOnly(declaration)) continue;
        if (file === schemaFile) {
          const table = tables.get(declaration);
          if (table) found.add(table);
          continue;
        }
        if (seen.has(declaration)) continue;
        seen.add(declaration);
        if (guards && isGuard(declaration, file)) {
          guards.add(declaration);
          continue;
        }
        visit(declaration);
      }
    };
    visit(startNode);
    return found;
  }

  const guards = new Set<ts.Node>();
  const rows: MapRow[] = files.map((name) => {
    const file = path.join(routesDir, name);
    const source = program.getSourceFile(file)!;
    const modules = new Map<string, string[]>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || isTypeOnly(statement)) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const resolved = ts.resolveModuleName(specifier, file, program.getCompilerOptions(), ts.sys)
        .resolvedModule?.resolvedFileName;
      if (!resolved || !project(resolved)) continue;
      const module = relative(resolved);
      const [top, folder = ""] = module.split("/");
      if (top !== "app" || notCapabilities.has(folder) || !module.includes(".server.")) continue;
      const bindings = statement.importClause?.namedBindings;
      const names =
        bindings && ts.isNamedImports(bindings)
          ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text)
          : [];
      if (names.length) modules.set(module, [...(modules.get(module) ?? []), ...names]);
    }
    // A route without a component answers with data or a file (a resource route); one with
    // a component and routes under it is their layout.
    const stem = stemOf(name);
    const hasComponent = source.statements.some(
      (statement) =>
        ts.isExportAssignment(statement) ||
        (ts.isFunctionDeclaration(statement) &&
          !!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)),
    );
    const kind = !hasComponent
      ? "resource"
      : files.some((other) => stemOf(other).startsWith(`${stem}.`))
        ? "layout"
        : "page";
    return {
      url: urlOf(name),
      route: name,
      kind,
      modules,
      tables: [...reach(source, guards)].sort(),
    };
  });
  rows.sort((a, b) => {
    const [rankA, firstA] = areaRank(a.url);
    const [rankB, firstB] = areaRank(b.url);
    if (rankA !== rankB) return rankA - rankB;
    if (firstA !== firstB) return firstA < firstB ? -1 : 1;
    if (a.url !== b.url) return a.url < b.url ? -1 : 1;
    return a.kind === "layout" ? -1 : b.kind === "layout" ? 1 : 0;
  });
  const guardTables = new Set<string>();
  for (const guard of guards) for (const table of reach(guard)) guardTables.add(table);
  const guardNames = [...guards].map((g) => (g as ts.FunctionDeclaration).name!.text).sort();
  return { rows, guard: { names: guardNames, tables: [...guardTables].sort() } };
}

const code = (text: string) => `\`${text}\``;

/** Text broken into lines of at most `width` characters, between words. */
function wrapped(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The map as the README shows it (before prettier lines the table up). */
export function mapMarkdown(map = capabilityMap()): string {
  const lines = [
    "| URL | route (`app/routes/`) | capability modules, and what the route calls in them | tables |",
    "| --- | --- | --- | --- |",
  ];
  for (const row of map.rows) {
    const url = code(row.url) + (row.kind === "page" ? "" : ` (${row.kind})`);
    const modules = [...row.modules]
      .map(([module, names]) => `${code(module)}: ${names.join(", ")}`)
      .join("; ");
    lines.push(
      `| ${url} | ${code(row.route)} | ${modules || "—"} | ${row.tables.join(", ") || "—"} |`,
    );
  }
  const guards = map.guard.names.map(code).join(", ");
  const note =
    `Inspector and admin pages first check who is signed in (${guards} in \`app/auth/session.server.ts\`),` +
    ` which reads ${map.guard.tables.join(", ")}; those reads are not repeated in the rows.` +
    " A layout's loader runs for every page under it. Modules of `app/platform/` and" +
    " `app/i18n/` (settings, the database handle, forms, logs, health, languages), which most" +
    " routes use, are not listed.";
  lines.push("", ...wrapped(note, 96));
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const map = mapMarkdown();
  const write = process.argv.includes("--write");
  if (write || process.argv.includes("--check")) {
    const prettier = await import("prettier");
    const readmeFile = path.join(root, "README.md");
    const options = (await prettier.resolveConfig(readmeFile)) ?? {};
    const readme = readFileSync(readmeFile, "utf8");
    const next = await prettier.format(withMap(readme, map), { ...options, filepath: readmeFile });
    if (write) {
      writeFileSync(readmeFile, next);
      console.log("README.md: capability map written");
    } else if (next !== readme) {
      console.error("README.md's capability map is out of date: npm run docs:map -- --write");
      process.exit(1);
    } else console.log("README.md's capability map is up to date");
  } else console.log(map);
}

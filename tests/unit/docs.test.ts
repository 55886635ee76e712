import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  anchorOf,
  docFiles,
  mapEnd,
  mapProblems,
  mapStart,
  pathProblems,
  projectAt,
  urlOf,
} from "~scripts/docs";
import type { Project } from "~scripts/docs";

/*
 * The README's capability map and the docs stay true (#17): a newcomer follows them to the
 * code, so a route missing from the map, or a file, function, table or link that has moved,
 * fails here. The map's rows are made by `npm run docs:map -- --write`.
 */

const root = process.cwd();
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const exists = (projectPath: string) => existsSync(path.join(root, projectPath));
const read = (projectPath: string) =>
  exists(projectPath) ? readFileSync(path.join(root, projectPath), "utf8") : undefined;

describe("the README's capability map", () => {
  it("lists every route, and names only routes, modules, functions and tables that exist", () => {
    expect(mapProblems(readme, projectAt(root))).toEqual([]);
  });

  it("reads URLs as Remix's flat routes do", () => {
    expect(urlOf("_index.tsx")).toBe("/");
    expect(urlOf("$.tsx")).toBe("/*");
    expect(urlOf("s.$token._index.tsx")).toBe("/s/:token");
    expect(urlOf("booking.$token.calendar[.]ics.ts")).toBe("/booking/:token/calendar.ics");
    expect(urlOf("_auth.sign-in.tsx")).toBe("/sign-in");
    expect(urlOf("inspections_.new/route.tsx")).toBe("/inspections/new");
  });

  it("finds a route left out, a route gone, a wrong URL, and names that moved (the check can fail)", () => {
    const project: Project = {
      routes: ["_index.tsx", "code.tsx", "new.$id.tsx"],
      tables: ["responses"],
      module: (file) =>
        file === "app/summary/quotable.server.ts"
          ? "export async function summaryQuotes() {}\nexport { withheldIn } from './x';"
          : undefined,
    };
    const map = [
      mapStart,
      "| URL | route | modules | tables |",
      "| --- | --- | --- | --- |",
      "| `/` | `_index.tsx` | `app/summary/quotable.server.ts`: summaryQuotes, withheldIn | responses |",
      "| `/code/x` | `code.tsx` | `app/summary/quotable.server.ts`: quotableComments | answers |",
      "| `/old` | `old.tsx` | `app/summary/gone.server.ts`: anything | — |",
      mapEnd,
    ].join("\n");
    const refresh = " (npm run docs:map -- --write)";
    expect(mapProblems(map, project)).toEqual([
      "app/routes/new.$id.tsx is missing from the map" + refresh,
      "app/routes/code.tsx answers /code, not /code/x" + refresh,
      "app/summary/quotable.server.ts exports no quotableComments" + refresh,
      "db/schema.ts has no table answers" + refresh,
      "the map lists app/routes/old.tsx, which is not a route" + refresh,
      "the map names app/summary/gone.server.ts, which does not exist" + refresh,
    ]);
    expect(mapProblems("# no map here", project)).toHaveLength(1);
  });
});

describe("paths and links in the README and docs/", () => {
  it.each(docFiles(root))(
    "%s names only files and functions that exist, and links only to what is there",
    (file) => {
      expect(pathProblems(file, read(file)!, exists, read)).toEqual([]);
    },
  );

  it("finds a path, a function, a link and a heading that are not there (the check can fail)", () => {
    const files: Record<string, string> = {
      "docs/a.md": "# A\n\n## Fault test (`npm run test:faults`, `tests/faults/`)\n",
      "app/summary/quotable.server.ts":
        "export async function summaryQuotes() {}\nfunction quotable() {}\nexport { listed } from './x';",
    };
    const text = [
      "`app/summary/quotable.server.ts` and `app/summary/gone.server.ts`,",
      "`locales/<code>/*.json` is a pattern,",
      "[a](a.md#fault-test-npm-run-testfaults-testsfaults), [b](b.md), [c](a.md#no-such),",
      "[web](https://example.org/x.md).",
      "`summaryQuotes`, `quotable` and `listed` in `app/summary/quotable.server.ts`;",
      "`withheldAudiences` in",
      "  `app/summary/quotable.server.ts`; `app/summary/quotable.server.ts`: `moved`.",
    ].join("\n");
    expect(
      pathProblems(
        "docs/index.md",
        text,
        (p) => p in files,
        (p) => files[p],
      ),
    ).toEqual([
      "docs/index.md names app/summary/gone.server.ts, which does not exist",
      "docs/index.md says app/summary/quotable.server.ts has withheldAudiences, and it does not",
      "docs/index.md says app/summary/quotable.server.ts has moved, and it does not",
      "docs/index.md links to docs/b.md, which does not exist",
      "docs/index.md links to docs/a.md#no-such, a heading that is not there",
    ]);
    expect(anchorOf("Summary (`tests/bench/summary.ts`)")).toBe("summary-testsbenchsummaryts");
  });
});

import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { audiences, polarities, versions } from "~surveys/lists";

/*
 * House rules that keep the code a newcomer can read (#17), checked over the source so they
 * cannot quietly come back.
 */

/** Every TypeScript file under these folders. */
function sources(...folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(name)) found.push(file);
    }
  };
  for (const folder of folders) walk(path.resolve(folder));
  return found;
}

/** A list written out as string literals, in any quotes and spacing. */
const literalList = (values: readonly string[]) =>
  new RegExp(`\\[\\s*${values.map((v) => `["'\`]${v}["'\`]`).join("\\s*,\\s*")}`);
/** The same list written out as a type: `"easy" | "standard"`. */
const literalUnion = (values: readonly string[]) =>
  new RegExp(values.map((v) => `["'\`]${v}["'\`]`).join("\\s*\\|\\s*"));

describe("each shared list is defined once", () => {
  const lists: [string, readonly string[]][] = [
    ["audiences", audiences],
    ["versions", versions],
    ["polarities", polarities],
  ];
  const home = path.resolve("surveys/lists.ts");

  it.each(lists)("%s are written out only in surveys/lists.ts", (_, values) => {
    const patterns = [literalList(values), literalUnion(values)];
    const elsewhere = sources("app", "db", "surveys", "scripts")
      .filter((file) => file !== home)
      .filter((file) => patterns.some((pattern) => pattern.test(readFileSync(file, "utf8"))))
      .map((file) => path.relative(process.cwd(), file));
    expect(elsewhere).toEqual([]);
  });

  it("finds a list written out again (the check can fail)", () => {
    expect(literalList(audiences).test(`enum: ["child", "parent", 'practitioner'] }`)).toBe(true);
    expect(literalList(versions).test(`const v = ["easy","standard"];`)).toBe(true);
    expect(literalUnion(versions).test(`version: "easy" | "standard";`)).toBe(true);
    expect(literalUnion(audiences).test(`a: 'child'|'parent' | "practitioner"`)).toBe(true);
    expect(literalUnion(versions).test(`version: SurveyVersion;`)).toBe(false);
  });
});

describe("routes stay short: parse, call one capability, render (#17)", () => {
  const limit = 150;
  /** Lines of a file, not counting blank lines at its end. */
  const linesOf = (text: string) => text.trimEnd().split("\n").length;
  const tooLong = (files: Record<string, string>) =>
    Object.entries(files)
      .filter(([, text]) => linesOf(text) > limit)
      .map(([file, text]) => `${file}: ${linesOf(text)} lines`);
  const routes = path.resolve("app/routes");

  it(`no route is longer than ${limit} lines`, () => {
    const files = Object.fromEntries(
      readdirSync(routes).map((file) => [file, readFileSync(path.join(routes, file), "utf8")]),
    );
    expect(tooLong(files)).toEqual([]);
  });

  it("finds a route that is too long (the check can fail)", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, k) => `const a${k} = ${k};`);
    expect(tooLong({ "long.tsx": lines(limit + 1).join("\n") })).toEqual([
      `long.tsx: ${limit + 1} lines`,
    ]);
    expect(tooLong({ "short.tsx": lines(limit).join("\n") + "\n\n" })).toEqual([]);
  });
});

/** A call of `audit(…)` (not a method of something else called audit, nor `auditLog`). */
const callsAudit = /(^|[^\w.$])audit\s*\(/m;

describe("routes leave auditing to the capability that does the thing (#17)", () => {
  it("no route calls audit()", () => {
    const routes = path.resolve("app/routes");
    const auditing = readdirSync(routes).filter((file) =>
      callsAudit.test(readFileSync(path.join(routes, file), "utf8")),
    );
    expect(auditing).toEqual([]);
  });

  it("finds a call of audit() (the check can fail)", () => {
    expect(callsAudit.test(`  await audit(db, { userId, action: "export" });`)).toBe(true);
    expect(callsAudit.test(`if (signedIn) await audit(db, { action: "sign_out" });`)).toBe(true);
    expect(callsAudit.test(`await tx.insert(auditLog).values(entry);`)).toBe(false);
    expect(callsAudit.test(`log.audit(entry);`)).toBe(false);
  });
});

describe("one type for where statements run (#17 point 2)", () => {
  /** Either driver is a `Database`, a transaction a `Transaction`, either a `DbOrTx`: no casts. */
  const castsToDatabase = /\bas\s+(?:unknown\s+as\s+)?(?:Database|Transaction|DbOrTx)\b/;

  it("no module casts to the database's types", () => {
    const casting = sources("app", "db", "scripts")
      .filter((file) => castsToDatabase.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(casting).toEqual([]);
  });

  it("finds a cast (the check can fail)", () => {
    expect(castsToDatabase.test(`drizzle(client, { schema }) as unknown as Database;`)).toBe(true);
    expect(castsToDatabase.test(`run(tx as DbOrTx)`)).toBe(true);
    expect(castsToDatabase.test(`const db: Database = drizzle(client, { schema });`)).toBe(false);
  });
});

/** The import aliases tsconfig.json declares (vitest and the Remix build read the same). */
const tsconfig = JSON.parse(readFileSync(path.resolve("tsconfig.json"), "utf8"));
const aliases = Object.entries(tsconfig.compilerOptions.paths as Record<string, [string]>);
const root = process.cwd();

/** What an import names, as a path from the project's folder; undefined for a package. */
function target(file: string, specifier: string): string | undefined {
  if (specifier.startsWith("."))
    return path.relative(root, path.resolve(path.dirname(file), specifier));
  for (const [name, [to]] of aliases) {
    if (name.endsWith("/*") ? specifier.startsWith(name.slice(0, -1)) : specifier === name)
      return path.normalize(
        to.replace(/\*$/, "") + specifier.slice(name.replace(/\*$/, "").length),
      );
  }
  return undefined;
}

/** Every import and export … from (static, dynamic or type-only) of a source file. */
function imports(file: string, text = readFileSync(file, "utf8")) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(({ fileName }) => ({ specifier: fileName, to: target(file, fileName) }));
}

const inside = (to: string | undefined, folder: string) =>
  to !== undefined && (to === folder || to.startsWith(`${folder}/`));

/*
 * Dependencies point one way (#17): scripts/ may use anything; app/ uses db/, surveys/ and
 * locales/; db/ uses surveys/ (its lists) only; surveys/ (content) uses neither app/ nor db/.
 * Inside app/, platform/ and i18n/ serve every capability and import none, and only the server's
 * entry reaches server/ (start-up and jobs, which see every capability).
 */
describe("dependencies point one way (#17)", () => {
  /** Files under `from` (but not under `but`) may not import from `not` (other than `allow`). */
  const rules: { from: string; but?: string[]; not: string[]; allow?: string[] }[] = [
    { from: "db", not: ["app", "scripts", "tests"] },
    { from: "surveys", not: ["app", "db", "scripts", "tests"] },
    { from: "locales", not: ["app", "db", "surveys", "scripts", "tests"] },
    { from: "app", not: ["scripts", "tests"] },
    { from: "app/platform", not: ["app"], allow: ["app/platform"] },
    { from: "app/i18n", not: ["app"], allow: ["app/i18n", "app/platform"] },
    { from: "app", but: ["app/server", "app/entry.server.tsx"], not: ["app/server"] },
  ];

  function breaches(file: string, text?: string): string[] {
    const from = path.relative(root, file);
    const applies = rules.filter(
      (rule) => inside(from, rule.from) && !rule.but?.some((folder) => inside(from, folder)),
    );
    return imports(file, text).flatMap(({ specifier, to }) =>
      applies
        .filter((rule) => rule.not.some((folder) => inside(to, folder)))
        .filter((rule) => !rule.allow?.some((folder) => inside(to, folder)))
        .map(
          (rule) =>
            `${from} imports ${specifier} (${rule.from}/ may not reach ${rule.not.join(", ")})`,
        ),
    );
  }

  it("no module imports against the direction", () => {
    const found = sources("app", "db", "surveys", "locales").flatMap((file) => breaches(file));
    expect(found).toEqual([]);
  });

  it("finds an import against the direction (the check can fail)", () => {
    const planted = (file: string, line: string) => breaches(path.resolve(file), line);
    expect(planted("db/schema.ts", `import { x } from "../app/platform/time";`)).toHaveLength(1);
    expect(planted("db/schema.ts", `import { x } from "~/platform/time";`)).toHaveLength(1);
    expect(planted("surveys/index.ts", `export { x } from "~db/schema";`)).toHaveLength(1);
    expect(
      planted("surveys/index.ts", `const m = await import("~/respond/journey");`),
    ).toHaveLength(1);
    expect(
      planted("app/platform/time.ts", `import type { X } from "../mail/outbox.server";`),
    ).toHaveLength(1);
    expect(
      planted("app/platform/time.ts", `import { x } from "~/summary/counts.server";`),
    ).toHaveLength(1);
    expect(planted("app/platform/time.ts", `import { x } from "./log.server";`)).toEqual([]);
    expect(planted("app/i18n/format.ts", `import { x } from "~/summary/labels";`)).toHaveLength(1);
    expect(planted("app/i18n/format.ts", `import { x } from "~/platform/time";`)).toEqual([]);
    expect(
      planted("app/mail/outbox.server.ts", `import { x } from "~/server/jobs.server";`),
    ).toHaveLength(1);
    expect(planted("app/routes/x.tsx", `import { x } from "~scripts/docs";`)).toHaveLength(1);
    expect(
      planted("app/server/jobs.server.ts", `import { x } from "~/mail/outbox.server";`),
    ).toEqual([]);
  });
});

/*
 * One import style (#17): a module reaches another folder through an alias (`~/` for app/,
 * `~db/`, `~surveys`, `~locales`, `~scripts/`), and a relative import stays in its own folder
 * or below it; only tests/, which has no alias, climbs within itself. Every alias is used.
 */
describe("one import style (#17)", () => {
  function strays(file: string, text?: string): string[] {
    const from = path.relative(root, file);
    return imports(file, text)
      .filter(({ specifier }) => specifier.startsWith("../"))
      .filter(({ to }) => !(inside(from, "tests") && inside(to, "tests")))
      .map(({ specifier }) => `${from} imports ${specifier}: use its alias`);
  }

  it("no relative import leaves its folder (but within tests/)", () => {
    const found = sources("app", "db", "surveys", "locales", "scripts", "tests").flatMap((file) =>
      strays(file),
    );
    expect(found).toEqual([]);
  });

  it("finds a relative import that leaves its folder (the check can fail)", () => {
    const planted = (file: string, line: string) => strays(path.resolve(file), line);
    expect(planted("app/routes/x.tsx", `import { x } from "../platform/time";`)).toHaveLength(1);
    expect(planted("app/respond/x.ts", `export * from "../../db/schema";`)).toHaveLength(1);
    expect(planted("surveys/definitions/x.ts", `import type { X } from "../schema";`)).toHaveLength(
      1,
    );
    expect(planted("tests/unit/x.test.ts", `import { x } from "../../surveys";`)).toHaveLength(1);
    expect(planted("tests/unit/x.test.ts", `import { x } from "../clock";`)).toEqual([]);
    expect(planted("app/routes/x.tsx", `import { x } from "./x.server";`)).toEqual([]);
  });

  it("every declared alias is used", () => {
    const used = new Set(
      sources("app", "db", "surveys", "locales", "scripts", "tests").flatMap((file) =>
        imports(file).map(({ specifier }) => specifier),
      ),
    );
    const unused = aliases
      .map(([name]) => name)
      .filter((name) =>
        name.endsWith("/*")
          ? ![...used].some((specifier) => specifier.startsWith(name.slice(0, -1)))
          : !used.has(name),
      );
    expect(unused).toEqual([]);
  });
});

describe("settings are read in one module (#17 point 9, #16)", () => {
  /**
   * Files that may read the environment themselves: the settings module; the logger, which
   * must work before the settings are read (it reads LOG_LEVEL with the settings' own
   * reader). Scripts (scripts/) read their own arguments, such as USER_PASSWORD.
   */
  const allowed = new Set(
    ["app/platform/settings.server.ts", "app/platform/log.server.ts"].map((file) =>
      path.resolve(file),
    ),
  );
  const readsEnvironment = /process\.env\b/;

  it("no module of the app or the database reads process.env but the settings", () => {
    const readers = sources("app", "db")
      .filter((file) => !allowed.has(file))
      .filter((file) => readsEnvironment.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(readers).toEqual([]);
  });

  it("finds a module that reads the environment (the check can fail)", () => {
    expect(readsEnvironment.test("const days = Number(process.env.RECORDING_DAYS ?? 28);")).toBe(
      true,
    );
  });
});

describe("a page learns its language one way (#17 point 3)", () => {
  /**
   * Loaders and actions get the page's language and `t` from pageLanguage (app/i18n), or from
   * the context that calls it (inspectorContext, inspectionContext, loadSurvey). Besides
   * those, only the document itself (root.tsx, entry.server.tsx) asks detectLanguage.
   */
  const allowed = new Set(
    [
      "app/i18n/detect.server.ts",
      "app/i18n/i18n.server.ts",
      "app/root.tsx",
      "app/entry.server.tsx",
    ].map((file) => path.resolve(file)),
  );
  const detects = /\bdetectLanguage\s*\(/;

  it("no route or capability detects the language itself", () => {
    const detecting = sources("app")
      .filter((file) => !allowed.has(file))
      .filter((file) => detects.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(detecting).toEqual([]);
  });

  it("finds a loader that detects it (the check can fail)", () => {
    expect(detects.test(`const t = await getFixedT(detectLanguage(request), "survey");`)).toBe(
      true,
    );
  });
});

describe("whether a survey is open is decided in one place (#17)", () => {
  /**
   * app/inspections/survey-window.server.ts answers "do these surveys accept answers now?"
   * (surveyWindowState, whySurveysClosed, surveysHaveOpened, closingTimePassed, and the same
   * in SQL). Nothing else compares the opening or closing time with the time now, nor writes
   * the condition into a query.
   */
  const home = path.resolve("app/inspections/survey-window.server.ts");
  const times = String.raw`(?:closesAt|opensAt|surveysCloseAt|surveysOpenAt)`;
  const decides = new RegExp(
    [
      String.raw`\b${times}\s*[<>]=?\s*now\b`,
      String.raw`\bnow\s*[<>]=?\s*[\w.!?]*\b${times}\b`,
      String.raw`\b(?:lt|lte|gt|gte)\(\s*inspections\.surveys(?:CloseAt|OpenAt)\b`,
      String.raw`\$\{inspections\.surveys(?:CloseAt|OpenAt|ClosedEarly)\}\s*(?:[<>]=?|or\b|and\b)`,
    ].join("|"),
  );

  it("no module but survey-window.server.ts decides it", () => {
    const deciding = sources("app", "scripts")
      .filter((file) => file !== home)
      .filter((file) => decides.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(deciding).toEqual([]);
  });

  it("finds a module that decides it itself (the check can fail)", () => {
    expect(decides.test(`} else if (existing!.closesAt <= now) {`)).toBe(true);
    expect(decides.test(`if (now < inspection.opensAt) return "notOpenYet";`)).toBe(true);
    expect(decides.test(`and(eq(inspections.id, id), gt(inspections.surveysCloseAt, now))`)).toBe(
      true,
    );
    expect(decides.test("where(sql(${inspections.surveysClosedEarly} or x))")).toBe(true);
    // The later of two dates is not a question of open or closed.
    expect(decides.test(`return inspection.closesAt > week3Ends ? a : b;`)).toBe(false);
  });
});

describe("page titles are made one way (#17 point 3)", () => {
  /**
   * Every page's document title, error pages' too, is PageTitle's: the translated title, the
   * service's name, and "Error: " first while the page shows problems. No other module writes
   * a <title> or a route `meta` title.
   */
  const home = path.resolve("app/components/PageTitle.tsx");
  const writesTitle = /<title\b|export\s+(?:const|function)\s+meta\b/;

  it("only PageTitle writes a title", () => {
    const writing = sources("app")
      .filter((file) => file !== home)
      .filter((file) => writesTitle.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(writing).toEqual([]);
  });

  it("finds a title written by hand (the check can fail)", () => {
    expect(writesTitle.test('<title>{`${title} – ${t("common:service.name")}`}</title>')).toBe(
      true,
    );
    expect(writesTitle.test(`export const meta: MetaFunction = () => [{ title: "x" }];`)).toBe(
      true,
    );
    expect(writesTitle.test(`<PageTitle title={title} />`)).toBe(false);
  });
});

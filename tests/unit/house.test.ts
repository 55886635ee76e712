import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { audiences, polarities, versions } from "../../surveys/lists";

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

describe("each shared list is defined once", () => {
  const lists: [string, readonly string[]][] = [
    ["audiences", audiences],
    ["versions", versions],
    ["polarities", polarities],
  ];
  const home = path.resolve("surveys/lists.ts");

  it.each(lists)("%s are written out only in surveys/lists.ts", (_, values) => {
    const pattern = literalList(values);
    const elsewhere = sources("app", "db", "surveys", "scripts")
      .filter((file) => file !== home)
      .filter((file) => pattern.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(elsewhere).toEqual([]);
  });

  it("finds a list written out again (the check can fail)", () => {
    expect(literalList(audiences).test(`enum: ["child", "parent", 'practitioner'] }`)).toBe(true);
    expect(literalList(versions).test(`const v = ["easy","standard"];`)).toBe(true);
  });
});

describe("routes stay short: parse, call one capability, render (#17)", () => {
  const limit = 150;
  /**
   * Routes still over the limit, at most as long as they are today: none may grow, and each
   * leaves this list when it is split (the test fails while a listed route is short enough).
   */
  const notYetSplit: Record<string, number> = {
    "inspections.$inspectionId.dates.tsx": 154,
    "inspections.$inspectionId.team.tsx": 159,
    "inspections.$inspectionId.webinars.new.tsx": 178,
    "inspections.$inspectionId.webinars.$webinarId._index.tsx": 276,
    "inspections.$inspectionId._index.tsx": 306,
  };
  const routes = path.resolve("app/routes");
  const lengths = Object.fromEntries(
    readdirSync(routes).map((file) => [
      file,
      readFileSync(path.join(routes, file), "utf8").trimEnd().split("\n").length,
    ]),
  );

  it(`no route is longer than ${limit} lines, or than it was when the rule came in`, () => {
    const over = Object.entries(lengths)
      .filter(([file, lines]) => lines > (notYetSplit[file] ?? limit))
      .map(([file, lines]) => `${file}: ${lines} lines`);
    expect(over).toEqual([]);
  });

  it("lists only routes still over the limit", () => {
    const done = Object.keys(notYetSplit).filter((file) => (lengths[file] ?? 0) <= limit);
    expect(done, "split: take them off the list").toEqual([]);
  });
});

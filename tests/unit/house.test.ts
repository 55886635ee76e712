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

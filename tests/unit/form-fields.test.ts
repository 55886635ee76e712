import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readDateParts, realDate, timeOfDay } from "~/components/ui/DateInput.server";
import { checkFields, firstIssues, textField, textFields } from "~/platform/form-fields";

describe("reading a form", () => {
  const form = new FormData();
  form.append("name", "Asha Begum");
  form.append("name", "second");
  form.append("upload", new Blob(["bytes"]), "a.txt");
  form.append("whenDay", "31");
  form.append("whenMonth", "12345678901234");

  it("reads a typed field as text, cut to its length; a missing field or a file is empty", () => {
    expect(textField(form, "name", 100)).toBe("Asha Begum");
    expect(textField(form, "name", 4)).toBe("Asha");
    expect(textField(form, "missing", 100)).toBe("");
    expect(textField(form, "upload", 100)).toBe("");
    expect(textFields(form, ["name", "missing"], 3)).toEqual({ name: "Ash", missing: "" });
  });

  it("reads a date input's three fields, each cut to ten characters", () => {
    expect(readDateParts(form, "when")).toEqual({ day: "31", month: "1234567890", year: "" });
  });
});

describe("checking a form", () => {
  const schema = z.object({
    title: z.string().min(1, "titleRequired").max(5, "tooLong"),
    day: z.string().refine(() => false, { message: "tooLate", params: { latest: "2027-01-31" } }),
  });

  it("gives one message a field, the first rule it broke, in words with its days written out", () => {
    const checked = checkFields(
      schema,
      { title: "", day: "x" },
      {
        prefix: "create.errors",
        t: (key, options) => `${key}${options ? ` ${JSON.stringify(options)}` : ""}`,
        formatDay: (day) => `day ${day}`,
      },
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        title: "create.errors.titleRequired",
        day: 'create.errors.tooLate {"latest":"day 2027-01-31"}',
      },
    });
    const parsed = schema.safeParse({ title: "far too long", day: "" });
    expect(parsed.success ? {} : firstIssues(parsed.error)).toEqual({
      title: { key: "tooLong", params: undefined },
      day: { key: "tooLate", params: { latest: "2027-01-31" } },
    });
  });

  it("gives the checked form when every rule holds", () => {
    const schema = z.object({ day: realDate, at: timeOfDay("timeInvalid") });
    const check = (day: [string, string, string], at: string) =>
      checkFields(
        schema,
        { day: { day: day[0], month: day[1], year: day[2] }, at },
        {
          prefix: "p",
          t: (key) => key,
        },
      );
    expect(check(["29", "2", "2028"], "9.05")).toEqual({
      ok: true,
      form: { day: "2028-02-29", at: "09:05" },
    });
    expect(check(["29", "2", "2027"], "24:00")).toEqual({
      ok: false,
      errors: { day: "p.notifiedInvalid", at: "p.timeInvalid" },
    });
  });
});

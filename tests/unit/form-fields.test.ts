import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readDateParts, realDate, timeOfDay } from "~/components/ui/DateInput.server";
import {
  checkFields,
  choiceField,
  firstIssues,
  idField,
  textField,
  textFields,
} from "~/platform/form-fields";
import { checkSignUp } from "~/webinars/signup-form.server";

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

describe("choices and whole forms", () => {
  it("reads a choice as one of its options, and nothing else as one", () => {
    const form = new FormData();
    form.append("intent", "skip");
    form.append("version", "easy ");
    form.append("upload", new Blob(["skip"]), "skip");
    const intents = ["continue", "skip"] as const;
    expect(choiceField(form, "intent", intents)).toBe("skip");
    expect(choiceField(form, "version", ["easy", "standard"])).toBeUndefined();
    expect(choiceField(form, "upload", intents)).toBeUndefined();
    expect(choiceField(form, "missing", intents)).toBeUndefined();
  });

  it("reads a record's id as a UUID, or nothing, so a forged id never reaches a uuid column", () => {
    const id = "0b4c8f0e-6a52-4c1e-9a4f-3f0d2b7c9e11";
    const ids = new FormData();
    ids.append("commentId", id);
    ids.append("forged", "1; drop table comments");
    ids.append("short", id.slice(0, 35));
    ids.append("file", new Blob([id]), "id.txt");
    expect(idField(ids, "commentId")).toBe(id);
    expect(idField(ids, "forged")).toBeUndefined();
    expect(idField(ids, "short")).toBeUndefined();
    expect(idField(ids, "file")).toBeUndefined();
    expect(idField(ids, "missing")).toBeUndefined();
  });

  it("checks every rule of the webinar sign-up at once, the interpreter's language too", () => {
    const values = {
      name: "",
      email: "asha@example.org",
      role: "parent",
      needs: ["interpreter"],
      interpreterLanguage: " ",
      otherNeeds: "",
      question: "",
      consent: "",
    };
    expect(checkSignUp(values)).toEqual({
      ok: false,
      errors: {
        name: "nameRequired",
        consent: "consentRequired",
        interpreterLanguage: "interpreterLanguageRequired",
      },
    });
    const complete = { ...values, name: "Asha", consent: "yes", interpreterLanguage: "Somali" };
    expect(checkSignUp(complete).ok).toBe(true);
    expect(checkSignUp({ ...complete, needs: ["bsl"], interpreterLanguage: "" }).ok).toBe(true);
    expect(checkSignUp({ ...complete, interpreterLanguage: "" })).toEqual({
      ok: false,
      errors: { interpreterLanguage: "interpreterLanguageRequired" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { newAccountSchema } from "~/auth/accounts.server";
import { newInspectionSchema } from "~/inspections/inspections.server";
import { hasNoControlCharacters, isOneLine, textBoxText } from "~/platform/text";
import { webinarSchema } from "~/webinars/manage.server";
import { checkSignUp } from "~/webinars/signup-form.server";

/*
 * A one-line field (a name, an address, a title) never holds a line break or a control
 * character: put into an email, such a name starts new lines of its own (#16, finding 5).
 */

const named: Record<string, string> = {
  "a line feed": "\n",
  "a carriage return": "\r",
  "a line separator (U+2028)": "\u2028",
  "a paragraph separator (U+2029)": "\u2029",
  "a next-line (U+0085)": "\u0085",
  "a tab": "\t",
  "a NUL": "\u0000",
  "an escape": "\u001b",
  "a delete (U+007F)": "\u007f",
};
const breaks = Object.values(named);

describe("one-line fields", () => {
  it("knows a line break or control character from ordinary words in every script", () => {
    for (const character of breaks) {
      expect(isOneLine(`Asha${character}Begum`), JSON.stringify(character)).toBe(false);
    }
    for (const words of ["Zbigniew Kowalczyk", "Mrs D'Souza", "آسیہ بیگم", "আশা বেগম", "Ștefan"])
      expect(isOneLine(words), words).toBe(true);
    // Text boxes keep their lines and tabs, and lose only the other control characters.
    expect(hasNoControlCharacters("First line.\r\nSecond line.\tTabbed.")).toBe(true);
    for (const character of ["\u0000", "\u0007", "\u001b", "\u0085", "\u2028"])
      expect(hasNoControlCharacters(`Why?${character}`), JSON.stringify(character)).toBe(false);
  });

  it("keeps a text box's lines as line feeds and drops only what cannot be seen", () => {
    // A word processor's pasted line break is a vertical tab; Windows sends CR LF.
    expect(textBoxText("  One.\r\nTwo.\u000bThree.\u2028Four.\rFive.\tTabbed.  ")).toBe(
      "One.\nTwo.\nThree.\nFour.\nFive.\tTabbed.",
    );
    expect(textBoxText("Ring\u0000 Sam\u001b\u0085\u007f")).toBe("Ring Sam");
    for (const words of ["Zbigniew Kowalczyk", "آسیہ بیگم", "আশা বেগম"])
      expect(textBoxText(words)).toBe(words);
  });

  it.each(Object.entries(named))(
    "refuses %s in every one-line field of every form, naming the field",
    (_, character) => {
      const signUp = checkSignUp({
        name: `Asha${character}`,
        email: `asha${character}@example.org`,
        role: "parent",
        needs: ["interpreter"],
        interpreterLanguage: `Somali${character}`,
        otherNeeds: "",
        question: "",
        consent: "yes",
      });
      expect(signUp.ok ? {} : signUp.errors).toEqual({
        name: "nameOneLine",
        email: "emailInvalid",
        interpreterLanguage: "interpreterLanguageOneLine",
      });
      const messages = (result: { success: boolean; error?: { issues: unknown[] } }) =>
        Object.fromEntries(
          (result.error?.issues ?? []).map((issue) => {
            const { path, message } = issue as { path: string[]; message: string };
            return [path[0], message];
          }),
        );
      const inspection = newInspectionSchema().safeParse({
        localAreaName: `Oak${character}shire`,
        notifiedOn: { day: "1", month: "1", year: "2020" },
        supportName: `Local offer${character}`,
        supportPhone: `0800${character}`,
        supportUrl: `https://example.org/${character}x`,
      });
      expect(messages(inspection)).toMatchObject({
        localAreaName: "oneLine",
        supportName: "oneLine",
        supportPhone: "oneLine",
        supportUrl: "oneLine",
      });
      const webinar = webinarSchema({ notifiedOn: "2999-01-01", week3: "2999-01-20" }).safeParse({
        title: `Meet us${character}`,
        day: { day: "1", month: "1", year: "2999" },
        starts: "18:00",
        ends: "19:00",
        capacity: "10",
        audience: "parents",
        host: "inspectors",
        joinUrl: `https://example.org/room${character}x`,
      });
      expect(messages(webinar)).toMatchObject({ title: "oneLine", joinUrl: "joinUrlInvalid" });
      const account = newAccountSchema.safeParse({
        name: `Sam${character}Smith`,
        email: `sam${character}@example.org`,
        role: "inspector",
      });
      expect(messages(account)).toEqual({ name: "oneLine", email: "emailInvalid" });
    },
  );
});

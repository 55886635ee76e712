import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createServerI18n } from "~/i18n/i18n.server";
import { languageCodes } from "~/i18n/languages";
import { framework } from "../../surveys/framework";
import { getSurvey, questionOptions, surveyDefinitions } from "../../surveys";
import type { SurveyDefinition } from "../../surveys";

const impact = ["I1", "I2", "I3", "I4", "I5", "AP"];
const leadership = ["L1", "L2", "L3", "L4", "L5", "L6"];
const expectedCriteria: Record<SurveyDefinition["audience"], string[]> = {
  child: impact,
  parent: impact,
  practitioner: [...impact, ...leadership],
};
const subPointIds = new Set(framework.flatMap((c) => c.subPoints.map((p) => p.id)));

function textKeys(definition: SurveyDefinition): string[] {
  const own = (key: string) => (key.includes(":") ? key : `${definition.namespace}:${key}`);
  return [
    own(definition.title),
    own(definition.title.replace(/title$/, "intro")),
    ...definition.questions.flatMap((q) => [
      own(q.text),
      ...(q.help ? [own(q.help)] : []),
      ...questionOptions(q).map((o) => own(o.text)),
    ]),
  ];
}

describe("survey definitions", () => {
  it("has six: every audience in easy read and standard", () => {
    expect(surveyDefinitions.map((d) => `${d.audience}/${d.version}`).sort()).toEqual([
      "child/easy",
      "child/standard",
      "parent/easy",
      "parent/standard",
      "practitioner/easy",
      "practitioner/standard",
    ]);
  });

  for (const definition of surveyDefinitions) {
    const name = `${definition.audience}/${definition.version}`;
    const main = definition.questions.filter((q) => q.section === "main");

    it(`${name}: covers every criterion its audience can speak to`, () => {
      const covered = new Set(main.flatMap((q) => q.criteria));
      expect(
        [...expectedCriteria[definition.audience]].filter((c) => !covered.has(c as never)),
      ).toEqual([]);
    });

    it(`${name}: has a sensible length`, () => {
      const [min, max] = definition.version === "easy" ? [8, 12] : [12, 20];
      expect(main.length).toBeGreaterThanOrEqual(min);
      expect(main.length).toBeLessThanOrEqual(max);
      expect(new Set(definition.questions.map((q) => q.id)).size).toBe(definition.questions.length);
    });

    it(`${name}: every choice has "don't know", every option a polarity, every sub-point a criterion`, () => {
      for (const question of definition.questions) {
        if (question.kind === "single" || question.kind === "multiple") {
          expect(
            question.options.some((o) => o.polarity === "dont_know"),
            question.id,
          ).toBe(true);
        }
        if (question.kind === "scale")
          expect(questionOptions(question).some((o) => o.polarity === "dont_know")).toBe(true);
        for (const point of question.subPoints) {
          expect(subPointIds.has(point), `${question.id}: ${point}`).toBe(true);
          expect(question.criteria as string[], `${question.id}: ${point}`).toContain(
            point.split(".")[0],
          );
        }
        expect(question.optional).toBe(true);
      }
    });

    it(`${name}: every text exists in every language`, async () => {
      for (const language of languageCodes) {
        const i18n = await createServerI18n(language);
        const missing = textKeys(definition).filter((key) => {
          const [ns, key_] = key.split(":") as [string, string];
          return !i18n.exists(key_, { ns, lng: language, fallbackLng: [] });
        });
        expect(missing, language).toEqual([]);
      }
    });

    it(`${name}: every picture exists${definition.version === "easy" ? ", and every easy-read question and answer has one" : ""}`, () => {
      for (const question of definition.questions) {
        const pictures = [
          question.picture,
          ...questionOptions(question).map((o) => o.picture),
        ].filter(Boolean) as string[];
        for (const picture of pictures)
          expect(existsSync(`surveys/pictures/${picture}.svg`), picture).toBe(true);
        if (definition.version !== "easy") continue;
        expect(question.picture, question.id).toBeTruthy();
        if (question.section === "main") {
          for (const option of questionOptions(question))
            expect(option.picture, `${question.id}/${option.value}`).toBeTruthy();
        }
      }
    });
  }

  for (const audience of ["child", "parent", "practitioner"] as const) {
    it(`${audience}: easy read and standard share question ids and criteria, so results add up`, () => {
      const standard = getSurvey(audience, "standard");
      for (const question of getSurvey(audience, "easy").questions) {
        const twin = standard.questions.find((q) => q.id === question.id);
        expect(twin, `${question.id} is in the standard version`).toBeDefined();
        expect([...question.criteria].sort(), question.id).toEqual([...twin!.criteria].sort());
        expect(question.kind === "text", question.id).toBe(twin!.kind === "text");
        // Closed answers that both versions store must mean the same thing.
        if (question.kind === "single" && twin!.kind === "single") {
          for (const option of question.options) {
            const same = twin!.options.find((o) => o.value === option.value);
            if (same) expect(same.polarity, `${question.id}/${option.value}`).toBe(option.polarity);
          }
        }
      }
    });
  }
});

import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createServerI18n } from "~/i18n/i18n.server";
import { languageCodes } from "~/i18n/languages";
import { framework } from "~surveys/framework";
import { pictureFits, pictureTones } from "~surveys/picture-tones";
import { notAskedInSurveys } from "~surveys/not-asked";
import { codeClosedAnswer } from "~surveys/answers";
import { getSurvey, questionOptions, surveyDefinitions } from "~surveys";
import type { SurveyDefinition } from "~surveys";

const impact = ["I1", "I2", "I3", "I4", "I5", "AP"];
const leadership = ["L1", "L2", "L3", "L4", "L5", "L6"];
const expectedCriteria: Record<SurveyDefinition["audience"], string[]> = {
  child: impact,
  parent: impact,
  practitioner: [...impact, ...leadership],
};
const subPointIds = new Set(framework.flatMap((c) => c.subPoints.map((p) => p.id)));

/** A question asked for yes or no: its main clause (after any leading clause) opens with a verb. */
function questionShape(text: string): "statement" | "yesNo" | "open" {
  const trimmed = text.trim();
  if (!trimmed.endsWith("?")) return "statement";
  const mainClause = trimmed.split(",").pop()!.trim();
  return /^(do|does|did|is|are|was|were|have|has|had|can|could|will|would|should)\b/i.test(
    mainClause,
  )
    ? "yesNo"
    : "open";
}

/** Answers to a yes/no question: yes, no, or how often or how much. */
const yesNoAnswer = /^(yes|no|not|some|sometimes|usually|often|rarely|never|always)\b/i;

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
      // Every question is optional and one a page; past these, people stop before the end.
      const [min, max] = definition.version === "easy" ? [8, 14] : [12, 22];
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

  it("every sub-point of the framework is asked about by some question, or says why none can", () => {
    const asked = new Set(
      surveyDefinitions.flatMap((d) => d.questions.flatMap((q) => q.subPoints)),
    );
    const reasons = new Map(notAskedInSurveys.map((n) => [n.subPoint, n]));
    const silent = [...subPointIds].filter((id) => !asked.has(id) && !reasons.has(id));
    expect(silent, "sub-points with neither a question nor a reason").toEqual([]);
    // A reason is dropped once a question asks about its sub-point, and names a real one.
    expect(
      [...reasons.keys()].filter((id) => asked.has(id)),
      "asked, yet listed as not asked",
    ).toEqual([]);
    expect([...reasons.keys()].filter((id) => !subPointIds.has(id))).toEqual([]);
    expect(reasons.size).toBe(notAskedInSurveys.length);
    for (const { subPoint, reason, evidence } of notAskedInSurveys) {
      expect(reason.length, subPoint).toBeGreaterThan(40);
      expect(evidence.length, subPoint).toBeGreaterThan(20);
    }
  });

  it("every answer's picture fits its meaning: no tick on a bad answer, no cross on a good one", () => {
    const misfits: string[] = [];
    for (const definition of surveyDefinitions)
      for (const question of definition.questions)
        for (const option of questionOptions(question))
          if (option.picture && !pictureFits(option.picture, option.polarity))
            misfits.push(
              `${definition.audience}/${definition.version} ${question.id}/${option.value}: ` +
                `${option.polarity} answer shows ${option.picture} (${pictureTones[option.picture]})`,
            );
    expect(misfits).toEqual([]);
  });

  it("the picture check knows a tick from a cross", () => {
    expect(pictureFits("yes", "negative")).toBe(false);
    expect(pictureFits("no", "positive")).toBe(false);
    expect(pictureFits("face-sad", "positive")).toBe(false);
    expect(pictureFits("face-happy", "negative")).toBe(false);
    expect(pictureFits("no", "not_applicable")).toBe(false);
    expect(pictureFits("school", "negative")).toBe(true);
    expect(pictureFits("yes", "positive")).toBe(true);
  });

  it("an answer saying the question does not apply is stored but informs no criterion", () => {
    const notApplicable = surveyDefinitions.flatMap((d) =>
      d.questions.flatMap((question) =>
        questionOptions(question)
          .filter((o) => o.polarity === "not_applicable")
          .map((option) => ({ question, option })),
      ),
    );
    expect(notApplicable.length).toBeGreaterThan(0);
    for (const { question, option } of notApplicable) {
      const [coded] = codeClosedAnswer(question, { value: option.value });
      expect(coded, `${question.id}/${option.value}`).toMatchObject({
        value: option.value,
        polarity: "not_applicable",
        criteria: [],
        subPoints: [],
      });
    }
    // "I do not have a plan" is its own answer, not "don't know" (which still counts for I2).
    const plan = getSurvey("child", "easy").questions.find((q) => q.id === "understand_plan")!;
    const values = questionOptions(plan).map((o) => o.value);
    expect(values).toEqual(["happy", "ok", "sad", "no_plan", "dont_know"]);
    expect(codeClosedAnswer(plan, { value: "dont_know" })[0]!.criteria).toEqual(["I2"]);
  });

  it("every question's answers answer it: a yes/no question has yes/no answers, a scale a statement", async () => {
    const i18n = await createServerI18n("en");
    const english = (definition: SurveyDefinition, key: string) =>
      i18n.t(key.includes(":") ? key : `${definition.namespace}:${key}`, { lng: "en" });
    const misfits: string[] = [];
    for (const definition of surveyDefinitions)
      for (const question of definition.questions) {
        if (question.kind === "text") continue;
        const kind = questionShape(english(definition, question.text));
        const name = `${definition.audience}/${definition.version} ${question.id}`;
        // Agreement needs a statement; faces say Yes / Sometimes / No, so a yes/no question too.
        if (
          question.kind === "scale" &&
          kind !== "statement" &&
          !(kind === "yesNo" && question.scale === "faces")
        )
          misfits.push(`${name}: a ${question.scale} scale answers a ${kind}`);
        if (kind !== "yesNo") continue;
        for (const option of questionOptions(question)) {
          // "Don't know" and "does not apply" are answers to any question.
          if (option.polarity === "dont_know" || option.polarity === "not_applicable") continue;
          const text = english(definition, option.text);
          if (!yesNoAnswer.test(text))
            misfits.push(`${name}/${option.value}: "${text}" is not yes or no`);
        }
      }
    expect(misfits).toEqual([]);
  });

  it("the question-shape check tells yes/no questions from open ones", () => {
    expect(questionShape("Do you go to school or college every day?")).toBe("yesNo");
    expect(questionShape("In the last year, have you missed school?")).toBe("yesNo");
    expect(
      questionShape("When children are out of school, how quickly do they get education?"),
    ).toBe("open");
    expect(questionShape("Which one is true for you now?")).toBe("open");
    expect(questionShape("You get the help you need.")).toBe("statement");
    expect(yesNoAnswer.test("My family teaches me at home")).toBe(false);
    expect(yesNoAnswer.test("Yes, sometimes")).toBe(true);
  });

  for (const audience of ["child", "parent", "practitioner"] as const) {
    it(`${audience}: easy read and standard share question ids, criteria and sub-points, so results add up`, () => {
      const standard = getSurvey(audience, "standard");
      for (const question of getSurvey(audience, "easy").questions) {
        const twin = standard.questions.find((q) => q.id === question.id);
        expect(twin, `${question.id} is in the standard version`).toBeDefined();
        expect([...question.criteria].sort(), question.id).toEqual([...twin!.criteria].sort());
        expect([...question.subPoints].sort(), question.id).toEqual([...twin!.subPoints].sort());
        expect(question.kind === "text", question.id).toBe(twin!.kind === "text");
        // Closed answers that both versions store must mean the same thing.
        if (question.kind !== "text") {
          const twinOptions = questionOptions(twin!);
          for (const option of questionOptions(question)) {
            const same = twinOptions.find((o) => o.value === option.value);
            if (same) expect(same.polarity, `${question.id}/${option.value}`).toBe(option.polarity);
          }
        }
      }
    });
  }
});

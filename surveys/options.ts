import type { Option, Question } from "./schema";

/*
 * What a question offers to choose from. Kept apart from schema.ts (which builds zod schemas
 * when it loads) because question pages render these in the browser.
 */

/** The options a question offers, with the shared scales spelled out. */
export function questionOptions(question: Question): Option[] {
  switch (question.kind) {
    case "scale": {
      const scale = question.scale === "faces" ? facesScale : agreeScale;
      if (!question.notApplicable) return scale;
      // "Does not apply" goes just before "don't know", the scale's last option.
      return [...scale.slice(0, -1), question.notApplicable, scale[scale.length - 1]!];
    }
    case "single":
    case "multiple":
      return question.options;
    case "text":
      return [];
    default: {
      const unknownKind: never = question;
      throw new Error(`Unknown question kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** Scale option texts live in the shared `survey-common` namespace (`survey-common:` prefix). */
export const facesScale: Option[] = [
  {
    value: "happy",
    text: "survey-common:scale.faces.happy",
    polarity: "positive",
    picture: "face-happy",
  },
  { value: "ok", text: "survey-common:scale.faces.ok", polarity: "neutral", picture: "face-ok" },
  {
    value: "sad",
    text: "survey-common:scale.faces.sad",
    polarity: "negative",
    picture: "face-sad",
  },
  {
    value: "dont_know",
    text: "survey-common:scale.faces.dont_know",
    polarity: "dont_know",
    picture: "dont-know",
  },
];

export const agreeScale: Option[] = [
  {
    value: "strongly_agree",
    text: "survey-common:scale.agree5.strongly_agree",
    polarity: "positive",
  },
  { value: "agree", text: "survey-common:scale.agree5.agree", polarity: "positive" },
  { value: "neither", text: "survey-common:scale.agree5.neither", polarity: "neutral" },
  { value: "disagree", text: "survey-common:scale.agree5.disagree", polarity: "negative" },
  {
    value: "strongly_disagree",
    text: "survey-common:scale.agree5.strongly_disagree",
    polarity: "negative",
  },
  { value: "dont_know", text: "survey-common:scale.agree5.dont_know", polarity: "dont_know" },
];

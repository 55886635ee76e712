import type { Polarity, Question, SurveyVersion } from "./schema";
import { questionOptions } from "./options";
import { hasVisibleWords, textBoxText } from "./typed-text";

/**
 * What a draft keeps for one question. `skipped` is an explicit "skip", kept for the check page.
 * `version`: the version it was given in (#20), which may not be the draft's now; answers kept
 * before versions could change hold none, and were given in the draft's version.
 */
export type DraftAnswer = (
  | { skipped: true }
  | { value: string }
  | { values: string[] }
  /** `concern`: the words as typed looked like a disclosure (app/safeguarding/detect.ts). */
  | { text: string; concern?: true }
) & { version?: SurveyVersion };

export type AnswerProblem =
  | { kind: "invalidOption" }
  | { kind: "tooLong"; max: number; count: number };

export type ParsedAnswer =
  | { ok: true; answer: DraftAnswer }
  | { ok: false; problem: AnswerProblem; text?: string };

/**
 * Reads one question's answer from a posted form. Nothing chosen counts as skipped: every
 * question is optional. Values not in the definition are refused, not stored.
 */
export function parseAnswer(question: Question, form: FormData): ParsedAnswer {
  const raw = form.getAll("answer").filter((v): v is string => typeof v === "string");
  switch (question.kind) {
    case "scale":
    case "single": {
      if (raw.length === 0 || raw[0] === "") return { ok: true, answer: { skipped: true } };
      const allowed = questionOptions(question).map((o) => o.value);
      if (raw.length > 1 || !allowed.includes(raw[0]!))
        return { ok: false, problem: { kind: "invalidOption" } };
      return { ok: true, answer: { value: raw[0]! } };
    }
    case "multiple": {
      const chosen = raw.filter((v) => v !== "");
      if (chosen.length === 0) return { ok: true, answer: { skipped: true } };
      const allowed = question.options.map((o) => o.value);
      if (chosen.some((v) => !allowed.includes(v)) || new Set(chosen).size !== chosen.length) {
        return { ok: false, problem: { kind: "invalidOption" } };
      }
      // "I don't know" beside other choices means the other choices.
      const known = chosen.filter(
        (v) => question.options.find((o) => o.value === v)?.polarity !== "dont_know",
      );
      return { ok: true, answer: { values: known.length ? known : chosen } };
    }
    case "text": {
      if (raw.length > 1) return { ok: false, problem: { kind: "invalidOption" } };
      const text = textBoxText(raw[0] ?? "");
      // Only spaces, joiners or direction marks: nothing was said, as if nothing was typed.
      if (!hasVisibleWords(text)) return { ok: true, answer: { skipped: true } };
      const count = [...text].length;
      if (count > question.maxLength)
        return { ok: false, problem: { kind: "tooLong", max: question.maxLength, count }, text };
      return { ok: true, answer: { text } };
    }
    default: {
      const unknownKind: never = question;
      throw new Error(`Unknown question kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** Checks a stored draft answer still fits the definition (drafts are data from the past). */
export function isValidDraftAnswer(question: Question, answer: unknown): answer is DraftAnswer {
  if (!answer || typeof answer !== "object") return false;
  const a = answer as Record<string, unknown>;
  if (a.skipped === true) return true;
  const allowed = questionOptions(question).map((o) => o.value);
  switch (question.kind) {
    case "scale":
    case "single":
      return typeof a.value === "string" && allowed.includes(a.value);
    case "multiple":
      return (
        Array.isArray(a.values) &&
        a.values.length > 0 &&
        a.values.every((v) => typeof v === "string" && allowed.includes(v))
      );
    case "text":
      return (
        typeof a.text === "string" && a.text.length > 0 && [...a.text].length <= question.maxLength
      );
    default: {
      const unknownKind: never = question;
      throw new Error(`Unknown question kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

export interface CodedAnswer {
  questionId: string;
  value: string;
  polarity: Polarity;
  criteria: string[];
  subPoints: string[];
}

/**
 * Closed answers coded from the definition: each chosen option's polarity and the question's
 * criteria. An answer saying the question does not apply is kept but informs no criterion.
 */
export function codeClosedAnswer(question: Question, answer: DraftAnswer): CodedAnswer[] {
  if ("skipped" in answer || "text" in answer) return [];
  const values = "value" in answer ? [answer.value] : answer.values;
  const options = questionOptions(question);
  return values.map((value) => {
    const option = options.find((o) => o.value === value);
    if (!option) throw new Error(`Option ${value} is not in question ${question.id}`);
    const applies = option.polarity !== "not_applicable";
    return {
      questionId: question.id,
      value,
      polarity: option.polarity,
      criteria: applies ? [...question.criteria] : [],
      subPoints: applies ? [...question.subPoints] : [],
    };
  });
}

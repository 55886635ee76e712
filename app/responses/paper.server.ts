import type { Database } from "~db/client.server";
import { parseAnswer } from "~surveys/answers";
import type { AnswerProblem, DraftAnswer } from "~surveys/answers";
import { getSurvey } from "~surveys";
import type { Question, SurveyVersion } from "~surveys/schema";
import { audit } from "~/auth/audit.server";
import type { Audience } from "~/inspections/audiences";
import { isLatePaper, whyPaperRefused } from "~/inspections/summary-final.server";
import type { PaperWindow } from "~/inspections/summary-final.server";
import { isLanguageCode } from "~/i18n/languages";
import type { LanguageCode } from "~/i18n/languages";
import { versions } from "~surveys/schema";
import { randomToken } from "~/platform/random.server";
import { redactFreeText, redactionRulesVersion } from "~/privacy/redact.server";
import { detectDisclosure } from "~/safeguarding/detect";
import { paperField } from "./paper-field";
import { submitResponse } from "./submit.server";

/*
 * Paper surveys keyed in by the inspection's team (#20): every question of one form on one
 * page, sent once, stored as a response on the "paper" channel in the language the form was
 * in, through the same statement as an online response (own words redacted and coded, a
 * possible disclosure flagged). Keying in is the team's task, not a respondent's journey: no
 * draft, no public page, no "Save and come back later". Forms that reach the team after the
 * surveys closed can still be keyed in, marked late and counted as late paper forms, until the
 * lead marks the summary final (app/inspections/summary-final.server.ts).
 */

/** A paper form's own key, made when its page is shown, so a form sent twice is stored once. */
const keyPattern = /^paper-[A-Za-z0-9_-]{24}$/;
export const newPaperKey = () => `paper-${randomToken(18)}`;

export interface PaperForm {
  audience: Audience;
  version: SurveyVersion;
  language: LanguageCode;
}

/** What was wrong with a form, and everything it said, so the page shows it again. */
export interface PaperProblems {
  problems: { questionId: string; problem: AnswerProblem }[];
  /** The valid choices as sent, and own words as typed (never stored). */
  chosen: Record<string, DraftAnswer>;
}

/**
 * Which forms the page keys in, from its address: an audience the inspection has a survey
 * for, a version and a language; what was sent is kept for the chooser either way.
 */
export function readPaperForm(
  search: URLSearchParams,
  audiences: readonly Audience[],
):
  | (PaperForm & { ok: true; asSent: Record<string, string> })
  | { ok: false; asSent: Record<string, string> } {
  const asSent = Object.fromEntries(
    ["audience", "version", "language"].flatMap((name) => {
      const value = search.get(name);
      return value ? [[name, value.slice(0, 20)]] : [];
    }),
  );
  const audience = audiences.find((a) => a === asSent.audience);
  const version = versions.find((v) => v === asSent.version);
  const language = asSent.language;
  if (!audience || !version || !isLanguageCode(language)) return { ok: false, asSent };
  return { ok: true, audience, version, language, asSent };
}

export type PaperOutcome =
  | { stored: true; late: boolean }
  /** The same form sent again (a double click, a retry): it is stored already. */
  | { stored: false; late: boolean }
  /** Nothing stored: each refused answer, by question, with what was typed kept. */
  | PaperProblems
  | { refused: "badKey" | "notOpenYet" | "dataDeleted" | "final" };

/**
 * Keys in one paper form: every answer read as the online pages read it (a choice not on the
 * form is refused; nothing chosen is "skipped"), all or nothing. Audited with the form's
 * audience, version, language and whether it came late; never with its answers.
 */
export async function keyInPaperForm(
  db: Database,
  input: PaperForm & {
    userId: string;
    inspectionId: string;
    inspection: PaperWindow;
    form: FormData;
    now?: Date;
  },
): Promise<PaperOutcome> {
  const now = input.now ?? new Date();
  const key = input.form.get("submissionKey");
  if (typeof key !== "string" || !keyPattern.test(key)) return { refused: "badKey" };
  const refused = whyPaperRefused(input.inspection, now);
  if (refused) return { refused };
  const definition = getSurvey(input.audience, input.version);
  const read = readPaperAnswers(definition.questions, input.form);
  if ("problems" in read) return read;
  const late = isLatePaper(input.inspection, now);
  const { stored } = await submitResponse(db, {
    inspectionId: input.inspectionId,
    audience: input.audience,
    definition,
    draft: {
      answers: read.answers,
      channel: "paper",
      submissionKey: key,
      redactionVersion: redactionRulesVersion,
    },
    language: input.language,
    late,
    now,
  });
  if (stored) {
    await audit(db, {
      userId: input.userId,
      inspectionId: input.inspectionId,
      action: "paper_response_keyed",
      detail: { audience: input.audience, version: input.version, language: input.language, late },
    });
  }
  return { stored, late };
}

/** Every question's answer from the page's fields, or every problem with them. */
export function readPaperAnswers(
  questions: readonly Question[],
  form: FormData,
): { answers: Record<string, DraftAnswer> } | PaperProblems {
  const answers: Record<string, DraftAnswer> = {};
  const chosen: Record<string, DraftAnswer> = {};
  const problems: PaperProblems["problems"] = [];
  for (const question of questions) {
    // parseAnswer reads a question's page, whose one field is "answer".
    const one = new FormData();
    for (const value of form.getAll(paperField(question.id))) one.append("answer", value);
    const parsed = parseAnswer(question, one);
    if (!parsed.ok) {
      problems.push({ questionId: question.id, problem: parsed.problem });
      if (parsed.text !== undefined) chosen[question.id] = { text: parsed.text };
      continue;
    }
    chosen[question.id] = parsed.answer;
    if (!("text" in parsed.answer)) {
      answers[question.id] = parsed.answer;
      continue;
    }
    // As a draft keeps own words (app/responses/drafts.server.ts): redacted before anything
    // stores them, flagged from the words as written.
    const { text } = parsed.answer;
    const concern = detectDisclosure(text).flagged;
    answers[question.id] = {
      text: redactFreeText(text).text,
      ...(concern ? { concern: true } : {}),
    };
  }
  return problems.length ? { problems, chosen } : { answers };
}

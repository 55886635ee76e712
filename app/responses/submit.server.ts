import { eq, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { rowsOf } from "~db/client.server";
import type { Database } from "~db/client.server";
import {
  answers,
  commentCodes,
  comments,
  drafts,
  pendingCounts,
  recordings,
  responses,
} from "~db/schema";
import { codeClosedAnswer, isValidDraftAnswer } from "~surveys/answers";
import type { CodedAnswer } from "~surveys/answers";
import type { SurveyDefinition, SurveyVersion } from "~surveys/schema";
import { getSurvey } from "~surveys";
import { otherVersion } from "~surveys/switching";
import { londonDay } from "~/platform/time";
import { redactFreeText, redactionRulesVersion } from "~/privacy/redact.server";
import { codeComment } from "~/coding/comment-codes";
import type { CommentCode } from "~/coding/comment-codes";
import { suggestSentiment } from "~/coding/suggest";
import { commentConcern } from "~/safeguarding/detect";
import type { Sentiment } from "~/coding/suggest";
import type { DraftState } from "./drafts.server";
import type { Audience } from "~/inspections/audiences";

export interface PreparedResponse {
  /** Each with the version it was given in (#20). */
  coded: (CodedAnswer & { version: SurveyVersion })[];
  comments: {
    questionId: string;
    text: string;
    codes: CommentCode[];
    sentiment: Sentiment;
    concern: boolean;
    concernWords: string[];
  }[];
  about: Record<string, string>;
}

/**
 * What submitting needs of a draft; without `redactionVersion` its words count as old. A
 * paper form keyed in on one page (app/responses/paper.server.ts) has no draft `id`.
 */
export type SubmittedDraft = Pick<DraftState, "answers" | "channel" | "submissionKey"> &
  Partial<Pick<DraftState, "id" | "redactionVersion">>;

/**
 * The questions a draft's answers were given to, each as the version it was given in asked it
 * (#20): the sending version's questions first, then those only the other version asks.
 */
function answeredQuestions(definition: SurveyDefinition, answers: SubmittedDraft["answers"]) {
  const other = getSurvey(definition.audience, otherVersion(definition.version));
  const ids = [
    ...definition.questions.map((q) => q.id),
    ...other.questions
      .map((q) => q.id)
      .filter((id) => !definition.questions.some((q) => q.id === id)),
  ];
  return ids.flatMap((id) => {
    const answer = answers[id];
    if (!answer) return [];
    const version = answer.version ?? definition.version;
    const asked = version === definition.version ? definition : other;
    const question = asked.questions.find((q) => q.id === id);
    return question ? [{ question, answer, version }] : [];
  });
}

/**
 * Turns a draft into what will be stored: closed answers coded from the definition of the
 * version each was given in, own words coded, "about you" kept coarse. Own words were
 * redacted when they were saved; a draft made under older redaction rules (or before drafts
 * were redacted) is redacted again here, under today's.
 */
export function prepareResponse(
  definition: SurveyDefinition,
  draft: Pick<SubmittedDraft, "answers" | "redactionVersion">,
): PreparedResponse {
  const redactAgain = (draft.redactionVersion ?? 0) < redactionRulesVersion;
  const prepared: PreparedResponse = { coded: [], comments: [], about: {} };
  for (const { question, answer, version } of answeredQuestions(definition, draft.answers)) {
    if (!isValidDraftAnswer(question, answer) || "skipped" in answer) continue;
    if (question.section === "about") {
      if ("value" in answer) prepared.about[question.id] = answer.value;
      continue;
    }
    if ("text" in answer) {
      const text = redactAgain ? redactFreeText(answer.text).text : answer.text;
      prepared.comments.push({
        questionId: question.id,
        text,
        codes: codeComment(question, text),
        sentiment: suggestSentiment(text),
        ...commentConcern(text, answer.concern === true),
      });
      continue;
    }
    prepared.coded.push(...codeClosedAnswer(question, answer).map((a) => ({ ...a, version })));
  }
  return prepared;
}

/**
 * Stores a response once, in one statement (so one round trip and one transaction): the
 * response (not counted in the summary's counters yet), its answers, comments and their
 * suggested codes, its row in pending_counts (for processes of the previous version, see
 * app/summary/counts.server.ts), its recordings moved over from the draft, and the draft
 * deleted. The draft's random submission key is unique, so the same submission sent
 * twice (double click, retry, five at once) is stored once: when the key is already taken
 * nothing else happens either. Returns whether this call stored it.
 */
export async function submitResponse(
  db: Database,
  input: SubmitInput,
): Promise<{ stored: boolean }> {
  const rows = rowsOf<{ id: string }>(await db.execute(submitStatement(input)));
  return { stored: rows.length > 0 };
}

export interface SubmitInput {
  inspectionId: string;
  audience: Audience;
  definition: SurveyDefinition;
  draft: SubmittedDraft;
  language: string;
  /** A paper form keyed in after the surveys closed (app/responses/paper.server.ts). */
  late?: boolean;
  now?: Date;
}

/**
 * The statement submitResponse runs (the submit benchmark gives pgbench the same). Its text
 * never changes, so each connection prepares it once. Every part runs whatever the others
 * return; those after `response` do nothing when it inserted no row.
 */
export function submitStatement(input: SubmitInput): SQL {
  const prepared = prepareResponse(input.definition, input.draft);
  const inspection = sql`${input.inspectionId}::uuid`;
  const texts = prepared.comments.map(({ questionId, text, sentiment, concern, concernWords }) => ({
    questionId,
    text,
    sentiment,
    concern,
    concernWords,
  }));
  const codes = prepared.comments.flatMap((comment) =>
    comment.codes.map((code) => ({ questionId: comment.questionId, ...code })),
  );
  return sql`
    with response as (
      insert into ${responses} (inspection_id, audience, version, language, channel, late,
        submitted_on, about, submission_key)
      values (${inspection}, ${input.audience}, ${input.definition.version}, ${input.language},
        ${input.draft.channel}, ${input.late ?? false}, ${londonDay(input.now)},
        ${JSON.stringify(prepared.about)}::jsonb, ${input.draft.submissionKey})
      on conflict (submission_key) do nothing
      returning id
    ), answer_rows as (
      insert into ${answers} (response_id, inspection_id, question_id, value, version, polarity,
        criteria, sub_points)
      select response.id, ${inspection}, a."questionId", a.value, a.version, a.polarity,
        a.criteria, a."subPoints"
      from response, jsonb_to_recordset(${JSON.stringify(prepared.coded)}::jsonb) as a(
        "questionId" text, value text, version text, polarity text, criteria text[],
        "subPoints" text[])
    ), comment_rows as (
      insert into ${comments} (response_id, inspection_id, question_id, text, sentiment,
        concern, concern_words)
      select response.id, ${inspection}, c."questionId", c.text, c.sentiment, c.concern,
        c."concernWords"
      from response, jsonb_to_recordset(${JSON.stringify(texts)}::jsonb) as c(
        "questionId" text, text text, sentiment text, concern boolean, "concernWords" text[])
      returning id, question_id
    ), code_rows as (
      insert into ${commentCodes} (comment_id, criterion, status, reason)
      select comment_rows.id, k.criterion, 'suggested', k.reason
      from comment_rows join jsonb_to_recordset(${JSON.stringify(codes)}::jsonb) as k(
        "questionId" text, criterion text, reason text) on k."questionId" = comment_rows.question_id
    ), waiting as (
      insert into ${pendingCounts} (response_id, inspection_id)
      select id, ${inspection} from response
    ), moved as (
      -- Recordings belong to the draft until now; deleting the draft would delete them.
      update ${recordings} set response_id = response.id, draft_id = null
      from response where ${recordings.draftId} = ${input.draft.id ?? null}
    ), gone as (
      delete from ${drafts} where id = ${input.draft.id ?? null} and exists (select 1 from response)
    )
    select id from response`;
}

/** Whether a submission key has already been stored (a repeat send of a finished survey). */
export async function isSubmitted(db: Database, submissionKey: string): Promise<boolean> {
  const [row] = await db
    .select({ id: responses.id })
    .from(responses)
    .where(eq(responses.submissionKey, submissionKey))
    .limit(1);
  return Boolean(row);
}

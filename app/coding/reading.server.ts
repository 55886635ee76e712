import type { Database } from "~db/client.server";
import { surveyTextKey } from "~surveys/text-key";
import { audit } from "~/auth/audit.server";
import type { Audience } from "~/inspections/audiences";
import { recordingsToTranscribe } from "~/recordings/recordings.server";
import type { RecordingToTranscribe } from "~/recordings/recordings.server";
import { withheldAudiences } from "~/summary/quotable.server";
import { getSurvey } from "~/respond/definitions.server";
import { readReason } from "./comment-codes";
import type { CodeReason } from "./comment-codes";
import { countComments, listComments } from "./comments.server";
import { readingProgressAndGroups } from "./read-state.server";
import { themeChoices } from "./themes.server";
import { suppressionThreshold } from "~/summary/threshold.server";
import { pageShown } from "~/platform/paging";
import type { PageShown } from "~/platform/paging";
import type { ReadingProgress } from "./read-state.server";
import type { CommentWithCodes } from "./comments.server";
import type { CommentFilter } from "./comment-filter";
import { groupSummary, groupedConditions } from "./near-duplicates.server";
import type { GroupSummary } from "./near-duplicates.server";

export interface CommentToRead extends Omit<CommentWithCodes, "codes"> {
  codes: (Omit<CommentWithCodes["codes"][number], "reason"> & { why: CodeReason })[];
  /** The question's words, as a translation key. */
  questionKey: string | undefined;
}

/** Comments a page shows: enough to read through, few enough that the page stays quick. */
export const commentsPerPage = 100;

/**
 * What the team reads on the comments page: every comment (redacted) and every recording
 * waiting for a transcript, whatever the group's size — reading is their job, and what
 * respondents are told. Which groups are never quoted is said beside them
 * (app/summary/quotable.server.ts). Reading is audited.
 */
export async function commentsToRead(
  db: Database,
  input: {
    inspectionId: string;
    userId: string;
    filter: Pick<CommentFilter, "criterion" | "audience" | "group" | "theme">;
    /** Which page of `commentsPerPage`, from 1; past the last, the last. */
    page?: number;
  },
): Promise<{
  pages: PageShown;
  themes: { value: string; label: string }[];
  /** The threshold below which a group is never quoted, for the page to say so. */
  threshold: number;
  withheld: Audience[];
  progress: ReadingProgress;
  recordings: RecordingToTranscribe[];
  comments: (CommentToRead & { group: GroupSummary | null })[];
}> {
  const { inspectionId, filter } = input;
  const withheld = await withheldAudiences(db, inspectionId);
  // Each near-duplicate group is shown once, with its count, unless it is the one opened.
  const { progress, groups } = await readingProgressAndGroups(db, inspectionId);
  const matching = await groupedConditions(db, inspectionId, filter, groups);
  const total = await countComments(db, inspectionId, filter, matching);
  const pages = pageShown(total, input.page, commentsPerPage);
  const shown = await listComments(db, inspectionId, filter, matching, {
    offset: (pages.page - 1) * commentsPerPage,
    limit: commentsPerPage,
  });
  const recordings = await recordingsToTranscribe(db, inspectionId);
  await audit(db, {
    userId: input.userId,
    inspectionId,
    action: "comments_viewed",
    detail: { ...filter, count: shown.length, recordings: recordings.length },
  });
  return {
    pages,
    themes: await themeChoices(db, inspectionId),
    threshold: suppressionThreshold(),
    withheld,
    progress,
    recordings,
    comments: shown.map((comment) => ({
      ...toRead(comment),
      group: filter.group ? null : groupSummary(groups, comment.id),
    })),
  };
}

/** A comment as the team reads it: its question's words and why each code was suggested. */
export function toRead(comment: CommentWithCodes): CommentToRead {
  const definition = getSurvey(comment.audience, comment.version);
  const question = definition.questions.find((q) => q.id === comment.questionId);
  return {
    ...comment,
    codes: comment.codes.map(({ reason, ...code }) => ({ ...code, why: readReason(reason) })),
    questionKey: question ? surveyTextKey(definition, question.text) : undefined,
  };
}

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
import { listComments } from "./comments.server";
import type { CommentWithCodes } from "./comments.server";

export interface CommentToRead extends Omit<CommentWithCodes, "codes"> {
  codes: (Omit<CommentWithCodes["codes"][number], "reason"> & { why: CodeReason })[];
  /** The question's words, as a translation key. */
  questionKey: string | undefined;
}

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
    filter: { criterion?: string; audience?: Audience };
  },
): Promise<{
  withheld: Audience[];
  recordings: RecordingToTranscribe[];
  comments: CommentToRead[];
}> {
  const { inspectionId, filter } = input;
  const withheld = await withheldAudiences(db, inspectionId);
  const shown = await listComments(db, inspectionId, filter);
  const recordings = await recordingsToTranscribe(db, inspectionId);
  await audit(db, {
    userId: input.userId,
    inspectionId,
    action: "comments_viewed",
    detail: { ...filter, count: shown.length, recordings: recordings.length },
  });
  return {
    withheld,
    recordings,
    comments: shown.map((comment) => {
      const definition = getSurvey(comment.audience, comment.version);
      const question = definition.questions.find((q) => q.id === comment.questionId);
      return {
        ...comment,
        codes: comment.codes.map(({ reason, ...code }) => ({ ...code, why: readReason(reason) })),
        questionKey: question ? surveyTextKey(definition, question.text) : undefined,
      };
    }),
  };
}

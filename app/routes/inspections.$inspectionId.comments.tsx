import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { ReadingProgress } from "~/components/inspector/comments/ReadingProgress";
import { CommentFilters } from "~/components/inspector/comments/CommentFilters";
import { CommentItem } from "~/components/inspector/comments/CommentItem";
import { ShownCount } from "~/components/inspector/comments/NearDuplicateNote";
import { WithheldNote } from "~/components/inspector/comments/WithheldNote";
import { Recordings } from "~/components/inspector/comments/Recordings";
import { useJustSaved } from "~/components/inspector/comments/useJustSaved";
import { commentsToRead } from "~/coding/reading.server";
import { recodeComment } from "~/coding/comments.server";
import { markCommentRead } from "~/coding/read-state.server";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { choiceField, idField } from "~/platform/form-fields";
import { discardRecording, transcribeFromForm } from "~/recordings/recordings.server";
import { maxTranscript } from "~/recordings/transcripts";
import { framework } from "~surveys/framework";
import { readCommentFilter } from "~/coding/comment-filter";
import { pageAsked } from "~/platform/paging";
import { Pagination, ShownRange } from "~/components/inspector/Pagination";
import { exportQuery } from "~/summary/inspection-export.server";

/** Comments, redacted, with suggested codes an inspector confirms, removes or adds to. */
export const handle = {
  i18n: ["inspector", "survey-child", "survey-parent", "survey-practitioner", "survey-common"],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, t } = await inspectionContext(request, params.inspectionId);
  const query = new URL(request.url).searchParams;
  const { criterion, audience, group, theme } = readCommentFilter(query);
  const filter = { criterion, audience, group, theme };
  const reading = await commentsToRead(db, {
    inspectionId: inspection.id,
    userId: inspector.id,
    filter,
    page: pageAsked(query),
  });
  return {
    id: inspection.id,
    area: inspection.areaName,
    title: t("comments.title"),
    filter,
    download: `/inspections/${inspection.id}/export/comments.csv${exportQuery({ criterion, audience, theme })}`,
    ...reading,
  };
}

const intents = ["transcribe", "discard", "read", "recode"] as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, t } = await inspectionContext(request, params.inspectionId);
  const form = await readForm(request);
  const intent = choiceField(form, "intent", intents);
  const back = new URL(request.url);
  const here = (anchor: string) => redirect(`${back.pathname}${back.search}#${anchor}`);
  const where = { userId: inspector.id, inspectionId: params.inspectionId! };
  if (intent === "transcribe" || intent === "discard") {
    // Saving a transcript deletes the audio; deleting a recording leaves nothing to hear.
    const recordingId = idField(form, "recordingId");
    if (!recordingId) throw data(null, { status: 400 });
    const at = { ...where, recordingId, transcript: form.get("transcript") };
    const outcome = await (intent === "discard" ? discardRecording : transcribeFromForm)(db, at);
    if ("refused" in outcome) {
      const error = t(`recordings.errors.${outcome.refused}`, {
        count: maxTranscript,
        max: maxTranscript.toLocaleString("en-GB"),
      });
      return data({ recordingId, error, transcript: outcome.transcript }, { status: 400 });
    }
    if (!outcome.found) throw data(null, { status: 404 });
    return here("commentId" in outcome ? `comment-${outcome.commentId}` : "recordings");
  }
  const commentId = idField(form, "commentId");
  if (!intent || !commentId) throw data(null, { status: 400 });
  const criteria = form.getAll("criteria").filter((c): c is string => typeof c === "string");
  const result =
    intent === "read"
      ? await markCommentRead(db, { ...where, commentId })
      : await recodeComment(db, { ...where, commentId, criteria });
  if (!result.found) throw data(null, { status: 404 });
  return here(`comment-${commentId}`);
}

export default function Comments() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["inspector", "survey-common"]);
  const criteria = framework.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }));
  const refused = result && "recordingId" in result ? result : undefined;
  const justSaved = useJustSaved();
  const fieldId = refused && `transcript-${refused.recordingId}`;
  const problems = refused && fieldId ? [{ fieldId, message: refused.error }] : [];
  return (
    <>
      <PageTitle title={`${page.title}: ${page.area}`} hasErrors={Boolean(refused)} />
      <ErrorSummary problems={problems} />
      <p className="visually-hidden" role="status">
        {justSaved !== undefined && !refused ? t("comments.saved") : ""}
      </p>
      <p className="caption">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <h1 className="page-heading">{page.title}</h1>
      <ReadingProgress progress={page.progress} />
      <p>
        <a href={`/inspections/${page.id}/safeguarding`}>{t("safeguarding.title")}</a>
        {" · "}
        <a href={`/inspections/${page.id}/comments/queue`}>{t("queue.link")}</a>
      </p>
      <CommentFilters criteria={criteria} filter={page.filter} themes={page.themes} />
      <p>
        <a href={page.download} download>
          {t("export.downloadComments")}
        </a>
      </p>
      <WithheldNote withheld={page.withheld} threshold={page.threshold} />
      <Recordings inspectionId={page.id} recordings={page.recordings} refused={refused} />
      <ShownCount count={page.pages.total} group={page.filter.group} inspectionId={page.id} />
      <ShownRange shown={page.pages} />
      <Pagination shown={page.pages} label={t("pagination.comments")} />
      <ol className="comment-list" start={page.pages.from || undefined}>
        {page.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            saved={justSaved === comment.id}
            inspectionId={page.id}
            criteria={criteria}
          />
        ))}
      </ol>
      <Pagination shown={page.pages} label={t("pagination.commentsAfter")} />
    </>
  );
}

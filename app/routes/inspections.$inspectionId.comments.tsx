import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { CommentFilters } from "~/components/inspector/comments/CommentFilters";
import { CommentItem } from "~/components/inspector/comments/CommentItem";
import { Recordings } from "~/components/inspector/comments/Recordings";
import { useJustSaved } from "~/components/inspector/comments/useJustSaved";
import { commentsToRead } from "~/coding/reading.server";
import { recodeComment } from "~/coding/comments.server";
import { isAudience } from "~/inspections/audiences";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { isUuid } from "~/platform/ids";
import { discardRecording, transcribeRecording } from "~/recordings/recordings.server";
import { maxTranscript, readTranscript } from "~/recordings/transcripts";
import { suppressionThreshold } from "~/summary/threshold.server";
import { framework, isCriterionCode } from "~surveys/framework";

/** Comments, redacted, with suggested codes an inspector confirms, removes or adds to. */
export const handle = {
  i18n: ["inspector", "survey-child", "survey-parent", "survey-practitioner", "survey-common"],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, t } = await inspectionContext(request, params.inspectionId);
  const query = new URL(request.url).searchParams;
  const criterion = query.get("criterion");
  const audience = query.get("audience");
  const filter = {
    criterion: isCriterionCode(criterion) ? criterion : undefined,
    audience: isAudience(audience) ? audience : undefined,
  };
  const reading = await commentsToRead(db, {
    inspectionId: inspection.id,
    userId: inspector.id,
    filter,
  });
  return {
    id: inspection.id,
    area: inspection.areaName,
    title: t("comments.title"),
    filter,
    threshold: suppressionThreshold(),
    ...reading,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, t } = await inspectionContext(request, params.inspectionId);
  const form = await readForm(request);
  const intent = form.get("intent");
  const back = new URL(request.url);
  const here = (anchor: string) => redirect(`${back.pathname}${back.search}#${anchor}`);
  const where = { userId: inspector.id, inspectionId: params.inspectionId! };
  if (intent === "transcribe" || intent === "discard") {
    // Saving a transcript deletes the audio; deleting a recording leaves nothing to hear.
    const recordingId = form.get("recordingId");
    if (typeof recordingId !== "string" || !isUuid(recordingId)) throw data(null, { status: 400 });
    if (intent === "discard") {
      const { found } = await discardRecording(db, { ...where, recordingId });
      if (!found) throw data(null, { status: 404 });
      return here("recordings");
    }
    const read = readTranscript(form.get("transcript"));
    if (!read.ok) {
      const error = t(`recordings.errors.${read.problem}`, {
        count: maxTranscript,
        max: maxTranscript.toLocaleString("en-GB"),
      });
      return data({ recordingId, error, transcript: read.transcript }, { status: 400 });
    }
    const result = await transcribeRecording(db, {
      ...where,
      recordingId,
      transcript: read.transcript,
    });
    if (!result.found) throw data(null, { status: 404 });
    return here(`comment-${result.commentId}`);
  }
  const commentId = form.get("commentId");
  if (typeof commentId !== "string" || !isUuid(commentId)) throw data(null, { status: 400 });
  const criteria = form.getAll("criteria").filter((c): c is string => typeof c === "string");
  const result = await recodeComment(db, { ...where, commentId, criteria });
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
  return (
    <>
      <PageTitle title={`${page.title}: ${page.area}`} hasErrors={Boolean(refused)} />
      <ErrorSummary
        problems={
          refused ? [{ fieldId: `transcript-${refused.recordingId}`, message: refused.error }] : []
        }
      />
      <p className="visually-hidden" role="status">
        {justSaved !== undefined && !refused ? t("comments.saved") : ""}
      </p>
      <p className="caption">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <h1 className="page-heading">{page.title}</h1>
      <CommentFilters criteria={criteria} filter={page.filter} />
      {page.withheld.length ? (
        <p className="panel">
          {t("comments.withheld", {
            count: page.threshold,
            audiences: page.withheld.map((a) => t(`audience.${a}`)).join(", "),
          })}
        </p>
      ) : null}
      <Recordings inspectionId={page.id} recordings={page.recordings} refused={refused} />
      <p>{t("comments.count", { count: page.comments.length })}</p>
      <ol className="comment-list">
        {page.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            saved={justSaved === comment.id}
            criteria={criteria}
          />
        ))}
      </ol>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { ReadingProgress } from "~/components/inspector/comments/ReadingProgress";
import { QueueComment } from "~/components/inspector/queue/QueueComment";
import { QueueFilters } from "~/components/inspector/queue/QueueFilters";
import { QueueShortcuts } from "~/components/inspector/queue/QueueShortcuts";
import { BulkLinks } from "~/components/inspector/bulk/BulkLinks";
import { commentFilterQuery, readCommentFilter } from "~/coding/comment-filter";
import { queueStep, runQueueCommand } from "~/coding/queue.server";
import type { QueueCommand } from "~/coding/queue.server";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { choiceField, idField, textField } from "~/platform/form-fields";
import { framework } from "~surveys/framework";

/** The reading queue (#19): one comment at a time under a filter, read and coded by keyboard. */
export const handle = {
  i18n: ["inspector", "survey-child", "survey-parent", "survey-practitioner", "survey-common"],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, t } = await inspectionContext(request, params.inspectionId);
  const query = new URL(request.url).searchParams;
  const filter = readCommentFilter(query);
  const step = await queueStep(db, {
    inspectionId: inspection.id,
    userId: inspector.id,
    filter,
    at: query.get("at") ?? undefined,
  });
  const done = query.get("done");
  return {
    id: inspection.id,
    area: inspection.areaName,
    title: t("queue.title"),
    filter,
    filterQuery: commentFilterQuery(filter),
    done: done === "read" || done === "coded" ? done : null,
    ...step,
  };
}

/** The form's intent, as a command; undefined for anything else. */
function commandOf(form: FormData): QueueCommand | undefined {
  const intent = choiceField(form, "intent", ["read", "acceptAll", "accept", "add"]);
  const criterion = textField(form, "criterion", 16);
  const typed = textField(form, "code", 300);
  if (intent === "read" || intent === "acceptAll") return { kind: intent };
  if (intent === "accept" && criterion) return { kind: "accept", criterion };
  if (intent === "add") return { kind: "add", typed };
  return undefined;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, t } = await inspectionContext(request, params.inspectionId);
  const form = await readForm(request);
  const commentId = idField(form, "commentId");
  const command = commandOf(form);
  if (!commentId || !command) throw data(null, { status: 400 });
  const result = await runQueueCommand(db, {
    userId: inspector.id,
    inspectionId: params.inspectionId!,
    commentId,
    command,
  });
  if (!result.found) throw data(null, { status: 404 });
  if (!result.ok) {
    const matches = "matches" in result ? result.matches.join(", ") : "";
    return data({ error: t(`queue.errors.${result.problem}`, { matches }) }, { status: 400 });
  }
  const url = new URL(request.url);
  const back = new URLSearchParams(commentFilterQuery(readCommentFilter(url.searchParams)));
  back.set("at", commentId);
  back.set("done", command.kind === "read" ? "read" : "coded");
  return redirect(`${url.pathname}?${back}`);
}

export default function Queue() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const criteria = framework.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }));
  const link = (at: string | null) =>
    at ? `?${new URLSearchParams([...new URLSearchParams(page.filterQuery), ["at", at]])}` : null;
  return (
    <>
      <PageTitle title={`${page.title}: ${page.area}`} hasErrors={Boolean(refused)} />
      <ErrorSummary problems={refused ? [{ fieldId: "queue-code", message: refused.error }] : []} />
      <p className="caption">
        <a href={`/inspections/${page.id}/comments`}>{t("comments.title")}</a>
      </p>
      <h1 className="page-heading">{page.title}</h1>
      <ReadingProgress progress={page.progress} />
      <QueueFilters criteria={criteria} filter={page.filter} themes={page.themes} />
      <BulkLinks inspectionId={page.id} filter={page.filter} />
      <p role="status">
        {page.comment
          ? t("queue.position", { position: page.position, total: page.total })
          : t("queue.none")}{" "}
        {page.done ? t(`queue.done.${page.done}`) : ""}
      </p>
      {page.comment ? (
        <QueueComment
          comment={page.comment}
          inspectionId={page.id}
          previous={link(page.previousId)}
          next={link(page.nextId)}
          error={refused?.error}
        />
      ) : null}
      {page.comment ? <QueueShortcuts /> : null}
    </>
  );
}

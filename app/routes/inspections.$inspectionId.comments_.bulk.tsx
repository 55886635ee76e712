import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { BulkConfirm } from "~/components/inspector/bulk/BulkConfirm";
import { BulkDone } from "~/components/inspector/bulk/BulkDone";
import { BulkLinks } from "~/components/inspector/bulk/BulkLinks";
import { applyBulk, bulkOutcome, isBulkKind, planBulk, undoBulk } from "~/coding/bulk.server";
import { commentFilterQuery, readCommentFilter } from "~/coding/comment-filter";
import type { CommentFilter } from "~/coding/comment-filter";
import { inspectionContext } from "~/inspections/context.server";
import { choiceField, idField, textField } from "~/platform/form-fields";
import { readForm } from "~/platform/forms.server";
import { isUuid } from "~/platform/ids";
import { formatNumber } from "~/i18n/format";

/**
 * Bulk actions on a filtered set of comments (#19): a confirmation that states the count,
 * one change of exactly those comments, then the result with Undo. Plain forms, POST-redirect-GET.
 */
export const handle = { i18n: ["inspector"] };

/** A near-duplicate group is opened to read, not acted on in bulk: its filter is left out. */
const bulkFilter = (query: URLSearchParams): CommentFilter => ({
  ...readCommentFilter(query),
  group: undefined,
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, language, t, teamRole } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const query = new URL(request.url).searchParams;
  const page = { id: inspection.id, area: inspection.areaName };
  const done = query.get("done");
  if (done !== null) {
    const outcome = isUuid(done)
      ? await bulkOutcome(db, {
          userId: inspector.id,
          teamRole,
          inspectionId: inspection.id,
          bulkId: done,
        })
      : undefined;
    if (!outcome) throw data(null, { status: 404 });
    const title = outcome.undone
      ? t("bulk.undoneTitle")
      : t(outcome.kind === "accept" ? "bulk.doneTitleAccept" : "bulk.doneTitleRead");
    return {
      ...page,
      title,
      filterQuery: commentFilterQuery(outcome.filter),
      done: { ...outcome, bulkId: done },
      plan: null,
    };
  }
  const kind = query.get("kind");
  const filter = bulkFilter(query);
  // No action chosen yet: the page offers both, for the filter given.
  if (kind === null)
    return { ...page, title: t("bulk.title"), filterQuery: "", done: null, plan: null, filter };
  if (!isBulkKind(kind)) throw data(null, { status: 400 });
  const plan = await planBulk(db, { inspectionId: inspection.id, kind, filter });
  const number = formatNumber(plan.count, language);
  const title = plan.count
    ? t(kind === "accept" ? "bulk.confirmAccept" : "bulk.confirmRead", {
        count: plan.count,
        number,
      })
    : t(kind === "accept" ? "bulk.noneAccept" : "bulk.noneRead");
  return {
    ...page,
    title,
    filterQuery: commentFilterQuery(filter),
    done: null,
    plan: { ...plan, filter },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, t, teamRole } = await inspectionContext(request, params.inspectionId);
  const form = await readForm(request);
  const url = new URL(request.url);
  const where = { userId: inspector.id, inspectionId: params.inspectionId! };
  const refuse = (problem: string, status: number) =>
    data({ error: t(`bulk.errors.${problem}`) }, { status });
  const intent = choiceField(form, "intent", ["undo", "apply"]);
  if (intent === "undo") {
    const bulkId = idField(form, "bulkId");
    if (!bulkId) return refuse("form", 400);
    const undone = await undoBulk(db, { ...where, teamRole, bulkId });
    if (!undone.found) throw data(null, { status: 404 });
    if (!undone.ok) return refuse(undone.problem, undone.problem === "notYours" ? 403 : 409);
    return redirect(`${url.pathname}?done=${bulkId}`);
  }
  const kind = url.searchParams.get("kind");
  const count = Number(textField(form, "count", 20));
  const fingerprint = textField(form, "fingerprint", 64);
  if (
    intent !== "apply" ||
    !isBulkKind(kind) ||
    !Number.isSafeInteger(count) ||
    count < 1 ||
    !/^[0-9a-f]{32}$/.test(fingerprint)
  )
    return refuse("form", 400);
  const filter = bulkFilter(url.searchParams);
  const result = await applyBulk(db, { ...where, kind, filter, count, fingerprint });
  if (!result.ok) return refuse("changed", 409);
  return redirect(`${url.pathname}?done=${result.bulkId}`);
}

export default function Bulk() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const error = refused && "error" in refused ? refused.error : undefined;
  return (
    <>
      <PageTitle title={`${page.title}: ${page.area}`} hasErrors={Boolean(error)} />
      <ErrorSummary problems={error ? [{ fieldId: "bulk-action", message: error }] : []} />
      {page.plan ? (
        <BulkConfirm inspectionId={page.id} title={page.title} plan={page.plan} />
      ) : null}
      {page.plan || page.done ? null : (
        <BulkLinks inspectionId={page.id} filter={page.filter ?? {}} heading={1} />
      )}
      {page.done ? (
        <BulkDone
          inspectionId={page.id}
          title={page.title}
          done={page.done}
          filterQuery={page.filterQuery}
        />
      ) : null}
    </>
  );
}

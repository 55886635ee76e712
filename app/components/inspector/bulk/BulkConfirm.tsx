import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import type { BulkPlan } from "~/coding/bulk.server";
import type { CommentFilter } from "~/coding/comment-filter";
import { commentFilterQuery } from "~/coding/comment-filter";
import { formatNumber } from "~/i18n/format";
import { FilterWords } from "./FilterWords";

/**
 * "Accept the suggested codes on 37 comments?": the exact count, what changes, what is left
 * out and why, then one button. The count and a fingerprint of the ids travel with the form,
 * so a set that changed meanwhile is refused rather than changed.
 */
export function BulkConfirm({
  inspectionId,
  title,
  plan,
}: {
  inspectionId: string;
  title: string;
  plan: BulkPlan & { filter: CommentFilter };
}) {
  const { t, i18n } = useTranslation("inspector");
  const written = (n: number) => formatNumber(n, i18n.language);
  const query = commentFilterQuery(plan.filter);
  const accept = plan.kind === "accept";
  return (
    <>
      <p className="caption">
        <a href={`/inspections/${inspectionId}/comments${query}`}>{t("comments.title")}</a>
      </p>
      <h1 className="page-heading">{title}</h1>
      <FilterWords filter={plan.filter} themeLabel={plan.themeLabel} />
      {plan.count ? (
        <p>
          {accept
            ? t("bulk.changesAccept", { count: plan.codes, number: written(plan.codes) })
            : t("bulk.changesRead")}
        </p>
      ) : null}
      <div className="panel">
        <p>{t("bulk.concerns")}</p>
        {plan.leftOut ? (
          <p>{t("bulk.leftOut", { count: plan.leftOut, number: written(plan.leftOut) })}</p>
        ) : null}
      </div>
      {plan.count ? (
        <Form
          method="post"
          action={`/inspections/${inspectionId}/comments/bulk?${new URLSearchParams([
            ["kind", plan.kind],
            ...new URLSearchParams(query),
          ])}`}
        >
          <p>{t("bulk.fixed")}</p>
          <input type="hidden" name="intent" value="apply" />
          <input type="hidden" name="count" value={plan.count} />
          <input type="hidden" name="fingerprint" value={plan.fingerprint} />
          <Button id="bulk-action">{t(accept ? "bulk.yesAccept" : "bulk.yesRead")}</Button>
        </Form>
      ) : null}
      <p>
        <a href={`/inspections/${inspectionId}/comments${query}`}>{t("bulk.cancel")}</a>
      </p>
    </>
  );
}

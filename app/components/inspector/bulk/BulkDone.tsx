import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import type { BulkOutcome } from "~/coding/bulk.server";
import { formatNumber } from "~/i18n/format";
import { FilterWords } from "./FilterWords";

/** What a bulk action changed, announced (role=status), with Undo until it is used. */
export function BulkDone({
  inspectionId,
  title,
  done,
  filterQuery,
}: {
  inspectionId: string;
  title: string;
  done: BulkOutcome & { bulkId: string };
  filterQuery: string;
}) {
  const { t, i18n } = useTranslation("inspector");
  const counted = (key: string, count: number) =>
    t(key, { count, number: formatNumber(count, i18n.language) });
  return (
    <>
      <h1 className="page-heading">{title}</h1>
      <div role="status">
        <p>{counted(done.kind === "accept" ? "bulk.doneAccept" : "bulk.doneRead", done.count)}</p>
        {done.undone ? <p>{counted("bulk.undone", done.undone.restored)}</p> : null}
        {done.undone?.kept ? <p>{counted("bulk.kept", done.undone.kept)}</p> : null}
      </div>
      <FilterWords filter={done.filter} themeLabel={done.themeLabel} />
      {!done.undone && done.count && !done.mayUndo ? <p>{t("bulk.errors.notYours")}</p> : null}
      {done.undone || !done.count || !done.mayUndo ? null : (
        <Form
          method="post"
          action={`/inspections/${inspectionId}/comments/bulk?done=${done.bulkId}`}
        >
          <p id="bulk-undo-hint">{t("bulk.undoHint")}</p>
          <input type="hidden" name="intent" value="undo" />
          <input type="hidden" name="bulkId" value={done.bulkId} />
          <Button id="bulk-action" variant="secondary" aria-describedby="bulk-undo-hint">
            {t("bulk.undo")}
          </Button>
        </Form>
      )}
      <p>
        <a href={`/inspections/${inspectionId}/comments${filterQuery}`}>{t("bulk.back")}</a>
      </p>
    </>
  );
}

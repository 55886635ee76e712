import { Form, useParams } from "@remix-run/react";
import type { CommentFilter } from "~/coding/comment-filter";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import { AudienceSelect } from "~/components/inspector/AudienceSelect";
import { CriterionSelect } from "~/components/inspector/CriterionSelect";
import { BulkLinks } from "~/components/inspector/bulk/BulkLinks";
import { ThemeSelect } from "~/components/inspector/ThemeSelect";

/**
 * Which comments to read: one criterion's, one audience's, or all (a GET form, so it links);
 * then the bulk actions on the comments it shows.
 */
export function CommentFilters({
  criteria,
  filter,
  themes,
}: {
  criteria: { value: string; label: string }[];
  filter: CommentFilter;
  themes: { value: string; label: string }[];
}) {
  const { t } = useTranslation("inspector");
  const { inspectionId } = useParams();
  return (
    <>
      <Form method="get" className="filters">
        <CriterionSelect value={filter.criterion ?? ""} criteria={criteria} />
        <ThemeSelect value={filter.theme ?? ""} themes={themes} />
        <AudienceSelect value={filter.audience ?? ""} />
        <Button variant="secondary">{t("comments.filter")}</Button>
      </Form>
      <BulkLinks inspectionId={inspectionId!} filter={filter} />
    </>
  );
}

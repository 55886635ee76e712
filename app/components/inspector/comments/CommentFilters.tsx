import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import { AudienceSelect } from "~/components/inspector/AudienceSelect";
import { FilterSelect } from "~/components/inspector/FilterSelect";

/** Which comments to read: one criterion's, one audience's, or all (a GET form, so it links). */
export function CommentFilters({
  criteria,
  filter,
}: {
  criteria: { value: string; label: string }[];
  filter: { criterion?: string; audience?: string };
}) {
  const { t } = useTranslation("inspector");
  return (
    <Form method="get" className="filters">
      <FilterSelect
        id="filter-criterion"
        name="criterion"
        label={t("comments.criterion")}
        defaultValue={filter.criterion ?? ""}
      >
        <option value="">{t("comments.all")}</option>
        {criteria.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </FilterSelect>
      <AudienceSelect value={filter.audience ?? ""} />
      <Button variant="secondary">{t("comments.filter")}</Button>
    </Form>
  );
}

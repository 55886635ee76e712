import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AudienceSelect } from "~/components/inspector/AudienceSelect";
import { FilterSelect } from "~/components/inspector/FilterSelect";
import { Button } from "~/components/ui";

/** Whose answers to show (a group of one "about you" split, or everyone) and which audience. */
export function SummaryFilters({
  inspectionId,
  value,
  groups,
  audience,
  showing,
}: {
  inspectionId: string;
  value: string;
  groups: { dimension: string; options: { value: string; label: string }[] }[];
  audience: string;
  /** The chosen group, as "Dimension: value" translation keys, when there is one. */
  showing: { dimension: string; label: string } | undefined;
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <Form method="get" className="filters">
        <FilterSelect
          id="filter-group"
          name="filter"
          label={t("summary.filter.label")}
          defaultValue={value}
        >
          <option value="">{t("summary.filter.everyone")}</option>
          {groups.map((group) => (
            <optgroup
              key={group.dimension}
              label={t(`summary.filter.dimensions.${group.dimension}`)}
            >
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(option.label)}
                </option>
              ))}
            </optgroup>
          ))}
        </FilterSelect>
        <AudienceSelect value={audience} />
        <Button variant="secondary">{t("summary.filter.button")}</Button>
      </Form>
      {showing ? (
        <p className="panel" role="status">
          {t("summary.filter.showing", {
            group: `${t(`summary.filter.dimensions.${showing.dimension}`)}: ${t(showing.label)}`,
          })}{" "}
          <a href={`/inspections/${inspectionId}/summary`}>{t("summary.filter.clear")}</a>
        </p>
      ) : null}
    </>
  );
}

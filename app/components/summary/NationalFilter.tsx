import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "~/components/inspector/FilterSelect";
import { Button } from "~/components/ui";

/**
 * The national picture's filter (#18): one group of one "about you" split, or everyone, as an
 * inspection's summary is narrowed (SummaryFilters). A plain GET form: it works without
 * JavaScript, and the address can be kept.
 */
export function NationalFilter({
  value,
  groups,
  showing,
}: {
  value: string;
  groups: { dimension: string; options: { value: string; label: string }[] }[];
  /** The chosen group in words ("EHC plan: Yes"), when there is one. */
  showing: string | undefined;
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <Form method="get" className="filters">
        <FilterSelect
          id="national-filter"
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
        <Button variant="secondary">{t("summary.filter.button")}</Button>
      </Form>
      {showing ? (
        <p className="panel" role="status">
          {t("national.showing", { group: showing })}{" "}
          <a href="/admin/national">{t("summary.filter.clear")}</a>
        </p>
      ) : null}
    </>
  );
}

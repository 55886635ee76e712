import { useTranslation } from "react-i18next";
import { FilterSelect } from "~/components/inspector/FilterSelect";

/** The groups a filter can show: each "about you" split with its answers. */
export type FilterGroups = { dimension: string; options: { value: string; label: string }[] }[];

/**
 * Whose answers to show: everyone, or one group of one "about you" split (the choices under
 * their split's name). For an inspection's summary and the national picture alike.
 */
export function GroupSelect({
  id,
  value,
  groups,
}: {
  id: string;
  value: string;
  groups: FilterGroups;
}) {
  const { t } = useTranslation("inspector");
  return (
    <FilterSelect id={id} name="filter" label={t("summary.filter.label")} defaultValue={value}>
      <option value="">{t("summary.filter.everyone")}</option>
      {groups.map((group) => (
        <optgroup key={group.dimension} label={t(`summary.filter.dimensions.${group.dimension}`)}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </optgroup>
      ))}
    </FilterSelect>
  );
}

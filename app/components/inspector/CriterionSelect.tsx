import { useTranslation } from "react-i18next";
import { FilterSelect } from "./FilterSelect";

/** "Criterion": all or one, for the filter forms of the comments page and the reading queue. */
export function CriterionSelect({
  value,
  criteria,
}: {
  value: string;
  criteria: { value: string; label: string }[];
}) {
  const { t } = useTranslation("inspector");
  return (
    <FilterSelect
      id="filter-criterion"
      name="criterion"
      label={t("comments.criterion")}
      defaultValue={value}
    >
      <option value="">{t("comments.all")}</option>
      {criteria.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </FilterSelect>
  );
}

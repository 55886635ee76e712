import { useTranslation } from "react-i18next";
import { audiences } from "~/inspections/audiences";
import { FilterSelect } from "./FilterSelect";

/** "Who": all audiences or one, for the filter forms of the summary and the comments. */
export function AudienceSelect({ value }: { value: string }) {
  const { t } = useTranslation("inspector");
  return (
    <FilterSelect
      id="filter-audience"
      name="audience"
      label={t("comments.audience")}
      defaultValue={value}
    >
      <option value="">{t("comments.all")}</option>
      {audiences.map((a) => (
        <option key={a} value={a}>
          {t(`audience.${a}`)}
        </option>
      ))}
    </FilterSelect>
  );
}

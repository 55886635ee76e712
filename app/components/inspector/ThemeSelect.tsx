import { useTranslation } from "react-i18next";
import { FilterSelect } from "./FilterSelect";

/** "Theme": all or one of the inspection's themes (#18), for the comments page and the queue. */
export function ThemeSelect({
  value,
  themes,
}: {
  value: string;
  themes: { value: string; label: string }[];
}) {
  const { t } = useTranslation("inspector");
  if (!themes.length) return null;
  return (
    <FilterSelect id="filter-theme" name="theme" label={t("themes.filter")} defaultValue={value}>
      <option value="">{t("comments.all")}</option>
      {themes.map((theme) => (
        <option key={theme.value} value={theme.value}>
          {theme.label}
        </option>
      ))}
    </FilterSelect>
  );
}

import { useTranslation } from "react-i18next";
import { audiences } from "~/inspections/audiences";

/** "Who": all audiences or one, for the filter forms of the summary and the comments. */
export function AudienceSelect({ value }: { value: string }) {
  const { t } = useTranslation("inspector");
  return (
    <div className="filters__field">
      <label className="label" htmlFor="filter-audience">
        {t("comments.audience")}
      </label>
      <select id="filter-audience" name="audience" defaultValue={value} className="select">
        <option value="">{t("comments.all")}</option>
        {audiences.map((a) => (
          <option key={a} value={a}>
            {t(`audience.${a}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

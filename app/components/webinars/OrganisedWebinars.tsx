import { useTranslation } from "react-i18next";

/**
 * For a forum organiser (#22), on the inspections list: each inspection they organise
 * webinars for, linking to its webinars and nothing else.
 */
export function OrganisedWebinars({
  inspections,
}: {
  inspections: { id: string; areaName: string }[];
}) {
  const { t } = useTranslation("inspector");
  if (inspections.length === 0) return null;
  return (
    <>
      <h2>{t("organisers.listTitle")}</h2>
      <ul className="list">
        {inspections.map((inspection) => (
          <li key={inspection.id}>
            <a href={`/inspections/${inspection.id}/webinars`}>
              {t("organisers.listLink", { area: inspection.areaName })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

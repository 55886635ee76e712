import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AudienceSelect } from "~/components/inspector/AudienceSelect";
import { Button } from "~/components/ui";
import { GroupSelect } from "./GroupSelect";
import type { FilterGroups } from "./GroupSelect";

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
  groups: FilterGroups;
  audience: string;
  /** The chosen group, as "Dimension: value" translation keys, when there is one. */
  showing: { dimension: string; label: string } | undefined;
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <Form method="get" className="filters">
        <GroupSelect id="filter-group" value={value} groups={groups} />
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

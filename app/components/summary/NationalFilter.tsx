import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import { GroupSelect } from "./GroupSelect";
import type { FilterGroups } from "./GroupSelect";

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
  groups: FilterGroups;
  /** The chosen group in words ("EHC plan: Yes"), when there is one. */
  showing: string | undefined;
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <Form method="get" className="filters">
        <GroupSelect id="national-filter" value={value} groups={groups} />
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

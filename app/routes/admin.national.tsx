import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { NationalTables } from "~/components/summary/NationalTables";
import { adminContext } from "~/auth/context.server";
import { NationalFilter } from "~/components/summary/NationalFilter";
import { filterGroups, filterOptions, filterParam, parseFilter } from "~/summary/filters";
import { nationalPicture, nationalView } from "~/summary/national.server";
import { framework } from "~surveys/framework";

// The filter's groups are named in the surveys' own words ("about you" answers).
export const handle = { i18n: ["inspector", "survey-common"] };

/** The national picture (#18): each criterion × audience by year, across inspections. Admins only. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, admin, t } = await adminContext(request);
  // Unknown filters are ignored rather than refused, as on an inspection's summary.
  const filter = parseFilter(new URL(request.url).searchParams.get("filter"));
  const picture = await nationalPicture(db, { viewedBy: admin.id, filter });
  const chosen = filter && filterOptions().find((o) => filterParam(o) === filterParam(filter))!;
  const group =
    chosen && `${t(`summary.filter.dimensions.${chosen.dimension}`)}: ${t(chosen.label)}`;
  return {
    title: group ? t("national.titleFiltered", { group }) : t("national.title"),
    group,
    filterValue: filter ? filterParam(filter) : "",
    filterGroups: filterGroups(),
    threshold: picture.threshold,
    fewest: picture.fewest,
    years: picture.years,
    tables: picture.years.published.length ? nationalView(picture.tables) : [],
    titles: Object.fromEntries(framework.map((c) => [c.code, c.title])),
  };
}

export default function NationalPicture() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  const list = (years: number[]) => years.join(", ");
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{t("national.title")}</h1>
      <p>{t("national.intro")}</p>
      <p>
        {t("national.rules")} {t("national.rulePeople", { count: page.threshold })}{" "}
        {t("national.ruleInspections", { count: page.fewest })}
      </p>
      {page.years.waiting.length ? (
        <p>{t("national.waiting", { years: list(page.years.waiting) })}</p>
      ) : null}
      {page.years.withdrawn.length ? (
        <p>{t("national.withdrawn", { years: list(page.years.withdrawn) })}</p>
      ) : null}
      <NationalFilter value={page.filterValue} groups={page.filterGroups} showing={page.group} />
      {page.tables.length ? (
        <NationalTables
          tables={page.tables}
          group={page.group}
          titles={page.titles}
          threshold={page.threshold}
          fewest={page.fewest}
        />
      ) : (
        <p>{t("national.empty")}</p>
      )}
    </>
  );
}

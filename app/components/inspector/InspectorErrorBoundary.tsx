import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Inspector pages: a 404 that does not say whether the inspection (or page) exists. */
export function InspectorErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation(["inspector", "common"]);
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <title>{`${t("common:notFound.title")} – ${t("common:service.name")}`}</title>
        <h1 className="page-heading">{t("common:notFound.title")}</h1>
        <p>{t("notFound")}</p>
        <p>
          <a href="/inspections">{t("nav.inspections")}</a>
        </p>
      </>
    );
  }
  throw error;
}

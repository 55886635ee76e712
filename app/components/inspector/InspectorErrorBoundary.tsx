import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeptSubmission } from "~/auth/kept-submission";
import { SignInForm } from "./SignInForm";
import { PageTitle } from "~/components/PageTitle";

/**
 * Inspector pages: a 404 that does not say whether the inspection (or page) exists; and a
 * form sent after the session ended (401), offered back through sign-in so nothing is lost.
 */
export function InspectorErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation(["inspector", "common"]);
  const kept =
    isRouteErrorResponse(error) && error.status === 401
      ? (error.data as { kept?: KeptSubmission } | undefined)?.kept
      : undefined;
  if (kept) {
    const reason =
      kept.reason === "idle"
        ? t("signIn.reasonIdle", { count: kept.idleMinutes })
        : t("signIn.reasonExpired");
    return (
      <>
        <PageTitle title={t("signIn.kept.title")} />
        <p className="panel">{reason}</p>
        <h1 className="page-heading">{t("signIn.kept.title")}</h1>
        <p>{t("signIn.kept.intro")}</p>
        <SignInForm returnTo={kept.action} kept={kept} />
      </>
    );
  }
  // Words for what went wrong, and the way back to the inspector's inspections.
  const message = (title: string, body: string) => (
    <>
      <PageTitle title={title} />
      <h1 className="page-heading">{title}</h1>
      <p>{body}</p>
      <p>
        <a href="/inspections">{t("nav.inspections")}</a>
      </p>
    </>
  );
  if (isRouteErrorResponse(error) && error.status === 403 && error.data?.notLead)
    return message(t("notLead.title"), t("notLead.body"));
  if (isRouteErrorResponse(error) && error.status === 404)
    return message(t("common:notFound.title"), t("notFound"));
  throw error;
}

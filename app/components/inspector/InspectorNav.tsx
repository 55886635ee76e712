import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/plain";
import { SessionTimeout } from "./SessionTimeout";

/**
 * The bar on every signed-in page: where to go, who is signed in, and signing out. Drawn
 * above `main` by the root layout, as wide as the page below it.
 */
export function InspectorNav({
  name,
  isAdmin,
  idleMs,
  data,
}: {
  name: string;
  isAdmin: boolean;
  idleMs: number;
  data: unknown;
}) {
  const { t } = useTranslation("inspector");
  return (
    <nav className="inspector-nav page page--narrow" aria-label={t("nav.label")}>
      <a href="/inspections">{t("nav.inspections")}</a>
      {isAdmin ? <a href="/admin/accounts">{t("nav.accounts")}</a> : null}
      {isAdmin ? <a href="/admin/audit">{t("nav.audit")}</a> : null}
      {isAdmin ? <a href="/admin/national">{t("nav.national")}</a> : null}
      <span>{t("nav.signedInAs", { name })}</span>
      <a href="/account">{t("nav.account")}</a>
      <Form method="post" action="/sign-out">
        <Button variant="link">{t("nav.signOut")}</Button>
      </Form>
      <SessionTimeout idleMs={idleMs} renewedBy={data} />
    </nav>
  );
}

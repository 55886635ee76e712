import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Outlet, isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui";
import { requireInspector } from "~/auth/session.server";
import { getDb } from "~/platform/db.server";

/** Every inspector page: signed in only, with a way to sign out. */
export const handle = { i18n: ["inspector"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { inspector, cookie } = await requireInspector(await getDb(), request);
  // Sliding idle time-out: each page seen renews the session cookie.
  return data({ name: inspector.name }, { headers: { "Set-Cookie": cookie } });
}

export default function InspectorArea() {
  const { name } = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <nav className="inspector-nav" aria-label={t("nav.label")}>
        <a href="/inspections">{t("nav.inspections")}</a>
        <span>{t("nav.signedInAs", { name })}</span>
        <Form method="post" action="/sign-out">
          <Button variant="link">{t("nav.signOut")}</Button>
        </Form>
      </nav>
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
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

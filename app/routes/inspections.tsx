import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { InspectorNav } from "~/components/inspector/InspectorNav";
import { requireInspector } from "~/auth/session.server";
import { getDb } from "~/platform/db.server";

/** Every inspector page: signed in only, with a way to sign out. */
export const handle = { i18n: ["inspector"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { inspector, cookie } = await requireInspector(await getDb(), request);
  // Sliding idle time-out: each page seen renews the session cookie.
  return data(
    { name: inspector.name, isAdmin: inspector.role === "admin" },
    { headers: { "Set-Cookie": cookie } },
  );
}

export default function InspectorArea() {
  const { name, isAdmin } = useLoaderData<typeof loader>();
  return (
    <>
      <InspectorNav name={name} isAdmin={isAdmin} />
      <Outlet />
    </>
  );
}

export { InspectorErrorBoundary as ErrorBoundary } from "~/components/inspector/InspectorErrorBoundary";

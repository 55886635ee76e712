import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { InspectorNav } from "~/components/inspector/InspectorNav";
import { requireAdmin } from "~/auth/session.server";

/** Admin pages: accounts and the audit log. Everyone else, signed in or not, gets 404. */
export const handle = { i18n: ["inspector"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { admin, cookie } = await requireAdmin(request);
  return data({ name: admin.name }, { headers: { "Set-Cookie": cookie } });
}

export default function AdminArea() {
  const { name } = useLoaderData<typeof loader>();
  return (
    <>
      <InspectorNav name={name} isAdmin />
      <Outlet />
    </>
  );
}

export { InspectorErrorBoundary as ErrorBoundary } from "~/components/inspector/InspectorErrorBoundary";

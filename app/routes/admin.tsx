import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { idleTimeoutMs, requireAdmin } from "~/auth/session.server";

/** Admin pages: accounts and the audit log. Everyone else, signed in or not, gets 404. */
export const handle = { i18n: ["inspector"], inspectorArea: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const { admin, cookie } = await requireAdmin(request);
  return data(
    { name: admin.name, isAdmin: true, idleMs: idleTimeoutMs() },
    { headers: { "Set-Cookie": cookie } },
  );
}

/** The navigation is drawn by the root layout, above `main` (components/inspector/area.ts). */
export default function AdminArea() {
  return <Outlet />;
}

export { InspectorErrorBoundary as ErrorBoundary } from "~/components/inspector/InspectorErrorBoundary";

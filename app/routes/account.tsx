import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { idleTimeoutMs, requireInspector } from "~/auth/session.server";
import { getDb } from "~/platform/db.server";

/** A signed-in inspector's own account: their password and how they sign in. */
export const handle = { i18n: ["inspector"], inspectorArea: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const { inspector, cookie } = await requireInspector(await getDb(), request);
  return data(
    { name: inspector.name, isAdmin: inspector.role === "admin", idleMs: idleTimeoutMs() },
    { headers: { "Set-Cookie": cookie } },
  );
}

/** The navigation is drawn by the root layout, above `main` (components/inspector/area.ts). */
export default function AccountArea() {
  return <Outlet />;
}

export { InspectorErrorBoundary as ErrorBoundary } from "~/components/inspector/InspectorErrorBoundary";

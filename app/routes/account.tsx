import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { inspectorAreaLoader } from "~/auth/session.server";

/** A signed-in inspector's own account: their password and how they sign in. */
export const handle = { i18n: ["inspector"], inspectorArea: true };

export const loader = ({ request }: LoaderFunctionArgs) => inspectorAreaLoader(request);

/** The navigation is drawn by the root layout, above `main` (components/inspector/area.ts). */
export default function AccountArea() {
  return <Outlet />;
}

export { InspectorErrorBoundary as ErrorBoundary } from "~/components/inspector/InspectorErrorBoundary";

import type { LoaderFunctionArgs } from "@remix-run/node";
import { resources } from "~locales";
import { isLanguageCode } from "~/i18n/languages";

/** Translation files for the browser's i18next, one language and namespace at a time. */
export function loader({ params }: LoaderFunctionArgs) {
  const { lng, ns } = params;
  // Own keys only: "constructor" or "__proto__" must not reach the prototype (#16).
  const namespaces = isLanguageCode(lng) ? (resources[lng] as Record<string, unknown>) : undefined;
  const bundle = namespaces && ns && Object.hasOwn(namespaces, ns) ? namespaces[ns] : undefined;
  if (!bundle) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(bundle), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}

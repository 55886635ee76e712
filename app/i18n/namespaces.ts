/*
 * Which translation namespaces a page needs in the browser. Routes declare theirs in
 * `handle.i18n`: a list, or a function of the route's loader data when it depends on it (a
 * survey link needs only its own audience's words). The root layout writes the page's list
 * into a meta tag, and the browser's i18next loads exactly those before hydrating.
 */

export type RouteNamespaces = string | string[] | ((data: unknown) => string[]);

export const namespacesMetaName = "i18n-namespaces";

/** The namespaces of every matched route, plus the shared `common`, each once. */
export function pageNamespaces(matches: { handle?: unknown; data?: unknown }[]): string[] {
  const declared = matches.flatMap(({ handle, data }) => {
    const i18n = (handle as { i18n?: RouteNamespaces } | undefined)?.i18n;
    return typeof i18n === "function" ? i18n(data) : (i18n ?? []);
  });
  return Array.from(new Set(["common", ...declared]));
}

import { matchRoutes } from "@remix-run/react";

/*
 * The access log names the route a request reached (`/s/:token/q/:questionId`), never the
 * path it was sent to: paths carry survey links, booking links and the area's counts link,
 * each a secret, and whatever a person typed into the address bar.
 */

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
}

interface RouteNode {
  id: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
  children?: RouteNode[];
}

/** The route tree of a server build's flat route list (`build.routes`). */
function routeTree(routes: Record<string, ManifestRoute>, parentId?: string): RouteNode[] {
  return Object.values(routes)
    .filter((route) => route.parentId === parentId)
    .map((route) => {
      const children = route.index ? undefined : routeTree(routes, route.id);
      return {
        id: route.id,
        path: route.path,
        index: route.index,
        caseSensitive: route.caseSensitive,
        ...(children?.length ? { children } : {}),
      };
    });
}

/** Single-fetch data requests: `/s/x/check.data` is the data of `/s/x/check`; `/_root.data` of `/`. */
function pagePath(pathname: string): string {
  if (pathname === "/_root.data") return "/";
  return pathname.endsWith(".data") ? pathname.slice(0, -".data".length) : pathname;
}

/**
 * A function giving the pattern of the route a path reaches, as the build's routes declare
 * it: `/healthz/ready`, `/s/:token/check`, `/*` for pages that do not exist.
 */
export function routePatterns(routes: Record<string, ManifestRoute>): (pathname: string) => string {
  const tree = routeTree(routes);
  return (pathname) => {
    const matches =
      matchRoutes(tree as Parameters<typeof matchRoutes>[0], pagePath(pathname)) ?? [];
    const segments = matches
      .map((match) => (match.route as RouteNode).path)
      .filter((path): path is string => Boolean(path));
    return `/${segments.join("/")}`.replace(/\/{2,}/g, "/");
  };
}

/*
 * The app's routes, read from app/routes at test time so a route added later is tested without
 * being listed here. File names follow Remix v2 flat routes: `.` separates segments, `$name`
 * is a parameter, `$` alone a splat, `_index` an index, a leading `_` a pathless layout, a
 * trailing `_` opts out of nesting, `[.]` escapes a dot.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface RouteFile {
  /** The route's id: its file name without the extension, e.g. `s.$token.check`. */
  id: string;
  source: string;
  hasAction: boolean;
  /** A page (it renders a component) rather than a resource route (CSV, calendar, JSON). */
  isPage: boolean;
  /** Path segments: literals, `:param`, or `*` for a splat. */
  segments: string[];
}

const routesDir = path.resolve("app", "routes");
const extensions = /\.(tsx|ts|jsx|js)$/;

// remix.config.js ignores these.
const ignored = (name: string) =>
  name.startsWith(".") || /\.test\./.test(name) || /\.server\.ts$/.test(name);

function splitSegments(id: string): string[] {
  const segments: string[] = [];
  let current = "";
  let inBrackets = false;
  for (const char of id) {
    if (char === "[") inBrackets = true;
    else if (char === "]") inBrackets = false;
    else if (char === "." && !inBrackets) {
      segments.push(current);
      current = "";
    } else current += char;
  }
  segments.push(current);
  return segments;
}

function pathSegments(id: string): string[] {
  return splitSegments(id).flatMap((raw) => {
    if (raw === "_index" || raw.startsWith("_")) return [];
    const segment = raw.replace(/_$/, "").replace(/^\(\$?(.*)\)$/, "$1");
    if (segment === "$") return ["*"];
    if (segment.startsWith("$")) return [`:${segment.slice(1)}`];
    return [segment];
  });
}

/** Every route module, folders with a `route.tsx` included. */
export function routeFiles(): RouteFile[] {
  const files: RouteFile[] = [];
  for (const name of readdirSync(routesDir)) {
    if (ignored(name)) continue;
    let file = path.join(routesDir, name);
    let id = name.replace(extensions, "");
    if (statSync(file).isDirectory()) {
      const inside = ["route.tsx", "route.ts", "route.jsx", "route.js"]
        .map((n) => path.join(file, n))
        .find((f) => existsSync(f));
      if (!inside) continue;
      file = inside;
      id = name;
    } else if (!extensions.test(name)) continue;
    const source = readFileSync(file, "utf8");
    files.push({
      id,
      source,
      hasAction:
        /export\s+(async\s+)?function\s+action\b/.test(source) ||
        /export\s+(const|let)\s+action\b/.test(source) ||
        /export\s*\{[^}]*\baction\b[^}]*\}/.test(source),
      isPage: /export\s+default\b/.test(source),
      segments: pathSegments(id),
    });
  }
  return files.sort((a, b) => a.id.localeCompare(b.id));
}

/** Where a form posts to reach this route's action: an index route needs `?index`. */
export function formAction(route: RouteFile, path: string): string {
  return route.id.endsWith("_index") ? `${path}?index` : path;
}

export type ParamValues = (
  param: string,
  route: RouteFile,
  chosen: Record<string, string>,
) => string[];

/**
 * Every path a route answers for the given parameter values: one per combination. A parameter
 * with no values is an error naming it, so a new kind of parameter is noticed, not skipped.
 */
export function routePaths(route: RouteFile, values: ParamValues): string[] {
  let choices: Record<string, string>[] = [{}];
  for (const segment of route.segments) {
    if (!segment.startsWith(":") && segment !== "*") continue;
    const param = segment === "*" ? "*" : segment.slice(1);
    choices = choices.flatMap((chosen) => {
      const options = values(param, route, chosen);
      if (options.length === 0)
        throw new Error(`No value for :${param} of route ${route.id}: add one to the test`);
      return options.map((value) => ({ ...chosen, [param]: value }));
    });
  }
  return [
    ...new Set(
      choices.map(
        (chosen) =>
          "/" +
          route.segments
            .map((segment) =>
              segment === "*"
                ? chosen["*"]
                : segment.startsWith(":")
                  ? encodeURIComponent(chosen[segment.slice(1)]!)
                  : segment,
            )
            .join("/"),
      ),
    ),
  ];
}

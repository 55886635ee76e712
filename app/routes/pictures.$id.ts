import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";

const cache = new Map<string, string>();

/** Easy-read pictures from surveys/pictures, as SVG files the browser can cache. */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = (params.id ?? "").replace(/\.svg$/, "");
  if (!/^[a-z0-9-]{1,40}$/.test(id)) return new Response("Not found", { status: 404 });
  let svg = cache.get(id);
  if (svg === undefined) {
    try {
      svg = await readFile(path.join(process.cwd(), "surveys", "pictures", `${id}.svg`), "utf8");
    } catch {
      return new Response("Not found", { status: 404 });
    }
    cache.set(id, svg);
  }
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=86400",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

import type { MetaFunction } from "@remix-run/node";

/**
 * Pages put their translated title in loader data as `title` (and set `hasErrors` on an
 * invalid form, so the title starts with "Error:" as GOV.UK asks).
 */
export const titleMeta: MetaFunction = ({ data }) => {
  const page = data as { title?: string; serviceName?: string } | undefined;
  if (!page?.title) return [{ title: "SEND Voice" }];
  return [{ title: `${page.title} – ${page.serviceName ?? "SEND Voice"}` }];
};

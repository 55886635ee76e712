/** Which page of a list is shown: its number, how many pages, and its first and last rows. */
export interface PageShown {
  page: number;
  pages: number;
  /** The first row's place in the whole list (from 1), and the last's; 0 and 0 when empty. */
  from: number;
  to: number;
  total: number;
}

/**
 * The page asked for (from 1) of `total` rows, `perPage` a page. Anything that is not a page
 * number is the first page, and a page past the end is the last, so an old link still shows
 * something.
 */
export function pageShown(total: number, asked: number | undefined, perPage: number): PageShown {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, Math.floor(asked ?? 1) || 1), pages);
  const from = total ? (page - 1) * perPage + 1 : 0;
  return { page, pages, from, to: Math.min(total, page * perPage), total };
}

/** The page number in a query string's `page`, if it is one. */
export function pageAsked(query: URLSearchParams): number | undefined {
  const raw = query.get("page") ?? "";
  return /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}

/** A query string with `page` set to `page` (left out for the first), everything else kept. */
export function withPage(query: URLSearchParams | string, page: number): string {
  const next = new URLSearchParams(query);
  if (page > 1) next.set("page", String(page));
  else next.delete("page");
  const text = next.toString();
  return text ? `?${text}` : "?";
}

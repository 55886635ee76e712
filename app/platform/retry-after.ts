import type { HeadersFunction } from "@remix-run/node";

/**
 * Remix sends a page's own headers only through its route's `headers` export: without this,
 * a 429 or 503 built with `Retry-After` reaches the browser without it. Every route that
 * slows guessing or turns people away for a while exports it (#16).
 */
export const passRetryAfter: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

/**
 * The site's own address for links that leave the page (emails): PUBLIC_URL, which server.mjs
 * always sets. A request's Host header is never used for these, since anyone can forge it.
 */
export function publicOrigin(): string {
  const configured = process.env.PUBLIC_URL;
  if (!configured) throw new Error("PUBLIC_URL is not set");
  return configured.replace(/\/+$/, "");
}

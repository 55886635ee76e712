import { settings } from "./settings.server";

/**
 * The site's own address for every link a person sees or receives (survey links, posters and
 * their QR codes, webinar and email links): PUBLIC_URL, checked at start-up. A request's Host
 * header is never used for these, since anyone can forge it and a proxy may rewrite it.
 */
export function publicOrigin(): string {
  return settings().publicUrl;
}

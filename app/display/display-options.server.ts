import { settings } from "~/platform/settings.server";
import { localPath } from "~/platform/local-path";

/*
 * Display options a person can choose without JavaScript: larger text, high contrast, more
 * spacing. They are kept in a cookie for this visit only and applied as classes on <html>.
 */
export const displayOptions = ["larger-text", "high-contrast", "more-spacing"] as const;
export type DisplayOption = (typeof displayOptions)[number];

const cookieName = "sv_display";

const isDisplayOption = (value: unknown): value is DisplayOption =>
  typeof value === "string" && (displayOptions as readonly string[]).includes(value);

/** The options chosen in this visit; anything unknown in the cookie is ignored. */
export function readDisplayOptions(request: Request): DisplayOption[] {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [name, value = ""] = part.trim().split("=");
    if (name === cookieName) return displayOptions.filter((o) => value.split(".").includes(o));
  }
  return [];
}

/** The options ticked in a posted form, in a fixed order, each once. */
export function chosenDisplayOptions(form: FormData): DisplayOption[] {
  const ticked = form.getAll("option").filter(isDisplayOption);
  return displayOptions.filter((option) => ticked.includes(option));
}

/**
 * No Max-Age or Expires: the browser forgets the choice when it closes, so the next person on
 * a shared tablet starts with the usual display. Choosing nothing deletes the cookie.
 */
export function displayCookie(options: DisplayOption[]): string {
  return [
    `${cookieName}=${options.join(".")}`,
    "Path=/",
    ...(options.length ? [] : ["Max-Age=0"]),
    "HttpOnly",
    "SameSite=Lax",
    ...(settings().secureCookies ? ["Secure"] : []),
  ].join("; ");
}

/** Classes for <html>: `display-larger-text display-high-contrast …`, or undefined. */
export function displayClassName(options: DisplayOption[]): string | undefined {
  return options.length ? options.map((option) => `display-${option}`).join(" ") : undefined;
}

/**
 * Where to send a person back to: a path on this site only. Anything else (another site,
 * `//host`, `/\host`, a path that normalises to `//host`) goes to the home page.
 */
export function safeReturnPath(value: unknown): string {
  const path = localPath(value, "/");
  return path.startsWith("/display") ? "/" : path;
}

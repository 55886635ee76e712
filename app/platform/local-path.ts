const base = "http://send-voice.invalid";

/** Control characters and backslashes: never in an address sent back in a header. */
const unsafeInHeader = (character: string) => {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f || character === "\\";
};

/**
 * A path on this site to send a person to, or `fallback`. Browsers drop tabs and line breaks
 * from an address and read `\` as `/`, so `/<TAB>/evil.example` or `/\evil.example` would
 * leave the site: the value is read the way a browser reads it (WHATWG URL parsing, which
 * normalises exactly so) and kept, normalised, only if it stays on this site and is not
 * itself `//host`. The one home of this rule: sign-in's returnTo, display options' return.
 */
export function localPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || !/^\s*[/\\]/.test(value)) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || [...path].some(unsafeInHeader))
    return fallback;
  return path;
}

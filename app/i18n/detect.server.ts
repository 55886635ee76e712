import { defaultLanguage, isLanguageCode, languageCodes, languageCookieName } from "./languages";
import type { LanguageCode } from "./languages";

/** The explicit choice in `?lng=`, if it names a language we ship. */
export function chosenLanguage(request: Request): LanguageCode | undefined {
  const value = new URL(request.url).searchParams.get("lng");
  return isLanguageCode(value) ? value : undefined;
}

function cookieLanguage(request: Request): LanguageCode | undefined {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === languageCookieName) {
      const value = rest.join("=");
      if (isLanguageCode(value)) return value;
    }
  }
  return undefined;
}

/** Accept-Language, best quality first; `ur-PK` matches `ur`. */
export function acceptedLanguage(header: string | null): LanguageCode | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    const match = languageCodes.find((code) => code === tag || code === base);
    if (match) return match;
  }
  return undefined;
}

/** An explicit choice (query, then cookie), else Accept-Language, else English. */
export function detectLanguage(request: Request): LanguageCode {
  return (
    chosenLanguage(request) ??
    cookieLanguage(request) ??
    acceptedLanguage(request.headers.get("Accept-Language")) ??
    defaultLanguage
  );
}

/** Forgets the chosen language (a shared device's next person starts from their browser's). */
export function forgetLanguageCookie(secure: boolean): string {
  return [`${languageCookieName}=`, "Path=/", "Max-Age=0", "HttpOnly", "SameSite=Lax"]
    .concat(secure ? ["Secure"] : [])
    .join("; ");
}

export function languageCookie(code: LanguageCode, secure: boolean): string {
  return [
    `${languageCookieName}=${code}`,
    "Path=/",
    "Max-Age=31536000",
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

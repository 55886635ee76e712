import { defaultLanguage } from "~/i18n/languages";
import { namespacesMetaName } from "~/i18n/namespaces";
import { helpNowPictures, offlineCopyHeader, surveyCacheName } from "./protocol";
import type { OfflineSurvey } from "./protocol";

/*
 * Keeps a survey's pages on the device once one of them has loaded with JavaScript (#20):
 * every question page of the draft's version and the check page, in the page's language, and
 * what they need to show and run (scripts, styles, translations, pictures, read-aloud audio).
 * The survey's service worker (sw-survey.ts) shows them when there is no connection.
 */

/** Registers the survey's service worker and keeps its pages; true once they are all kept. */
export async function keepSurveyPages(survey: OfflineSurvey): Promise<boolean> {
  if (!("serviceWorker" in navigator) || typeof caches !== "object") return false;
  // Loaded when needed: a CommonJS module the server's build cannot import by name.
  const { Workbox } = await import("workbox-window");
  await new Workbox("/sw-survey.js", { scope: `/s/${survey.token}/` }).register();
  const cache = await caches.open(surveyCacheName(survey.token));
  const language = document.documentElement.lang || defaultLanguage;
  // One mark per draft and language: pages kept for another draft or language are kept again.
  const mark = `/s/${survey.token}/kept/${survey.submissionKey}/${language}`;
  if (await cache.match(mark)) return true;
  // Every fetch says it is for the offline copy: the page shows no help-now panel then, and
  // the page-weight benchmark counts these apart from what the page needs to show.
  const forOffline = { headers: { [offlineCopyHeader]: "1" } };
  const files = new Set<string>();
  for (const page of survey.pages) {
    const response = await fetch(page, forOffline);
    if (!response.ok || response.redirected) return false;
    await cache.put(page, response.clone());
    for (const file of filesOf(await response.text(), language)) files.add(file);
  }
  // The pictures of the "talk to someone now" panel: offline, the device may show it on a
  // page kept without it (disclosure-check.ts).
  if (survey.easy) for (const id of helpNowPictures) files.add(`/pictures/${id}.svg`);
  for (const file of files) {
    // Already kept (a script every page uses) is not fetched again.
    if (await cache.match(file)) continue;
    const response = await fetch(file, forOffline);
    if (response.ok) await cache.put(file, response);
  }
  await cache.put(mark, new Response(""));
  return true;
}

/** What a kept page loads: its scripts, styles, translations, pictures and audio. */
function filesOf(html: string, language: string): string[] {
  const page = new DOMParser().parseFromString(html, "text/html");
  const attribute = (selector: string, name: string) =>
    Array.from(page.querySelectorAll(selector), (element) => element.getAttribute(name) ?? "");
  const namespaces =
    page.querySelector(`meta[name="${namespacesMetaName}"]`)?.getAttribute("content") ?? "";
  // The page's own module script imports the entry and the route modules by address.
  const imported = Array.from(page.querySelectorAll("script:not([src])"), (script) =>
    Array.from(script.textContent?.matchAll(/["'](\/build\/[^"']+\.js)["']/g) ?? [], (m) => m[1]!),
  ).flat();
  const translations = namespaces
    .split(" ")
    .filter(Boolean)
    .flatMap((ns) =>
      [...new Set([language, defaultLanguage])].map(
        (lng) => `/locales/${encodeURIComponent(lng)}/${encodeURIComponent(ns)}`,
      ),
    );
  return [
    ...attribute("link[rel=stylesheet], link[rel=modulepreload], link[rel=icon]", "href"),
    ...attribute("script[src], img[src], source[src], audio[src]", "src"),
    ...imported,
    ...translations,
  ].filter((file) => file.startsWith("/") && !file.startsWith("//"));
}

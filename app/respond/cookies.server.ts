import { displayCookie } from "~/display/display-options.server";
import { forgetLanguageCookie } from "~/i18n/detect.server";
import { settings } from "~/platform/settings.server";

/*
 * Cookies for one survey link, scoped to its path so several surveys can be in progress in
 * one browser. They hold random ids only.
 */
const secure = () => settings().secureCookies;

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function cookie(name: string, value: string, path: string, maxAgeSeconds?: number) {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${path}`,
    ...(maxAgeSeconds === undefined ? [] : [`Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`]),
    "HttpOnly",
    "SameSite=Lax",
    ...(secure() ? ["Secure"] : []),
  ].join("; ");
}

const surveyPath = (token: string) => `/s/${token}`;

export const readDraftId = (request: Request) => readCookie(request, "sv_draft");

/**
 * Lasts while the browser is open only: on a shared tablet the next child must not find the
 * last child's answers. "Save and come back later" gives a code for coming back.
 */
export function draftCookie(token: string, draftId: string) {
  return cookie("sv_draft", draftId, surveyPath(token));
}

export const clearDraftCookie = (token: string) => cookie("sv_draft", "", surveyPath(token), 0);

export const readResumeCode = (request: Request) => readCookie(request, "sv_resume");

/** Shows a new resume code on the next page only; it is not kept anywhere in the clear. */
export const resumeCodeCookie = (token: string, code: string) =>
  cookie("sv_resume", code, surveyPath(token), 600);

/**
 * A school session (#20): the survey link opened as `?session=school` (the lead's link "for a
 * class on shared tablets", next to the children's poster). The start page carries the flag
 * into this cookie, which holds the same word for everyone, so it says nothing of who answers;
 * after Send everything of the child is cleared, as "someone else will use this device next"
 * does, and the start page is ready for the next child.
 */
export const schoolSessionParam = "session";
export const schoolSessionValue = "school";

export const isSchoolSession = (request: Request) =>
  readCookie(request, "sv_session") === schoolSessionValue;

/** Whether the start page was opened through the school-session link (or its form sent so). */
export const schoolSessionAsked = (url: URL | FormData) =>
  ("searchParams" in url ? url.searchParams : url).get(schoolSessionParam) === schoolSessionValue;

export const schoolSessionCookie = (token: string) =>
  cookie("sv_session", schoolSessionValue, surveyPath(token));

/** Where a school session's Send goes: the start page, saying the answers were sent. */
export const schoolSessionStart = (token: string) =>
  `${surveyPath(token)}?${schoolSessionParam}=${schoolSessionValue}&sent=1`;

/**
 * "Someone else will use this device next" (#20): everything this site keeps in the browser
 * about the person who has just answered goes. Clear-Site-Data asks the browser to drop this
 * site's cookies, storage and cache; the cookies are also expired one by one, for browsers
 * that do not know that header. History cannot be wiped by a page, but every page is sent
 * `no-store` (entry.server.tsx), so going back asks the server, which has nothing left to show.
 */
export function forgetRespondent(token: string): Headers {
  const headers = new Headers({ "Clear-Site-Data": '"cache", "cookies", "storage"' });
  for (const expired of [
    cookie("sv_draft", "", surveyPath(token), 0),
    cookie("sv_resume", "", surveyPath(token), 0),
    cookie("sv_session", "", surveyPath(token), 0),
    displayCookie([]),
    forgetLanguageCookie(secure()),
  ])
    headers.append("Set-Cookie", expired);
  return headers;
}

/**
 * Where Send leads and what it sets: the done page, with the draft's cookie ended; in a school
 * session, the start page for the next child, with everything of this one cleared.
 */
export function afterSend(request: Request, token: string): { href: string; headers: Headers } {
  if (isSchoolSession(request))
    return { href: schoolSessionStart(token), headers: forgetRespondent(token) };
  return {
    href: `${surveyPath(token)}/done`,
    headers: new Headers({ "Set-Cookie": clearDraftCookie(token) }),
  };
}

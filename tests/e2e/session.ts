import { createCookieSessionStorage } from "@remix-run/node";
import type { BrowserContext } from "@playwright/test";

/** The e2e server's SESSION_SECRET (playwright.config.ts): tests only, never a real one. */
export const e2eSessionSecret = "e2e-only-session-secret-not-for-any-real-server";

const sessions = createCookieSessionStorage({
  cookie: { name: "sv_session", path: "/", sameSite: "lax", secrets: [e2eSessionSecret] },
});

/**
 * Turns the context's inspector session into one that has had nothing done for `idleMs`
 * and a minute more, as the server signs it: the same session, run out.
 */
export async function ageSession(context: BrowserContext, baseURL: string, idleMs: number) {
  const cookie = (await context.cookies(baseURL)).find((c) => c.name === "sv_session");
  if (!cookie) throw new Error("not signed in");
  const session = await sessions.getSession(`sv_session=${cookie.value}`);
  if (!session.get("userId")) throw new Error("the session cookie was not signed as expected");
  session.set("lastSeenAt", Date.now() - idleMs - 60_000);
  const aged = (await sessions.commitSession(session)).split(";")[0]!.split("=").slice(1).join("=");
  await context.addCookies([{ ...cookie, value: aged }]);
}

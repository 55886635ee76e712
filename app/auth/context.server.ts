import { getFixedT } from "~/i18n/i18n.server";
import { detectLanguage } from "~/i18n/detect.server";
import { getDb } from "~/platform/db.server";
import { requireAdmin, requireInspector } from "./session.server";

/**
 * The start of every signed-in page that is about no one inspection (the inspections list,
 * a new inspection, the account): the signed-in inspector (else sign-in, as requireInspector
 * says), the page's language and `t` in the inspector namespace. Pages about one inspection
 * start with inspectionContext (inspections/context.server.ts).
 */
export async function inspectorContext(request: Request) {
  const db = await getDb();
  const { inspector, cookie } = await requireInspector(db, request);
  const language = detectLanguage(request);
  return { db, inspector, cookie, language, t: await getFixedT(language, "inspector") };
}

/** The same for admin pages: anyone else signed in gets 404 (requireAdmin). */
export async function adminContext(request: Request) {
  const { db, admin, cookie } = await requireAdmin(request);
  const language = detectLanguage(request);
  return { db, admin, cookie, language, t: await getFixedT(language, "inspector") };
}

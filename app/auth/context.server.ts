import { pageLanguage } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { requireAdmin, requireInspector } from "./session.server";

/**
 * The start of every signed-in page that is about no one inspection (the inspections list,
 * a new inspection, the account): the signed-in inspector (else sign-in, as requireInspector
 * says), the page's language and `t` in the inspector namespace. Pages about one inspection
 * start with inspectionContext (inspections/context.server.ts). A forum organiser's account
 * (#22) gets 404 unless the page says `organisers` may use it (their list, their account).
 */
export async function inspectorContext(
  request: Request,
  { organisers = false }: { organisers?: boolean } = {},
) {
  const db = await getDb();
  const { inspector, cookie } = await requireInspector(db, request);
  if (inspector.role === "organiser" && !organisers) throw new Response(null, { status: 404 });
  return { db, inspector, cookie, ...(await pageLanguage(request, "inspector")) };
}

/** The same for admin pages: anyone else signed in gets 404 (requireAdmin). */
export async function adminContext(request: Request) {
  const { db, admin, cookie } = await requireAdmin(request);
  return { db, admin, cookie, ...(await pageLanguage(request, "inspector")) };
}

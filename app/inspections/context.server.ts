import { inspectorContext } from "~/auth/context.server";
import { requireInspectionAccess, requireLead } from "~/auth/session.server";
import { inspectionDetail } from "./list.server";

/**
 * The one start of every page and form about one inspection: the signed-in inspector with the
 * page's language and `t` in the inspector namespace (inspectorContext), on the inspection's
 * team (else 404, so its existence is not revealed), its lead when `lead` is asked for (else
 * 403), and the inspection, read once. Other namespaces: `getFixedT(language, ns)`.
 */
export async function inspectionContext(
  request: Request,
  inspectionId: string | undefined,
  { lead = false }: { lead?: boolean } = {},
) {
  const context = await inspectorContext(request);
  const member = await requireInspectionAccess(context.db, context.inspector.id, inspectionId);
  if (lead) requireLead(member.role);
  // On its team, so it exists.
  const inspection = (await inspectionDetail(context.db, inspectionId!))!;
  return { ...context, inspectionId: inspectionId!, teamRole: member.role, inspection };
}

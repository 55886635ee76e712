import { inspectorContext } from "~/auth/context.server";
import { requireInspectionAccess, requireLead } from "~/auth/session.server";
import type { TeamRole } from "~/auth/session.server";
import { inspectionDetail } from "./inspections.server";

/**
 * What a page of an inspection is for. A forum organiser (#22) may use only what
 * `organiserMay` lists: deny by default, so a page added later is closed to them until it is
 * named here. Everyone else on the team may use them all.
 */
export type InspectionCapability = "webinars" | "inspection";
const organiserMay: ReadonlySet<InspectionCapability> = new Set(["webinars"]);

/** Whether someone of this role on an inspection's team may use a capability of it. */
export function teamMay(role: TeamRole, capability: InspectionCapability): boolean {
  return role !== "organiser" || organiserMay.has(capability);
}

/**
 * The one start of every page and form about one inspection: the signed-in inspector with the
 * page's language and `t` in the inspector namespace (inspectorContext), on the inspection's
 * team and allowed the page's capability (`for`, the whole "inspection" unless said; else 404, so neither the
 * inspection nor the page is revealed), its lead when `lead` is asked for (else 403), and the
 * inspection, read once. Other namespaces: `getFixedT(language, ns)`.
 */
export async function inspectionContext(
  request: Request,
  inspectionId: string | undefined,
  {
    lead = false,
    for: capability = "inspection",
  }: { lead?: boolean; for?: InspectionCapability } = {},
) {
  const context = await inspectorContext(request, { organisers: true });
  const member = await requireInspectionAccess(context.db, context.inspector.id, inspectionId);
  if (!teamMay(member.role, capability)) throw new Response(null, { status: 404 });
  if (lead) requireLead(member.role);
  // On its team, so it exists.
  const inspection = (await inspectionDetail(context.db, inspectionId!))!;
  return { ...context, inspectionId: inspectionId!, teamRole: member.role, inspection };
}

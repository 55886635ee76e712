import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { ConcernBanner } from "~/components/inspector/concerns/ConcernBanner";
import { inspectionContext, teamMay } from "~/inspections/context.server";
import { openConcernCount } from "~/safeguarding/concerns.server";

/**
 * Every page of one inspection: its team only (else 404), and, while a comment that may be a
 * disclosure waits for a decision, a banner saying how many, above everything else (#19). A
 * forum organiser passes here to the webinars pages, and sees no banner: each page below says
 * who may see it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspectionId, teamRole } = await inspectionContext(request, params.inspectionId, {
    for: "webinars",
  });
  const openConcerns = teamMay(teamRole, "inspection")
    ? await openConcernCount(db, inspectionId)
    : 0;
  return { id: inspectionId, openConcerns };
}

export default function Inspection() {
  const { id, openConcerns } = useLoaderData<typeof loader>();
  return (
    <>
      {openConcerns ? <ConcernBanner inspectionId={id} count={openConcerns} /> : null}
      <Outlet />
    </>
  );
}

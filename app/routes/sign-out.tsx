import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { audit } from "~/auth/audit.server";
import { currentInspector, endSession } from "~/auth/session.server";
import { getDb } from "~/platform/db.server";

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb();
  const signedIn = await currentInspector(db, request);
  if (signedIn) await audit(db, { userId: signedIn.inspector.id, action: "sign_out" });
  return redirect("/sign-in?signedOut", {
    headers: { "Set-Cookie": await endSession(db, request) },
  });
}

export function loader() {
  return redirect("/sign-in");
}

import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/auth/session.server";
import { getDb } from "~/platform/db.server";

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb();
  return redirect("/sign-in?signedOut", {
    headers: { "Set-Cookie": await signOut(db, request) },
  });
}

export function loader() {
  return redirect("/sign-in");
}

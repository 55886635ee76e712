import type { ActionFunctionArgs } from "@remix-run/node";
import { requireInspector } from "~/auth/session.server";
import { getDb } from "~/platform/db.server";

/**
 * Keeps an inspector's session alive: "Stay signed in" in the time-out warning, and the
 * pages' own signal that someone is typing or listening (components/inspector/SessionTimeout).
 * A session that has already ended answers 401.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { cookie } = await requireInspector(await getDb(), request);
  return new Response(JSON.stringify({ signedIn: true }), {
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "Set-Cookie": cookie,
    },
  });
}

import type { ActionFunctionArgs } from "@remix-run/node";
import { sendDeviceAnswers } from "~/respond/offline.server";

/**
 * Answers a device kept while it had no connection, sent by its script when the connection
 * is back (app/offline/device-send.ts): what happened, as JSON, for the script to act on.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const sent = await sendDeviceAnswers(request, params.token);
  if ("badRequest" in sent) return Response.json({ badRequest: true }, { status: 400 });
  const headers = sent.headers ?? new Headers();
  headers.set("Cache-Control", "no-store");
  return Response.json(sent.result, { headers });
}

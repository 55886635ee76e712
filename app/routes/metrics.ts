import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/platform/db.server";
import { outboxBacklog } from "~/mail/outbox.server";
import { metricsAllowed, metricsText } from "~/platform/metrics.server";

/** The operator's metrics (Prometheus text): only with METRICS_TOKEN, and never anyone's data. */
export async function loader({ request }: LoaderFunctionArgs) {
  const access = metricsAllowed(request.headers.get("authorization"));
  // No token set: there is no metrics page at all.
  if (access === "off") return new Response("Not found", { status: 404 });
  if (access === "denied")
    return new Response("This page needs the metrics token: Authorization: Bearer METRICS_TOKEN.", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" },
    });
  return new Response(await metricsText(outboxBacklog(await getDb())), {
    headers: {
      "Content-Type": "text/plain; version=0.0.4; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}

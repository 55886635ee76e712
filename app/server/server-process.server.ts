/*
 * What server.mjs (the HTTP server and its processes, outside the build) uses from the app,
 * re-exported by entry.server.tsx: start-up and stopping, the access log and request ids,
 * the metrics' request counter and the cluster channel that gathers every process's counters.
 */
export { beginStopping, loadSettings, shutdown, startup } from "./startup.server";
export {
  logError,
  logInfo,
  logRequest,
  logWarning,
  requestsLogged,
  withRequestId,
} from "~/platform/log.server";
export {
  countHttpResponse,
  gatherCountersForServers,
  reportCountersWhenAsked,
} from "~/platform/metrics.server";
export { routePatterns } from "~/platform/route-pattern.server";

import { readinessResponse } from "~/platform/health.server";

/** Readiness, as /healthz/ready: kept for the checks and tests that ask /healthz. */
export function loader() {
  return readinessResponse();
}

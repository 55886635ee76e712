import { readinessResponse } from "~/platform/health.server";

/** Send this process requests? 503 while starting, migrating, stopping or without a database. */
export function loader() {
  return readinessResponse();
}

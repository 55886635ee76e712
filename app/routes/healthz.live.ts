import { livenessResponse } from "~/platform/health.server";

/** Is the process alive? Asks nothing of the database: restart it only when this fails. */
export function loader() {
  return livenessResponse();
}

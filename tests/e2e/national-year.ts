import { londonDay } from "~/platform/time";
import { latestShownYear as shownOn } from "~/summary/national";

/** The latest year the national picture shows today (#18), where the demo's past inspections are. */
export const latestShownYear = () => shownOn(londonDay());

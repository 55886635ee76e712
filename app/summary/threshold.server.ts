import { settings } from "~/platform/settings.server";

/**
 * The number of people below which a figure is hidden: SUPPRESS_BELOW, 10 unless set, never
 * below 5 (checked with the other settings at start-up, app/platform/settings.server.ts).
 */
export function suppressionThreshold(): number {
  return settings().suppressBelow;
}

/**
 * The national picture's second threshold (#18): a national figure, and each part of it, must
 * rest on at least this many inspections, so no year of one or two inspections shows theirs.
 */
export const fewestInspections = 3;

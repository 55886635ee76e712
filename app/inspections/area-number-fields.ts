/**
 * The local area's own numbers' fields (#18), shared by the page (in the browser) and the
 * server module that reads and stores them (area-numbers.server.ts).
 */
export const areaNumberFields = ["ehcPlans", "senSupport", "practitionersInvited"] as const;
export type AreaNumberField = (typeof areaNumberFields)[number];

/** More than any local area in England has; a bigger number is a typing slip. */
export const maxAreaNumber = 1_000_000;

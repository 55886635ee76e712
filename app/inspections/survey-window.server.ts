import { gt, lte, sql } from "drizzle-orm";
import { inspections } from "~db/schema";

/**
 * Whether an inspection's surveys are open, in one place (#17): every page, form, job and
 * query that asks "is this survey closed?" asks it here.
 *
 * Surveys open at their opening time and close at their closing time, or earlier when a lead
 * closes them early (until reopened). The stored fields are `surveysOpenAt`,
 * `surveysCloseAt`, `surveysClosedEarly` and `surveysClosedAt` (when it was closed early).
 */
export interface SurveyWindow {
  opensAt: Date;
  closesAt: Date;
  closedEarly: boolean;
}

export type SurveyWindowState = "open" | "not_open" | "closed";

export function surveyWindowState(window: SurveyWindow, now: Date): SurveyWindowState {
  if (whySurveysClosed(window, now)) return "closed";
  if (!surveysHaveOpened(window, now)) return "not_open";
  return "open";
}

/** Whether the opening time has come (closed or not). */
export function surveysHaveOpened(window: Pick<SurveyWindow, "opensAt">, now = new Date()) {
  return now >= window.opensAt;
}

/**
 * Whether a closing time has passed: surveys with it are closed, and a closing time a lead
 * types in that has passed would close them at once (the dates page refuses it).
 */
export function closingTimePassed(closesAt: Date, now = new Date()) {
  return now >= closesAt;
}

/**
 * Why an inspection's surveys are closed, or null while they are not: their closing time has
 * passed (reopening needs a new one), or they were closed early (reopening is one press).
 */
export function whySurveysClosed(
  window: Pick<SurveyWindow, "closesAt" | "closedEarly">,
  now = new Date(),
): "closingTimePassed" | "closedEarly" | null {
  if (closingTimePassed(window.closesAt, now)) return "closingTimePassed";
  return window.closedEarly ? "closedEarly" : null;
}

/** The same question in SQL, for queries over many inspections: true where they are closed. */
export function surveysClosedSql(now: Date) {
  return sql`(${inspections.surveysClosedEarly} or ${closingTimePassedSql(now)})`;
}

/** `closingTimePassed` in SQL: reopening surveys closed early works only while it is false. */
export function closingTimePassedSql(now: Date) {
  return lte(inspections.surveysCloseAt, now);
}

/** Its opposite: the closing time is still ahead. */
export const closingTimeAheadSql = (now: Date) => gt(inspections.surveysCloseAt, now);

/**
 * When the surveys closed (or will close): the earlier of the time a lead closed them early
 * and their closing time. Recordings are kept for a number of days from it.
 */
export const surveysClosedAtSql = sql`least(coalesce(${inspections.surveysClosedAt}, ${inspections.surveysCloseAt}), ${inspections.surveysCloseAt})`;

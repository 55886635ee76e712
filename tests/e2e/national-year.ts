import { londonDay } from "~/platform/time";
import { publishedFrom } from "~/summary/national";

/** The latest year the national picture shows today (#18): last year from 1 February, else the one before. */
export function latestShownYear(today = londonDay()): number {
  const year = Number(today.slice(0, 4));
  return today >= publishedFrom(year - 1) ? year - 1 : year - 2;
}

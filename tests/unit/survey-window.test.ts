import { describe, expect, it } from "vitest";
import {
  closingTimePassed,
  surveyWindowState,
  surveysHaveOpened,
  whySurveysClosed,
} from "~/inspections/survey-window.server";

/* Whether an inspection's surveys accept answers: the one home of the rule (#17). */

const opensAt = new Date("2026-03-02T09:00:00Z");
const closesAt = new Date("2026-03-10T09:00:00Z");
const window = { opensAt, closesAt, closedEarly: false };
const before = new Date("2026-03-01T12:00:00Z");
const during = new Date("2026-03-05T12:00:00Z");

describe("the survey window", () => {
  it("is not open before its opening time, open from it, and closed from its closing time", () => {
    expect(surveyWindowState(window, before)).toBe("not_open");
    expect(surveyWindowState(window, opensAt)).toBe("open");
    expect(surveyWindowState(window, during)).toBe("open");
    expect(surveyWindowState(window, closesAt)).toBe("closed");
    expect(whySurveysClosed(window, closesAt)).toBe("closingTimePassed");
    expect(whySurveysClosed(window, during)).toBeNull();
  });

  it("is closed while a lead has closed it early, even before it opened", () => {
    const early = { ...window, closedEarly: true };
    expect(surveyWindowState(early, during)).toBe("closed");
    expect(surveyWindowState(early, before)).toBe("closed");
    expect(whySurveysClosed(early, during)).toBe("closedEarly");
    // Once the closing time has passed, that is the reason: reopening needs a new one.
    expect(whySurveysClosed(early, closesAt)).toBe("closingTimePassed");
  });

  it("counts the opening and closing minutes themselves as come", () => {
    expect(surveysHaveOpened(window, new Date(opensAt.getTime() - 1))).toBe(false);
    expect(surveysHaveOpened(window, opensAt)).toBe(true);
    expect(closingTimePassed(closesAt, new Date(closesAt.getTime() - 1))).toBe(false);
    expect(closingTimePassed(closesAt, closesAt)).toBe(true);
  });
});

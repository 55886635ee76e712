import path from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { describe, expect, it } from "vitest";
import { addSnapshots, countSurveyResponse, localSnapshot } from "~/platform/metrics.server";
import { routePatterns } from "~/platform/route-pattern.server";

/*
 * The access log's route patterns, read from app/routes as the build reads them, and the
 * metrics' counters (the HTTP side: tests/security/operations.test.ts).
 */

describe("route patterns for the access log", () => {
  const routes = { root: { id: "root", path: "" }, ...flatRoutes(path.resolve("app")) };
  const routeOf = routePatterns(routes);

  it.each([
    ["/", "/"],
    ["/_root.data", "/"],
    ["/healthz", "/healthz"],
    ["/healthz/ready", "/healthz/ready"],
    ["/metrics", "/metrics"],
    ["/s/Fv6P8-ez1zWoIF2F60Tbauet", "/s/:token"],
    ["/s/Fv6P8-ez1zWoIF2F60Tbauet/q/school-support", "/s/:token/q/:questionId"],
    ["/s/Fv6P8-ez1zWoIF2F60Tbauet/check.data", "/s/:token/check"],
    ["/booking/0123456789abcdef/calendar.ics", "/booking/:token/calendar.ics"],
    ["/area/a-secret-counts-link", "/area/:token"],
    ["/inspections/3f1c/webinars/9a2b", "/inspections/:inspectionId/webinars/:webinarId"],
    ["/no/such/page/with-a-secret", "/*"],
  ])("%s is logged as %s", (pathname, pattern) => {
    expect(routeOf(pathname)).toBe(pattern);
  });
});

describe("metrics counters", () => {
  it("count survey responses over the last minute, and forget those older", () => {
    const start = Date.UTC(2030, 0, 1, 9, 0, 0);
    const before = localSnapshot(start);
    countSurveyResponse(start);
    countSurveyResponse(start + 30_000);
    expect(localSnapshot(start + 30_000).surveyResponsesLastMinute).toBe(2);
    expect(localSnapshot(start + 61_000).surveyResponsesLastMinute).toBe(1);
    expect(localSnapshot(start + 200_000).surveyResponsesLastMinute).toBe(0);
    expect(localSnapshot(start + 200_000).surveyResponses).toBe(before.surveyResponses + 2);
  });

  it("add up every server process's counters", () => {
    const zero = localSnapshot();
    const first = {
      ...zero,
      httpResponses: { ...zero.httpResponses, "2xx": 10, "5xx": 1 },
      surveyResponses: 4,
      surveyResponsesLastMinute: 2,
      jobFailures: { ...zero.jobFailures, mail: 1 },
    };
    const second = {
      ...zero,
      httpResponses: { ...zero.httpResponses, "2xx": 5, "5xx": 2 },
      surveyResponses: 1,
      jobFailures: { ...zero.jobFailures, retention: 3 },
      mailSendFailures: 7,
    };
    const total = addSnapshots([first, second]);
    expect(total).toMatchObject({
      processes: 2,
      httpResponses: { "1xx": 0, "2xx": 15, "3xx": 0, "4xx": 0, "5xx": 3 },
      surveyResponses: 5,
      surveyResponsesLastMinute: 2 + zero.surveyResponsesLastMinute,
      jobFailures: { mail: 1, retention: 3, counts: 0 },
      mailSendFailures: 7,
    });
  });
});

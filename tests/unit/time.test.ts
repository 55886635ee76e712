import { describe, expect, it } from "vitest";
import { addDays, addMonths, addWorkingDays, londonDateTime, londonDay } from "~/platform/time";
import { dataDeletedAfter, inspectionEnds } from "~/inspections/retention.server";
import { defaultSurveyWindow } from "~/inspections/inspections.server";

describe("inspection timeline", () => {
  it("turns London wall-clock time into the right instant in winter and summer", () => {
    expect(londonDateTime("2026-01-13", "09:00").toISOString()).toBe("2026-01-13T09:00:00.000Z");
    expect(londonDateTime("2026-06-16", "09:00").toISOString()).toBe("2026-06-16T08:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    expect(londonDateTime("2026-03-29", "09:00").toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(londonDateTime("2026-10-25", "09:00").toISOString()).toBe("2026-10-25T09:00:00.000Z");
  });

  it("closes surveys at 09:00 on the eighth day after notification", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const window = defaultSurveyWindow("2026-11-23", now);
    expect(window.opensAt).toBe(now);
    expect(window.closesAt.toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });

  it("counts working days from a Monday notification to fieldwork", () => {
    expect(addWorkingDays("2026-11-23", 10)).toBe("2026-12-07");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("reads today's date in London, not UTC", () => {
    expect(londonDay(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(londonDay(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });

  it("turns the day at London's midnight, one millisecond either side, asked in order", () => {
    // Summer: midnight in London is 23:00 UTC. The same minute asked twice, then the next.
    expect(londonDay(new Date("2026-06-30T22:59:00.000Z"))).toBe("2026-06-30");
    expect(londonDay(new Date("2026-06-30T22:59:59.999Z"))).toBe("2026-06-30");
    expect(londonDay(new Date("2026-06-30T23:00:00.000Z"))).toBe("2026-07-01");
    expect(londonDay(new Date("2026-06-30T23:00:59.999Z"))).toBe("2026-07-01");
    // Winter: midnight is midnight UTC.
    expect(londonDay(new Date("2026-12-31T23:59:59.999Z"))).toBe("2026-12-31");
    expect(londonDay(new Date("2027-01-01T00:00:00.000Z"))).toBe("2027-01-01");
    expect(() => londonDay(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("when an inspection ends, and when its data is deleted", () => {
  it("adds calendar months, keeping the day or taking the month's last", () => {
    expect(addMonths("2026-12-21", 36)).toBe("2029-12-21");
    expect(addMonths("2026-12-21", 6)).toBe("2027-06-21");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2026-08-31", 18)).toBe("2028-02-29");
  });

  it("ends with week 3 (midnight UK time a week after it starts), or later if the surveys close later", () => {
    const week3 = "2027-06-14";
    // Summer time: midnight in London is 23:00 UTC the day before.
    expect(
      inspectionEnds({ week3, closesAt: new Date("2027-06-01T08:00:00Z") }).toISOString(),
    ).toBe("2027-06-20T23:00:00.000Z");
    const late = new Date("2027-06-25T16:00:00Z");
    expect(inspectionEnds({ week3, closesAt: late })).toEqual(late);
  });

  it("deletes RETENTION_YEARS later, at the same UK time on the same day of the month", () => {
    const inspection = { week3: "2027-06-14", closesAt: new Date("2027-06-01T08:00:00Z") };
    // Ends at midnight on 21 June 2027 (summer); 3 years on is winter-proof: still midnight.
    expect(dataDeletedAfter(inspection, { years: 3, months: 36 }).toISOString()).toBe(
      "2030-06-20T23:00:00.000Z",
    );
    // Six months on is 21 December, in winter: midnight UK time is midnight UTC.
    expect(dataDeletedAfter(inspection, { years: 0.5, months: 6 }).toISOString()).toBe(
      "2027-12-21T00:00:00.000Z",
    );
  });
});

import { describe, expect, it } from "vitest";
import { addDays, dayIn, isDay, mondayOf, startOfDay, wallTime, wallTimeToDate } from "./zoned-days";

describe("days in the newsroom's time zone", () => {
  it("reads the calendar day in the zone, not in UTC", () => {
    const lateEvening = new Date("2026-12-04T06:30:00Z"); // 22:30 on the 3rd in Los Angeles
    expect(dayIn(lateEvening, "America/Los_Angeles")).toBe("2026-12-03");
    expect(dayIn(lateEvening, "Asia/Seoul")).toBe("2026-12-04");
  });

  it("turns a wall time into the instant, across daylight saving changes", () => {
    expect(wallTimeToDate("2026-12-03T15:00", "America/Los_Angeles")?.toISOString()).toBe("2026-12-03T23:00:00.000Z");
    expect(wallTimeToDate("2026-07-03T15:00", "America/Los_Angeles")?.toISOString()).toBe("2026-07-03T22:00:00.000Z");
    expect(wallTimeToDate("2026-03-08T12:00", "America/Los_Angeles")?.toISOString()).toBe("2026-03-08T19:00:00.000Z");
    expect(wallTimeToDate("2026-12-03T09:30", "Asia/Seoul")?.toISOString()).toBe("2026-12-03T00:30:00.000Z");
    expect(startOfDay("2026-11-01", "America/Los_Angeles").toISOString()).toBe("2026-11-01T07:00:00.000Z");
    expect(startOfDay("2026-11-02", "America/Los_Angeles").toISOString()).toBe("2026-11-02T08:00:00.000Z");
  });

  it("refuses what is not a day or a time", () => {
    expect(wallTimeToDate("2026-02-31T10:00", "UTC")).toBeNull();
    expect(wallTimeToDate("2026-12-03T25:00", "UTC")).toBeNull();
    expect(wallTimeToDate("tomorrow", "UTC")).toBeNull();
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-2-1")).toBe(false);
  });

  it("counts days and finds the week's Monday", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(mondayOf("2026-12-03")).toBe("2026-11-30"); // a Thursday
    expect(mondayOf("2026-12-06")).toBe("2026-11-30"); // Sunday ends the week
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
    expect(wallTime(new Date("2026-12-03T23:05:00Z"), "America/Los_Angeles")).toBe("2026-12-03T15:05");
  });
});

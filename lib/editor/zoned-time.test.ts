import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatShortDateTime,
  isoInZone,
  nextHourInZone,
  zonedWallTimeToIso,
  zoneLongName,
  zoneOffsetMinutes,
} from "./zoned-time";

describe("newsroom time", () => {
  it("shows a clock time in the newsroom's zone", () => {
    const t = new Date("2026-11-29T15:42:10Z");
    expect(formatClock(t, "America/Los_Angeles")).toBe("07:42");
    expect(formatClock(t, "Asia/Seoul")).toBe("00:42");
    expect(formatShortDateTime(t, "America/Los_Angeles", new Date("2026-12-01T00:00:00Z"))).toBe("Nov 29, 07:42");
    expect(formatShortDateTime(t, "UTC", new Date("2027-01-02T00:00:00Z"))).toBe("Nov 29, 2026, 15:42");
  });

  it("knows offsets on both sides of a DST change", () => {
    expect(zoneOffsetMinutes(new Date("2026-01-15T12:00:00Z"), "America/New_York")).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "America/New_York")).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "Asia/Kolkata")).toBe(330);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "UTC")).toBe(0);
  });

  it("turns a wall-clock time in a zone into an ISO string with its offset", () => {
    expect(zonedWallTimeToIso("2026-12-01", "09:30", "America/New_York")).toBe("2026-12-01T09:30:00-05:00");
    expect(zonedWallTimeToIso("2026-07-01", "09:30", "America/New_York")).toBe("2026-07-01T09:30:00-04:00");
    expect(zonedWallTimeToIso("2026-07-01", "09:30", "Asia/Seoul")).toBe("2026-07-01T09:30:00+09:00");
    const iso = zonedWallTimeToIso("2026-12-01", "09:30", "America/Los_Angeles")!;
    expect(new Date(iso).toISOString()).toBe("2026-12-01T17:30:00.000Z");
    // 02:30 does not exist on the spring-forward night; it lands on the same instant as 03:30 daylight time.
    expect(new Date(zonedWallTimeToIso("2026-03-08", "02:30", "America/New_York")!).toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    expect(zonedWallTimeToIso("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T01:30:00-04:00"); // the first of two
    expect(zonedWallTimeToIso("tomorrow", "09:30", "UTC")).toBeNull();
  });

  it("prefills the next full hour and names the zone", () => {
    expect(nextHourInZone("America/New_York", new Date("2026-12-01T14:20:00Z"))).toEqual({
      date: "2026-12-01",
      time: "10:00",
    });
    expect(isoInZone(new Date("2026-12-01T04:00:00Z"), "America/New_York")).toBe("2026-11-30T23:00:00-05:00");
    expect(zoneLongName("America/New_York", new Date("2026-12-01T00:00:00Z"))).toBe("Eastern Standard Time");
  });
});

import { describe, expect, it } from "vitest";
import { formatDateTime, formatLongDate, secondsUntilMidnight } from "./format";

describe("secondsUntilMidnight", () => {
  it("counts to the next midnight in the newsroom's time zone, not the server's", () => {
    // 23:00 in Los Angeles (PDT, UTC-7) is 06:00 UTC the next day.
    const at = new Date("2026-06-02T06:00:00Z");
    expect(secondsUntilMidnight(at, "America/Los_Angeles")).toBe(3600);
    expect(secondsUntilMidnight(at, "UTC")).toBe(18 * 3600);
    // At midnight itself the next one is a whole day away.
    expect(secondsUntilMidnight(new Date("2026-06-02T15:00:00Z"), "Asia/Seoul")).toBe(86_400);
    expect(secondsUntilMidnight(new Date("2026-06-02T14:59:59Z"), "Asia/Seoul")).toBe(1);
  });
});

describe("formatDateTime", () => {
  // 2025-06-07 22:04 UTC is 3:04 PM in Los Angeles (PDT).
  const at = new Date("2025-06-07T22:04:00Z");
  it("writes English dates the English way", () => {
    expect(formatDateTime(at, "America/Los_Angeles")).toBe("Jun 7, 2025, 3:04 PM PDT");
  });
  it("writes Korean dates the Korean way, in the newsroom's time zone", () => {
    expect(formatDateTime(at, "America/Los_Angeles", "ko")).toBe("2025년 6월 7일 오후 3:04 PDT");
    expect(formatDateTime(new Date("2025-06-07T07:05:00Z"), "America/Los_Angeles", "ko")).toBe(
      "2025년 6월 7일 오전 12:05 PDT",
    );
  });
});

describe("formatLongDate", () => {
  // 2025-06-08 05:00 UTC is still Saturday, June 7 in Los Angeles.
  const at = new Date("2025-06-08T05:00:00Z");
  it("writes the masthead's date in the newsroom's time zone, in English or Korean", () => {
    expect(formatLongDate(at, "America/Los_Angeles")).toBe("Saturday, June 7, 2025");
    expect(formatLongDate(at, "America/Los_Angeles", "ko")).toBe("2025년 6월 7일 토요일");
    expect(formatLongDate(at, "Asia/Seoul", "ko")).toBe("2025년 6월 8일 일요일");
  });
});

import { describe, expect, it } from "vitest";
import { secondsUntilMidnight } from "./format";

describe("secondsUntilMidnight", () => {
  it("counts to the next midnight in the newsroom's time zone, not the server's", () => {
    // 23:00 in Los Angeles (PDT, UTC-7) is 06:00 UTC the next day.
    const at = new Date("2026-06-02T06:00:00Z");
    expect(secondsUntilMidnight(at, "America/Los_Angeles")).toBe(3600);
    expect(secondsUntilMidnight(at, "UTC")).toBe(18 * 3600);
    expect(secondsUntilMidnight(new Date("2026-06-02T14:59:59Z"), "Asia/Seoul")).toBe(1);
    expect(secondsUntilMidnight(new Date("2026-06-02T15:00:00Z"), "Asia/Seoul")).toBe(86_400);
  });
});

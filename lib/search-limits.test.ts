import { describe, expect, it } from "vitest";
import { addressBucket } from "./search-limits";

describe("search limit buckets", () => {
  it("counts an IPv6 client by its /64, however it writes or rotates the rest", () => {
    const bucket = addressBucket("2001:db8:abcd:12::1");
    expect(bucket).toBe("2001:db8:abcd:12::/64");
    expect(addressBucket("2001:0db8:abcd:0012:ffff:1:2:3")).toBe(bucket);
    expect(addressBucket("2001:DB8:ABCD:12:0:0:0:99")).toBe(bucket);
    expect(addressBucket("2001:db8:abcd:13::1")).not.toBe(bucket);
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
  });

  it("keeps an IPv4 address as it is", () => {
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });
});

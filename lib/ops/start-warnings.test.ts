import { describe, expect, it } from "vitest";
import { benchEnabled, benchTokenMatches } from "./bench-gate";
import { singleOriginWarning, startWarnings } from "./start-warnings";

const token = "abcdefghijklmnopqrstuvwx"; // 24 characters

describe("start-up warnings", () => {
  it("warns a production server with no DESK_URL, and no other", () => {
    expect(singleOriginWarning({ NODE_ENV: "production" })).toMatch(/DESK_URL/);
    expect(singleOriginWarning({ NODE_ENV: "production", DESK_URL: "https://desk.example.com" })).toBeNull();
    expect(singleOriginWarning({ NODE_ENV: "development" })).toBeNull();
  });

  it("warns when the bench route is open", () => {
    expect(startWarnings({ NODE_ENV: "production", DESK_URL: "x", BENCH_TOKEN: token, MASTHEAD_BENCH: "1" })).toEqual([
      expect.stringMatching(/BENCH_TOKEN/),
    ]);
    expect(startWarnings({ NODE_ENV: "production", DESK_URL: "x", BENCH_TOKEN: token })).toEqual([]);
  });
});

describe("the bench route's gate", () => {
  it("is closed in production builds unless MASTHEAD_BENCH=1 is set with the token", () => {
    expect(benchEnabled({ NODE_ENV: "production", BENCH_TOKEN: token })).toBe(false);
    expect(benchTokenMatches(token, { NODE_ENV: "production", BENCH_TOKEN: token })).toBe(false);
    expect(benchTokenMatches(token, { NODE_ENV: "production", BENCH_TOKEN: token, MASTHEAD_BENCH: "1" })).toBe(true);
    expect(benchTokenMatches(token, { NODE_ENV: "development", BENCH_TOKEN: token })).toBe(true);
    expect(benchEnabled({ NODE_ENV: "production", BENCH_TOKEN: "short", MASTHEAD_BENCH: "1" })).toBe(false);
  });

  it("treats a token of the right character length with multi-byte characters as just wrong", () => {
    const env = { NODE_ENV: "production", BENCH_TOKEN: token, MASTHEAD_BENCH: "1" };
    expect(benchTokenMatches(`é${token.slice(1)}`, env)).toBe(false);
    expect(benchTokenMatches(null, env)).toBe(false);
  });
});

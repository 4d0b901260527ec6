import { describe, expect, it } from "vitest";
import { demoStaffAllowed, weakSecretProblem } from "./env-checks";

describe("start-up checks", () => {
  it("refuses missing, short, repetitive and placeholder secrets", () => {
    expect(weakSecretProblem(undefined)).toMatch(/not set/);
    expect(weakSecretProblem("short")).toMatch(/32/);
    expect(weakSecretProblem("a".repeat(64))).toMatch(/random/);
    expect(weakSecretProblem("change-me-change-me-please-0123456789")).toMatch(/placeholder/);
    expect(weakSecretProblem("q3Jv9xZ2mL8rT5wB1nK7yH4cF6dG0sPa")).toBeNull();
  });

  it("allows demo logins only in the embedded database or a local server", () => {
    expect(demoStaffAllowed(undefined)).toBe(true);
    expect(demoStaffAllowed("postgres://postgres@127.0.0.1:5432/masthead")).toBe(true);
    expect(demoStaffAllowed("postgres://u@localhost/masthead")).toBe(true);
    expect(demoStaffAllowed("postgres://u@[::1]:5432/masthead")).toBe(true);
    expect(demoStaffAllowed("postgres://u@db.example.com/masthead")).toBe(false);
    expect(demoStaffAllowed("postgres://u@10.0.0.5/masthead")).toBe(false);
    expect(demoStaffAllowed("not a url")).toBe(false);
  });
});

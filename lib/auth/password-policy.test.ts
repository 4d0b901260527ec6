import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

const who = { email: "sarah.kim@example.com", name: "Sarah Kim" };

describe("password policy", () => {
  it("wants at least 12 characters", () => {
    expect(passwordProblem("short-pw", who)).toMatch(/12 characters/);
  });
  it("refuses the email or the name", () => {
    expect(passwordProblem("sarah.kim@example.com", who)).toMatch(/email or name/);
    expect(passwordProblem("Sarah  Kim!!", { ...who, name: "Sarah Kim!!" })).toMatch(/email or name/);
  });
  it("refuses common passwords, also with digits added", () => {
    for (const p of ["qwertyuiop123", "1qaz2wsx3edc", "password123456", "iloveyou2026!", "aaaaaaaaaaaa"]) {
      expect(passwordProblem(p, who), p).toMatch(/common/);
    }
  });
  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("demo-reporter-pass-2026", who)).toBeNull();
    expect(passwordProblem("correct horse battery staple", who)).toBeNull();
  });
});

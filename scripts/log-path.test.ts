import { describe, expect, it } from "vitest";
import { loggedPath } from "./log-path.mjs";

describe("the access log's path", () => {
  it("never carries a preview token", () => {
    expect(loggedPath("/preview/AbC_123-xyz456789012345")).toBe("/preview/[redacted]");
    expect(loggedPath("/preview/AbC_123-xyz456789012345?x=1")).toBe("/preview/[redacted]?x=1");
    expect(loggedPath("/media/2026/01/a-0123abcd.jpg?w=1&preview=SECRETTOKEN&q=2")).toBe(
      "/media/2026/01/a-0123abcd.jpg?w=1&preview=[redacted]&q=2",
    );
    expect(loggedPath("/_next/image?url=%2Fmedia%2Fk%3Fpreview%3DTOKEN&w=640")).toBe(
      "/_next/image?url=%2Fmedia%2Fk%3Fpreview%3D[redacted]&w=640",
    );
    expect(loggedPath("/news/a-story")).toBe("/news/a-story");
  });

  it("never carries an invitation or password reset token", () => {
    const token = "Ab_-0123456789012345678901234567890123456789";
    expect(loggedPath(`/login/join/${token}`)).toBe("/login/join/[redacted]");
    expect(loggedPath(`/login/reset/${token}?_rsc=1`)).toBe("/login/reset/[redacted]?_rsc=1");
    expect(loggedPath("/login/forgot")).toBe("/login/forgot");
  });
});

import { describe, expect, it } from "vitest";
import { deskPageKey } from "./desk-registry";

describe("deskPageKey", () => {
  it("maps desk paths to their registry key, trailing slashes or not", () => {
    expect(deskPageKey("/admin/stories/abc/")).toBe("/admin/stories/[id]");
    expect(deskPageKey("/admin/stories/abc/revisions")).toBe("/admin/stories/[id]/revisions");
    expect(deskPageKey("/nowhere")).toBeNull();
  });

  it("takes linear time on a request path of 16,000 slashes (the proxy runs it on every desk request)", () => {
    const started = performance.now();
    expect(deskPageKey(`/admin/stories/${"/".repeat(16_000)}x`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

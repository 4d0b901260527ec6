import { afterEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/db";
import { readiness } from "./readiness";

withTestDatabase();
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("readiness", () => {
  it("answers ok when the database answers", async () => {
    expect(await readiness()).toEqual({ ok: true });
  });

  it("says only no to the public and logs why", async () => {
    // A real Redis refusing these credentials: its error text names the user, which no caller should see.
    vi.stubEnv("REDIS_URL", "redis://leaky-user:leaky-pass@127.0.0.1:6379");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await readiness();
    expect(result).toEqual({ ok: false });
    expect(JSON.stringify(result)).not.toMatch(/leaky|redis|WRONGPASS|password/i);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/redis/);
  });
});

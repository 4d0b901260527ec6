import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "./route";

const token = "abcdefghijklmnopqrstuvwx";
const call = (given: string) =>
  POST(
    new Request("http://localhost/api/bench/story", {
      method: "POST",
      headers: { "x-bench-token": given },
      body: "{}",
    }),
  );
afterEach(() => vi.unstubAllEnvs());

// Each refusal answers before the database is touched; a body with no slug is the first thing an open route checks.
describe("POST /api/bench/story", () => {
  it("is a 404 in a production build with BENCH_TOKEN alone", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("BENCH_TOKEN", token);
    expect((await call(token)).status).toBe(404);
    vi.stubEnv("MASTHEAD_BENCH", "1");
    expect((await call(token)).status).toBe(400);
  });

  it("answers a token with a multi-byte character like any wrong one (no 500 oracle)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("BENCH_TOKEN", token);
    vi.stubEnv("MASTHEAD_BENCH", "1");
    // Headers are bytes: a client sends é as its two UTF-8 bytes, which the Fetch API reads back as two Latin-1 chars.
    expect((await call(Buffer.from(`é${token.slice(2)}`).toString("latin1"))).status).toBe(404);
    expect((await call(`\u00e9${token.slice(1)}`)).status).toBe(404);
  });
});

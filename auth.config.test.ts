import { afterEach, describe, expect, it, vi } from "vitest";

async function secure(env: { NODE_ENV: string; AUTH_URL?: string; SITE_URL?: string }): Promise<boolean> {
  vi.resetModules();
  vi.stubEnv("NODE_ENV", env.NODE_ENV);
  vi.stubEnv("AUTH_URL", env.AUTH_URL ?? "");
  vi.stubEnv("SITE_URL", env.SITE_URL ?? "");
  const { authConfig } = await import("./auth.config");
  return authConfig.useSecureCookies;
}

afterEach(() => vi.unstubAllEnvs());

describe("session cookie Secure flag", () => {
  it("follows an explicit public URL's scheme", async () => {
    expect(await secure({ NODE_ENV: "production", SITE_URL: "http://127.0.0.1:3100" })).toBe(false); // the e2e server
    expect(await secure({ NODE_ENV: "production", AUTH_URL: "https://news.example.com", SITE_URL: "http://x" })).toBe(true);
    expect(await secure({ NODE_ENV: "development", SITE_URL: "https://news.example.com" })).toBe(true);
  });

  it("is on in production and off in development when no URL is configured", async () => {
    expect(await secure({ NODE_ENV: "production" })).toBe(true);
    expect(await secure({ NODE_ENV: "development" })).toBe(false);
  });
});

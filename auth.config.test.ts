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
    expect(await secure({ NODE_ENV: "production", AUTH_URL: "https://news.example.com", SITE_URL: "http://x" })).toBe(
      true,
    );
    expect(await secure({ NODE_ENV: "development", SITE_URL: "https://news.example.com" })).toBe(true);
  });

  it("is on in production and off in development when no URL is configured", async () => {
    expect(await secure({ NODE_ENV: "production" })).toBe(true);
    expect(await secure({ NODE_ENV: "development" })).toBe(false);
  });
});

describe("session cookie name", () => {
  it("is __Host- (Path=/, no Domain) whenever cookies are Secure, so a sibling subdomain cannot shadow it", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_URL", "https://desk.example.com");
    const { authConfig } = await import("./auth.config");
    const { Auth } = await import("@auth/core");
    const { encode } = await import("@auth/core/jwt");
    const secret = "a-test-secret-for-the-cookie-name-0123456789";
    const session = async (name: string) => {
      const value = await encode({ token: { uid: "u1", sid: "s1", sv: 1, role: "editor" }, secret, salt: name });
      const res = await Auth(
        new Request("https://desk.example.com/api/auth/session", { headers: { cookie: `${name}=${value}` } }),
        { ...authConfig, secret, trustHost: true, basePath: "/api/auth" },
      );
      return (await res.json()) as { uid?: string } | null;
    };
    expect((await session("__Host-authjs.session-token"))?.uid).toBe("u1");
    expect(await session("__Secure-authjs.session-token")).toBeNull();
    vi.stubEnv("AUTH_URL", "http://127.0.0.1:3100"); // the e2e server: plain http keeps the plain name
    vi.resetModules();
    expect((await import("./auth.config")).authConfig).not.toHaveProperty("cookies");
  });
});

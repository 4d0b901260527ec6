import { describe, expect, it } from "vitest";
import {
  fromAnotherSite,
  badPath,
  badSearchQuery,
  hostRedirect,
  isDeskPath,
  isSignInPath,
  malformedLinkPath,
  signInBodyRefusal,
  withoutSessionCookies,
} from "./request-guards";

describe("request guards", () => {
  it("sends desk paths to the desk host and reader paths away from it", () => {
    const desk = "https://desk.example.com",
      site = "https://news.example.com";
    const at = (u: string) => new URL(u);
    expect(hostRedirect(at("https://news.example.com/admin/stories?x=1"), "news.example.com", desk, site)?.href).toBe(
      "https://desk.example.com/admin/stories?x=1",
    );
    expect(hostRedirect(at("https://news.example.com/api/auth/session"), "news.example.com", desk, site)?.origin).toBe(
      desk,
    );
    expect(hostRedirect(at("https://desk.example.com/login"), "desk.example.com", desk, site)).toBeNull();
    expect(hostRedirect(at("https://desk.example.com/local/story"), "desk.example.com", desk, site)?.href).toBe(
      "https://news.example.com/local/story",
    );
    expect(hostRedirect(at("https://news.example.com/local"), "news.example.com", desk, site)).toBeNull();
    expect(hostRedirect(at("https://news.example.com/admin"), "news.example.com", undefined, site)).toBeNull();
  });

  it("refuses big sign-in bodies by their declared length, and undeclared ones on the sign-in form", () => {
    expect(signInBodyRefusal("POST", "/api/auth/callback/credentials", "100000")).toBe(413);
    expect(signInBodyRefusal("POST", "/login", "999999999")).toBe(413);
    expect(signInBodyRefusal("POST", "/login", "16385")).toBe(413);
    expect(signInBodyRefusal("POST", "/login", "1e3")).toBe(413);
    expect(signInBodyRefusal("POST", "/login", "")).toBe(413);
    expect(signInBodyRefusal("POST", "/login", "2000")).toBeNull();
    expect(signInBodyRefusal("POST", "/login", null)).toBe(411);
    expect(signInBodyRefusal("POST", "/api/auth/callback/credentials", null)).toBeNull(); // the route reads 16 KB at most
    expect(signInBodyRefusal("POST", "/admin/stories", "100000")).toBeNull();
    expect(signInBodyRefusal("GET", "/login", "100000")).toBeNull();
    // The pages of the mailed links take small forms too.
    expect(signInBodyRefusal("POST", "/login/forgot", "100000")).toBe(413);
    expect(signInBodyRefusal("POST", "/login/reset/abc", null)).toBe(411);
    expect(signInBodyRefusal("POST", "/loginx", "100000")).toBeNull();
  });

  it("counts the mailed links' pages as the desk's sign-in pages, and nothing that only starts alike", () => {
    for (const p of ["/login", "/login/forgot", "/login/join/abc", "/login/reset/abc"]) {
      expect(isSignInPath(p), p).toBe(true);
      expect(isDeskPath(p), p).toBe(true);
    }
    for (const p of ["/loginx", "/log", "/local/login"]) expect(isSignInPath(p), p).toBe(false);
  });

  it("answers a mailed link's page with a token of the wrong shape before any query", () => {
    const token = "Ab_-0123456789012345678901234567890123456789".slice(0, 43);
    expect(malformedLinkPath(`/login/join/${token}`)).toBe(false);
    expect(malformedLinkPath(`/login/reset/${token}`)).toBe(false);
    for (const p of ["/login/join/__placeholder__", `/login/reset/${token}x`, "/login/join/a%2Fb", "/login/reset/"])
      expect(malformedLinkPath(p), p).toBe(true);
    expect(malformedLinkPath("/login/forgot")).toBe(false);
  });

  it("finds overlong and control-character queries", () => {
    expect(badSearchQuery(new URLSearchParams({ q: "x".repeat(201) }), 200)).toBe(true);
    expect(badSearchQuery(new URLSearchParams("q=a%00b"), 200)).toBe(true);
    expect(badSearchQuery(new URLSearchParams("q=ok&q=%01"), 200)).toBe(true);
    expect(badSearchQuery(new URLSearchParams("q=harbor+fire"), 200)).toBe(false);
  });

  it("strips Auth.js cookies and keeps the rest", () => {
    expect(
      withoutSessionCookies("a=1; authjs.session-token=x; __Secure-authjs.session-token.0=y; authjs.csrf-token=z; b=2"),
    ).toBe("a=1; b=2");
  });

  it("finds paths that cannot be decoded or decode to control characters", () => {
    for (const p of ["/tags/%E0%A4%A", "/a/%", "/a/%ZZ", "/media/%FF%FE", "/x/%00", "/x/a%1Fb", `/${"x".repeat(2000)}`])
      expect(badPath(p), p).toBe(true);
    for (const p of ["/", "/local/harbor-fire", "/tags/%ED%95%9C%EA%B5%AD", "/media/2026/01/a-b.jpg"])
      expect(badPath(p), p).toBe(false);
  });
  it("tells a request from another site by its fetch metadata; a script's (no header) is not one", () => {
    const h = (site?: string) => new Headers(site ? { "Sec-Fetch-Site": site } : {});
    expect(fromAnotherSite(h("cross-site"))).toBe(true);
    expect(fromAnotherSite(h("same-site"))).toBe(true);
    expect(fromAnotherSite(h("same-origin"))).toBe(false);
    expect(fromAnotherSite(h())).toBe(false);
  });
});

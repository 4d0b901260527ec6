import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { adHostsFromEnv, deskCsp, readerCsp } from "./lib/security-headers";

// Database-free: this only checks that a signed session cookie exists. The real checks run next to the data
// (lib/authz.ts), because a cookie can outlive a role change or a deactivation.
const { auth } = NextAuth(authConfig);

const isDesk = (path: string) => path === "/admin" || path.startsWith("/admin/") || path === "/login";

const deskProxy = auth((req) => {
  const path = req.nextUrl.pathname;
  if (path !== "/login" && !req.auth) {
    const login = new URL("/login", req.nextUrl.origin);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  // A fresh nonce per desk request: Next.js reads it from the request's CSP header and stamps its scripts.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = deskCsp(nonce);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("Cache-Control", "private, no-store");
  return res;
});

const readerPolicy = readerCsp(adHostsFromEnv());

export default function proxy(req: NextRequest, ctx: { waitUntil: (p: Promise<unknown>) => void }) {
  if (isDesk(req.nextUrl.pathname)) return (deskProxy as unknown as (r: NextRequest, c: unknown) => Promise<Response>)(req, ctx);
  const res = NextResponse.next();
  res.headers.set("Content-Security-Policy", readerPolicy);
  return res;
}

export const config = {
  // Static files carry no HTML; the CSP matters on documents.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|media/).*)"],
};

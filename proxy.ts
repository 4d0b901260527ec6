import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { isRole, roleCan } from "./lib/capabilities";
import { deskPageKey, deskPages } from "./lib/desk-registry";
import { cacheControlFor } from "./lib/cache-policy";
import { adHostsFromEnv, deskCsp, readerCsp } from "./lib/security-headers";

// Database-free: this only checks that a signed session cookie exists. The real checks run next to the data
// (lib/authz.ts), because a cookie can outlive a role change or a deactivation.
const { auth } = NextAuth(authConfig);

const FORBIDDEN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not allowed</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:5rem auto;padding:0 1rem;color:#161616;background:#fdfcf8}a{color:#a4161a}</style></head><body><main><h1>Not allowed</h1><p>Your role does not include this part of the desk. Ask an admin if you need it.</p><p><a href="/admin">Back to the desk</a></p></main></body></html>`;

const isDesk = (path: string) => path === "/admin" || path.startsWith("/admin/") || path === "/login";

const deskProxy = auth((req) => {
  const path = req.nextUrl.pathname;
  if (path !== "/login" && !req.auth) {
    const login = new URL("/login", req.nextUrl.origin);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  // Early, optimistic 403 from the cookie's role, so the response carries a real 403 status (a streamed page
  // cannot change its status). The page checks again against the database; server actions answer for themselves.
  const key = deskPageKey(path);
  const capability = key ? deskPages[key] : null;
  const role = (req.auth as { role?: unknown } | null)?.role;
  if (capability && capability !== "public" && !req.headers.has("next-action") && isRole(role) && !roleCan(role, capability)) {
    return new NextResponse(FORBIDDEN_HTML, { status: 403, headers: {
      "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    } });
  }
  // A fresh nonce per desk request: Next.js reads it from the request's CSP header and stamps its scripts.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = deskCsp(nonce);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
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
  // Shared caches may keep reader pages a second; previews and the API stay private (lib/cache-policy.ts).
  res.headers.set("Cache-Control", cacheControlFor(req.nextUrl.pathname));
  return res;
}

export const config = {
  // Static files carry no HTML; the CSP matters on documents.
  matcher: ["/((?!_next/|favicon.ico|media/).*)"],
};

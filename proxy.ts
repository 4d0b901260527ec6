import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { resolveActor, type Claims } from "./lib/auth/actor";
import { isRole, roleCan } from "./lib/capabilities";
import { deskPageKey, deskPages } from "./lib/desk-registry";
import { deskRecordStatus } from "./lib/desk-record-access";
import {
  badPath,
  badSearchQuery,
  hostRedirect,
  isDeskPath,
  isSignInPath,
  malformedLinkPath,
  signInBodyRefusal,
  withoutSessionCookies,
} from "./lib/request-guards";
import { cacheControlFor } from "./lib/cache-policy";
import { legacyRedirectFor } from "./lib/legacy-redirect";
import { isPagedListingPath, pagedListingPath, pastLastPage } from "./lib/listing-bounds";
import { findPreviewLink } from "./db/queries/preview-links";
import { clientIp } from "./lib/client-ip";
import { PLACEHOLDER } from "./lib/static-params";
import { siteUrl } from "./lib/site-url";
import { adHostsFromEnv, deskCsp, readerCsp } from "./lib/security-headers";

// Desk page reads are checked against the database here (the session row, the user's state and role); the checks
// that count run again next to the data (lib/authz.ts), in every page, action and route.
const { auth } = NextAuth(authConfig);

/** The desk's plain refusal pages: sent by the proxy itself, so the status is real (see below). */
const DESK_REFUSALS = {
  403: ["Not allowed", "Your role does not include this part of the desk. Ask an admin if you need it."],
  404: ["Not found", "There is nothing at this address: it may have been deleted, or the link is wrong."],
} as const;
function deskRefusal(status: keyof typeof DESK_REFUSALS) {
  const [title, text] = DESK_REFUSALS[status];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:5rem auto;padding:0 1rem;color:#161616;background:#fdfcf8}a{color:#a4161a}</style></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/admin">Back to the desk</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}

const deskProxy = auth(async (req) => {
  const path = req.nextUrl.pathname;
  // A page read checks the session against the database here, before any byte is sent: the desk's pages stream
  // their prerendered shell with a 200 before a page's own check runs, so an ended session would get a 200 too.
  // Server actions and route handlers answer for themselves.
  const pageRead = (req.method === "GET" || req.method === "HEAD") && !req.headers.has("next-action");
  const open = isSignInPath(path);
  const actor = !open && req.auth && pageRead ? await resolveActor(req.auth as Claims) : null;
  if (!open && (!req.auth || (pageRead && !actor))) {
    const login = new URL("/login", req.nextUrl.origin);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  // An early 403 from the stored role, so the response carries a real 403 status (a streamed page cannot change
  // its status). The page checks again; server actions answer for themselves.
  const key = deskPageKey(path);
  const capability = key ? deskPages[key] : null;
  const role = actor?.role ?? (req.auth as { role?: unknown } | null)?.role;
  if (
    capability &&
    capability !== "public" &&
    !req.headers.has("next-action") &&
    isRole(role) &&
    !roleCan(role, capability)
  ) {
    return deskRefusal(403);
  }
  // Likewise for a page about one story or endpoint: missing, or someone else's story for a journalist. (Not for
  // someone who must first change their password or set up two factors: every page sends them to do that.)
  const recordStatus =
    key && actor && !actor.mustChangePassword && !actor.mustSetUpTwoFactor
      ? await deskRecordStatus(key, path, actor)
      : null;
  if (recordStatus) return deskRefusal(recordStatus);
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

const plain = (status: number, text: string) =>
  new NextResponse(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The request's own URL, cloned, at another path: Next.js sends a rewrite to any other spelling of this host out
 * over HTTP. */
function rewriteUrl(url: NextRequest["nextUrl"], pathname: string) {
  const target = url.clone();
  target.pathname = pathname;
  target.search = "";
  return target;
}

export default async function proxy(req: NextRequest, ctx: { waitUntil: (p: Promise<unknown>) => void }) {
  const path = req.nextUrl.pathname;
  // Refused before anything reads the body or runs a query.
  if (badPath(path)) return plain(400, "Bad request");
  if (malformedLinkPath(path)) return plain(404, "Not found");
  // Photos carry no HTML: no CSP, no desk handling; the route checks who may see them.
  if (path.startsWith("/media/")) return NextResponse.next();
  const refused = signInBodyRefusal(req.method, path, req.headers.get("content-length"));
  if (refused) return plain(refused, refused === 413 ? "Too large" : "Length required");
  if (path === "/search" && badSearchQuery(req.nextUrl.searchParams, 200))
    return plain(400, "Search terms must be under 200 characters.");
  const moved = hostRedirect(req.nextUrl, req.headers.get("host"), process.env.DESK_URL, process.env.SITE_URL);
  if (moved) return NextResponse.redirect(moved, req.method === "GET" || req.method === "HEAD" ? 307 : 308);
  // An imported site's old addresses (`/2025/06/07/slug/`, `/?p=123`) that no page of ours could answer.
  if (req.method === "GET" || req.method === "HEAD") {
    const legacy = await legacyRedirectFor(req.nextUrl);
    // Next.js wants an absolute Location here; the public origin when the site knows it (behind a proxy).
    if (legacy)
      return NextResponse.redirect(process.env.SITE_URL ? siteUrl(legacy) : new URL(legacy, req.nextUrl.origin), {
        status: 308,
        headers: { "Cache-Control": "public, max-age=3600" },
      });
  }
  const desk = isDeskPath(path);
  if (desk && !path.startsWith("/api/auth/"))
    return (deskProxy as unknown as (r: NextRequest, c: unknown) => Promise<Response>)(req, ctx);
  // On a separate desk origin, reader pages never hand a session cookie to the app (a stray one set earlier).
  const cookie = req.headers.get("cookie");
  const stripped = process.env.DESK_URL && !desk ? withoutSessionCookies(cookie) : cookie;
  const requestHeaders = new Headers(req.headers);
  if (stripped !== cookie) {
    if (stripped) requestHeaders.set("cookie", stripped);
    else requestHeaders.delete("cookie");
  }
  const init = stripped !== cookie ? { request: { headers: requestHeaders } } : undefined;
  // A listing's page past its last, or a share link that is unknown, revoked or expired: the not-found page of a
  // section that cannot exist (lib/static-params.ts), so the status is a real 404; the page streams a 200 before
  // its own check runs.
  const read = !desk && (req.method === "GET" || req.method === "HEAD");
  const missing =
    read &&
    (isPagedListingPath(path) ||
      (await pastLastPage(req.nextUrl, clientIp(req.headers))) ||
      (path.startsWith("/preview/") &&
        // On a database error the page answers for itself, as before.
        !(await findPreviewLink(path.slice("/preview/".length)).catch(() => true))));
  const paged = read && !missing ? pagedListingPath(req.nextUrl) : null;
  const res = missing
    ? NextResponse.rewrite(rewriteUrl(req.nextUrl, `/${PLACEHOLDER}`), init)
    : paged
      ? NextResponse.rewrite(rewriteUrl(req.nextUrl, paged), init)
      : NextResponse.next(init);
  if (!desk) res.headers.set("Content-Security-Policy", readerPolicy);
  // Shared caches may keep reader pages a second; previews and the API stay private (lib/cache-policy.ts).
  res.headers.set("Cache-Control", cacheControlFor(path));
  // A share link shows unpublished text: never indexed either.
  if (path.startsWith("/preview/")) res.headers.set("X-Robots-Tag", "noindex, nofollow");
  // Search results are thin, endless pages (Google asks sites not to let them be indexed); the form page is indexed.
  else if (path === "/search" && req.nextUrl.searchParams.get("q")?.trim())
    res.headers.set("X-Robots-Tag", "noindex, follow");
  return res;
}

export const config = {
  // Build output carries no user input; everything else is checked here first (photos too, for malformed paths).
  // The photo upload route is left out because the proxy copies a request body and cuts it at
  // proxyClientMaxBodySize (10 MB); it checks the session itself.
  matcher: ["/((?!_next/|favicon.ico|admin/media/upload$).*)"],
};
